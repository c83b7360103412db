package dev.netmove.engine.quantity;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of data (memory, working set, bytes sent), exact in bytes.
 *
 * <p>Written with a unit: {@code B KB MB GB TB} (decimal) or {@code KiB MiB GiB TiB} (binary). Fractions
 * are allowed and rounded down to a whole byte ({@code 1.5GiB} = 1,610,612,736 bytes). {@link #toString()}
 * writes the largest unit of either family in which the value is at least 1 and exact with at most 3
 * decimals ({@code 16GiB}, {@code 1.5GiB}, {@code 20GB}, {@code 1229MiB}, {@code 512B}, {@code 0B}); where
 * a decimal and a binary unit both qualify, the larger one wins ({@code 2KiB} rather than {@code 2.048KB}).
 */
public record DataSize(long bytes) implements Comparable<DataSize> {

    /** Nothing. */
    public static final DataSize ZERO = new DataSize(0);

    private static final Pattern NEAR_MISS = Pattern.compile("([kKmMgGtT]?)(i?)(bytes|byte|Bytes|Byte|b|B)?");

    static final UnitTable UNITS = new UnitTable("a size", "16GiB",
            List.of(new UnitTable.Unit("B", 1), new UnitTable.Unit("KB", 1_000L), new UnitTable.Unit("MB", 1_000_000L),
                    new UnitTable.Unit("GB", 1_000_000_000L), new UnitTable.Unit("TB", 1_000_000_000_000L),
                    new UnitTable.Unit("KiB", 1L << 10), new UnitTable.Unit("MiB", 1L << 20),
                    new UnitTable.Unit("GiB", 1L << 30), new UnitTable.Unit("TiB", 1L << 40)),
            "B, KB, MB, GB, TB, KiB, MiB, GiB, TiB",
            List.of("B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB"), "0B", DataSize::nearMisses);

    /** Rejects a negative size. */
    public DataSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a size cannot be negative: " + bytes + " bytes");
        }
    }

    /**
     * Reads a size such as {@code 16GiB}, {@code 16 GiB}, {@code 1.5GiB} or {@code 20GB}.
     *
     * @throws QuantityFormatException when the text has no unit, an unknown unit, is negative or too large
     */
    public static DataSize parse(String text) {
        return new DataSize(UNITS.parse(text));
    }

    public static DataSize ofBytes(long bytes) {
        return new DataSize(bytes);
    }

    public static DataSize ofKiB(long kibibytes) {
        return new DataSize(QuantityOverflowException.multiply(kibibytes, 1L << 10, kibibytes + "KiB", "a size", UNITS));
    }

    public static DataSize ofMiB(long mebibytes) {
        return new DataSize(QuantityOverflowException.multiply(mebibytes, 1L << 20, mebibytes + "MiB", "a size", UNITS));
    }

    public static DataSize ofGiB(long gibibytes) {
        return new DataSize(QuantityOverflowException.multiply(gibibytes, 1L << 30, gibibytes + "GiB", "a size", UNITS));
    }

    /** @throws QuantityOverflowException when the sum is beyond a {@code long} */
    public DataSize plus(DataSize other) {
        return new DataSize(QuantityOverflowException.add(bytes, other.bytes, "a size", UNITS));
    }

    /** @throws IllegalArgumentException when {@code other} is larger: a size is never negative */
    public DataSize minus(DataSize other) {
        if (other.bytes > bytes) {
            throw new IllegalArgumentException(this + " minus " + other + " would be negative");
        }
        return new DataSize(bytes - other.bytes);
    }

    /** This minus {@code other}, or zero where {@code other} is larger. */
    public DataSize minusOrZero(DataSize other) {
        return other.bytes >= bytes ? ZERO : new DataSize(bytes - other.bytes);
    }

    /** That share of this size, rounded down to a whole byte. @throws ArithmeticException on overflow */
    public DataSize times(Percent share) {
        return new DataSize(share.applyTo(bytes));
    }

    /** The smaller of the two. */
    public DataSize min(DataSize other) {
        return bytes <= other.bytes ? this : other;
    }

    /** The larger of the two. */
    public DataSize max(DataSize other) {
        return bytes >= other.bytes ? this : other;
    }

    public boolean isZero() {
        return bytes == 0;
    }

    @Override
    public int compareTo(DataSize other) {
        return Long.compare(bytes, other.bytes);
    }

    /** The canonical text, which {@link #parse(String)} reads back to the same value. */
    @Override
    public String toString() {
        return UNITS.format(bytes);
    }

    private static List<String> nearMisses(String unit) {
        Matcher m = NEAR_MISS.matcher(unit);
        if (!m.matches() || unit.isEmpty()) {
            return List.of();
        }
        String prefix = m.group(1).toUpperCase(Locale.ROOT);
        if (!m.group(2).isEmpty()) {
            return List.of(prefix + "iB");
        }
        if (m.group(3) == null) {
            // "16G": memory is usually meant in binary units (as in "-m 16G"), so GiB first
            return List.of(prefix + "iB", prefix + "B");
        }
        return List.of(prefix + "B");
    }
}
