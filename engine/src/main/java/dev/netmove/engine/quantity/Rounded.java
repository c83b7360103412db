package dev.netmove.engine.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Computed quantities as people read them in messages: three significant digits in a fitting unit
 * ({@code 29.9MiB}, {@code 2.66Gbps}, {@code 10.5s}, {@code 256ms}, {@code 87.5%}). The quantity types
 * print exact values, which for computed times and sizes would be nanoseconds and bytes.
 */
public final class Rounded {

    private static final String[] SIZE_UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    private static final String[] RATE_UNITS = {"bps", "Kbps", "Mbps", "Gbps", "Tbps"};

    private Rounded() {
    }

    /** {@code 1.2GiB}, {@code 175MiB}, {@code 29.9MiB}, {@code 512B}. */
    public static String size(DataSize size) {
        return size(size.bytes());
    }

    /** As {@link #size(DataSize)}, for a size in bytes. */
    public static String size(double bytes) {
        double value = bytes;
        int unit = 0;
        while (unit < SIZE_UNITS.length - 1 && Math.abs(value) >= 1024 * 0.9995) {
            value /= 1024;
            unit++;
        }
        return (unit == 0 ? whole(value) : significant(value)) + SIZE_UNITS[unit];
    }

    /** {@code 2.66Gbps}, {@code 800Mbps}, {@code 0bps}. */
    public static String rate(Bandwidth rate) {
        return rate((double) rate.bitsPerSecond());
    }

    /** As {@link #rate(Bandwidth)}, for bits per second. */
    public static String rate(double bitsPerSecond) {
        double value = bitsPerSecond;
        int unit = 0;
        while (unit < RATE_UNITS.length - 1 && Math.abs(value) >= 1000 * 0.9995) {
            value /= 1000;
            unit++;
        }
        return significant(value) + RATE_UNITS[unit];
    }

    /**
     * {@code 12.5us}, {@code 256ms}, {@code 10.5s}, {@code 125s}, {@code 12.5min}: microseconds, milliseconds or
     * seconds with three significant digits; minutes from ten minutes on.
     */
    public static String time(TimeSpan time) {
        return time(time.nanos() / 1e9);
    }

    /** As {@link #time(TimeSpan)}, for seconds. */
    public static String time(double seconds) {
        if (seconds == 0) {
            return "0s";
        }
        if (seconds < 1e-3) {
            return significant(seconds * 1e6) + "us";
        }
        if (seconds < 0.9995) {
            return significant(seconds * 1e3) + "ms";
        }
        if (seconds < 600) {
            return significant(seconds) + "s";
        }
        return significant(seconds / 60) + "min";
    }

    /** {@code 87.5%}, {@code 100%}, {@code 0.4%}: one decimal. */
    public static String share(Percent share) {
        return share(share.toFraction());
    }

    /** As {@link #share(Percent)}, for a fraction of one. */
    public static String share(double fraction) {
        BigDecimal percent = BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP);
        // a share just short of the whole is not the whole: a guest slowed by 99.97% still runs
        if (fraction < 1 && percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return "99.9%";
        }
        return plain(percent) + "%";
    }

    private static String significant(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        double magnitude = Math.abs(value);
        // three significant digits, but never fewer than the whole number (1229 stays 1229)
        int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
        return plain(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    private static String whole(double value) {
        return plain(BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return "0";
        }
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
