package dev.netmove.engine.quantity;

/**
 * A sum or product of quantities beyond what netmove computes exactly (a {@code long} of bits per second, bytes
 * or nanoseconds): it names the quantities, so that a step or topology error can show the input that was too
 * large. Never a wrapped or capped number.
 */
public final class QuantityOverflowException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    /** @param what the computation, as a user reads it, e.g. {@code 9000000Tbps + 9000000Tbps} */
    public QuantityOverflowException(String what, String largest) {
        super(what + " is beyond what netmove can compute: " + largest
                + "; check the quantities for a unit too large (Tbps for Gbps, TiB for GiB)");
    }

    static QuantityOverflowException of(String what, String kind, UnitTable units) {
        return new QuantityOverflowException(what, kind + " is at most " + largest(units));
    }

    private static String largest(UnitTable units) {
        if (units == Bandwidth.UNITS) {
            return "9223372Tbps";
        }
        if (units == DataSize.UNITS) {
            return "8388607TiB";
        }
        return "292 years (2562047h)";
    }

    /** {@code a + b}, or the error that names both. */
    static long add(long a, long b, String kind, UnitTable units) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            throw of(units.format(a) + " + " + units.format(b), kind, units);
        }
        return sum;
    }

    /** {@code amount * factor}, or the error that names them ({@code unit} as written: {@code Gbps}). */
    static long multiply(long amount, long factor, String written, String kind, UnitTable units) {
        long high = Math.multiplyHigh(amount, factor);
        long product = amount * factor;
        if ((high != 0 || product < 0) && !(high == -1 && product < 0)) {
            throw of(written, kind, units);
        }
        return product;
    }
}
