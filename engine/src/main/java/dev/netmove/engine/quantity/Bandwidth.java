package dev.netmove.engine.quantity;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data rate (link speed, background load, dirty rate, stream share), exact in bits per second.
 *
 * <p>Written with a unit: {@code bps Kbps Mbps Gbps Tbps}, {@code Kbit/s Mbit/s Gbit/s Tbit/s},
 * {@code B/s KB/s MB/s GB/s} and {@code KiB/s MiB/s GiB/s}; bit prefixes and {@code KB/s MB/s GB/s} are
 * decimal ({@code 1MB/s} = 8,000,000 bps), {@code KiB/s MiB/s GiB/s} binary ({@code 1MiB/s} = 8,388,608
 * bps). Fractions are allowed and rounded down to a whole bit per second. {@link #toString()} writes bits:
 * the largest of {@code bps Kbps Mbps Gbps Tbps} in which the value is at least 1 and exact with at most 3
 * decimals ({@code 10Gbps}, {@code 1.5Gbps}, {@code 1.6Gbps} for {@code 200MB/s}, {@code 0bps}).
 */
public record Bandwidth(long bitsPerSecond) implements Comparable<Bandwidth> {

    /** No traffic. */
    public static final Bandwidth ZERO = new Bandwidth(0);

    private static final long K = 1_000L;
    private static final long M = 1_000_000L;
    private static final long G = 1_000_000_000L;
    private static final long T = 1_000_000_000_000L;

    // a unit that is a known mistake: prefix (any case), optional "i", bits or bytes, optional rate suffix
    private static final Pattern NEAR_MISS =
            Pattern.compile("([kKmMgGtT]?)(i?)(bits|bit|b|Bytes|Byte|bytes|byte|B)?(ps|PS|Ps|/s|/sec|/S)?");

    static final UnitTable UNITS = new UnitTable("a bandwidth", "10Gbps",
            List.of(new UnitTable.Unit("bps", 1), new UnitTable.Unit("Kbps", K), new UnitTable.Unit("Mbps", M),
                    new UnitTable.Unit("Gbps", G), new UnitTable.Unit("Tbps", T),
                    new UnitTable.Unit("Kbit/s", K), new UnitTable.Unit("Mbit/s", M),
                    new UnitTable.Unit("Gbit/s", G), new UnitTable.Unit("Tbit/s", T),
                    new UnitTable.Unit("B/s", 8), new UnitTable.Unit("KB/s", 8 * K), new UnitTable.Unit("MB/s", 8 * M),
                    new UnitTable.Unit("GB/s", 8 * G), new UnitTable.Unit("KiB/s", 8L << 10),
                    new UnitTable.Unit("MiB/s", 8L << 20), new UnitTable.Unit("GiB/s", 8L << 30)),
            "bps, Kbps, Mbps, Gbps, Tbps, Kbit/s, Mbit/s, Gbit/s, Tbit/s, B/s, KB/s, MB/s, GB/s, KiB/s, MiB/s, GiB/s",
            List.of("bps", "Kbps", "Mbps", "Gbps", "Tbps"), "0bps", Bandwidth::nearMisses);

    /** Rejects a negative rate. */
    public Bandwidth {
        if (bitsPerSecond < 0) {
            throw new IllegalArgumentException("a bandwidth cannot be negative: " + bitsPerSecond + " bits per second");
        }
    }

    /**
     * Reads a bandwidth such as {@code 10Gbps}, {@code 10 Gbps}, {@code 1.5Gbit/s} or {@code 200MB/s}.
     *
     * @throws QuantityFormatException when the text has no unit, an unknown unit, is negative or too large
     */
    public static Bandwidth parse(String text) {
        return new Bandwidth(UNITS.parse(text));
    }

    public static Bandwidth ofBitsPerSecond(long bitsPerSecond) {
        return new Bandwidth(bitsPerSecond);
    }

    public static Bandwidth ofMbps(long mbps) {
        return new Bandwidth(QuantityOverflowException.multiply(mbps, M, mbps + "Mbps", "a bandwidth", UNITS));
    }

    public static Bandwidth ofGbps(long gbps) {
        return new Bandwidth(QuantityOverflowException.multiply(gbps, G, gbps + "Gbps", "a bandwidth", UNITS));
    }

    /** @throws QuantityOverflowException when the sum is beyond a {@code long} */
    public Bandwidth plus(Bandwidth other) {
        return new Bandwidth(QuantityOverflowException.add(bitsPerSecond, other.bitsPerSecond, "a bandwidth", UNITS));
    }

    /** This rate {@code count} times over (a flow entering the core that many times more). */
    public Bandwidth times(long count) {
        return new Bandwidth(QuantityOverflowException.multiply(bitsPerSecond, count, this + " x " + count,
                "a bandwidth", UNITS));
    }

    /** @throws IllegalArgumentException when {@code other} is larger: a bandwidth is never negative */
    public Bandwidth minus(Bandwidth other) {
        if (other.bitsPerSecond > bitsPerSecond) {
            throw new IllegalArgumentException(this + " minus " + other + " would be negative");
        }
        return new Bandwidth(bitsPerSecond - other.bitsPerSecond);
    }

    /** This minus {@code other}, or zero where {@code other} is larger (what is left of a link after load). */
    public Bandwidth minusOrZero(Bandwidth other) {
        return other.bitsPerSecond >= bitsPerSecond ? ZERO : new Bandwidth(bitsPerSecond - other.bitsPerSecond);
    }

    /** That share of this bandwidth, rounded down to a whole bit per second. @throws ArithmeticException on overflow */
    public Bandwidth times(Percent share) {
        return new Bandwidth(share.applyTo(bitsPerSecond));
    }

    /** The smaller of the two. */
    public Bandwidth min(Bandwidth other) {
        return bitsPerSecond <= other.bitsPerSecond ? this : other;
    }

    /** The larger of the two. */
    public Bandwidth max(Bandwidth other) {
        return bitsPerSecond >= other.bitsPerSecond ? this : other;
    }

    public boolean isZero() {
        return bitsPerSecond == 0;
    }

    /** Bytes per second, for the floating-point parts of the migration model. */
    public double bytesPerSecond() {
        return bitsPerSecond / 8.0;
    }

    @Override
    public int compareTo(Bandwidth other) {
        return Long.compare(bitsPerSecond, other.bitsPerSecond);
    }

    /** The canonical text, which {@link #parse(String)} reads back to the same value. */
    @Override
    public String toString() {
        return UNITS.format(bitsPerSecond);
    }

    private static List<String> nearMisses(String unit) {
        Matcher m = NEAR_MISS.matcher(unit);
        if (!m.matches() || unit.isEmpty()) {
            return List.of();
        }
        String prefix = m.group(1).toUpperCase(Locale.ROOT);
        boolean binary = !m.group(2).isEmpty();
        String base = m.group(3);
        boolean bytes = base != null && (base.startsWith("B") || base.startsWith("byte"));
        if (bytes) {
            return List.of(prefix + (binary ? "i" : "") + "B/s");
        }
        return binary ? List.of() : List.of(prefix + "bps");
    }
}
