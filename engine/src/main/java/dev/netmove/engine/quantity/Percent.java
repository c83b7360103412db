package dev.netmove.engine.quantity;

import java.math.BigInteger;
import java.util.List;

/**
 * A share of a whole (memory in use, QoS limit, utilization threshold), exact in parts per million:
 * {@code 100%} is 1,000,000 ppm.
 *
 * <p>Written with {@code %} ({@code 40%}, {@code 12.5%}, {@code 40 %}); digits past the fourth decimal are
 * rounded down. Any non-negative share parses, above 100% too (loads, thresholds): callers that need a
 * range check it. {@link #toString()} writes the shortest exact decimal ({@code 40%}, {@code 12.5%},
 * {@code 0.0001%}).
 */
public record Percent(long ppm) implements Comparable<Percent> {

    private static final long PPM_PER_PERCENT = 10_000L;
    private static final long WHOLE = 1_000_000L;

    /** Nothing of the whole. */
    public static final Percent ZERO = new Percent(0);

    /** The whole. */
    public static final Percent HUNDRED = new Percent(WHOLE);

    static final UnitTable UNITS = new UnitTable("a percentage", "40%",
            List.of(new UnitTable.Unit("%", PPM_PER_PERCENT)), "%", List.of("%"), "0%",
            unit -> unit.equalsIgnoreCase("percent") || unit.equalsIgnoreCase("pct") ? List.of("%") : List.of());

    /** Rejects a negative share. */
    public Percent {
        if (ppm < 0) {
            throw new IllegalArgumentException("a percentage cannot be negative: " + ppm + " ppm");
        }
    }

    /**
     * Reads a share such as {@code 40%}, {@code 12.5%} or {@code 40 %}.
     *
     * @throws QuantityFormatException when the text has no {@code %}, another unit, is negative or too large
     */
    public static Percent parse(String text) {
        return new Percent(UNITS.parse(text));
    }

    /** A whole number of percent: {@code ofWhole(40)} is 40%. */
    public static Percent ofWhole(long percent) {
        return new Percent(Math.multiplyExact(percent, PPM_PER_PERCENT));
    }

    /** Parts per million, as the record component; for symmetry with the other factories. */
    public static Percent ofPpm(long ppm) {
        return new Percent(ppm);
    }

    /** The share as a fraction of one (40% is 0.4), for the floating-point parts of the models. */
    public double toFraction() {
        return ppm / (double) WHOLE;
    }

    public boolean isZero() {
        return ppm == 0;
    }

    /**
     * This share of {@code amount}, rounded down: the one place where shares of exact quantities are taken.
     *
     * @throws ArithmeticException when the result does not fit in a long (a share far above 100%)
     */
    public long applyTo(long amount) {
        long high = Math.multiplyHigh(amount, ppm);
        long low = amount * ppm;
        if (high == 0 && low >= 0) {
            return low / WHOLE;
        }
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(ppm)).divide(BigInteger.valueOf(WHOLE))
                .longValueExact();
    }

    @Override
    public int compareTo(Percent other) {
        return Long.compare(ppm, other.ppm);
    }

    /** The canonical text, which {@link #parse(String)} reads back to the same value. */
    @Override
    public String toString() {
        return UNITS.format(ppm);
    }
}
