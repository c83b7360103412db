package dev.netmove.engine.quantity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A length of time (latency, downtime limit, migration time), exact in nanoseconds.
 *
 * <p>Written with a unit: {@code ns us ms s min h}, or the words {@code nanosecond(s)},
 * {@code microsecond(s)}, {@code millisecond(s)}, {@code second(s)}, {@code minute(s)}, {@code hour(s)}
 * ({@code 500ms}, {@code 1.5 s}, {@code 2 minutes}). Fractions are rounded down to a whole nanosecond.
 * {@link #toString()} writes the largest of {@code ns us ms s min h} in which the value is at least 1 and
 * exact with at most 3 decimals: {@code 500ms}, {@code 1.5s}, {@code 2min}, {@code 1.5min} for 90 seconds,
 * {@code 100s} (not exact in minutes), {@code 1.25h}, {@code 0s}.
 */
public record TimeSpan(long nanos) implements Comparable<TimeSpan> {

    /** No time at all. */
    public static final TimeSpan ZERO = new TimeSpan(0);

    private static final long US = 1_000L;
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;
    private static final long MIN = 60 * S;
    private static final long H = 60 * MIN;

    private static final Map<String, String> NEAR_MISSES = Map.ofEntries(
            Map.entry("sec", "s"), Map.entry("secs", "s"), Map.entry("msec", "ms"), Map.entry("msecs", "ms"),
            Map.entry("usec", "us"), Map.entry("usecs", "us"), Map.entry("\u00b5s", "us"), Map.entry("\u03bcs", "us"),
            Map.entry("nsec", "ns"), Map.entry("nsecs", "ns"), Map.entry("m", "min"), Map.entry("mins", "min"),
            Map.entry("mn", "min"), Map.entry("hr", "h"), Map.entry("hrs", "h"));

    static final UnitTable UNITS = new UnitTable("a time span", "500ms",
            List.of(new UnitTable.Unit("ns", 1), new UnitTable.Unit("us", US), new UnitTable.Unit("ms", MS),
                    new UnitTable.Unit("s", S), new UnitTable.Unit("min", MIN), new UnitTable.Unit("h", H),
                    new UnitTable.Unit("nanosecond", 1), new UnitTable.Unit("nanoseconds", 1),
                    new UnitTable.Unit("microsecond", US), new UnitTable.Unit("microseconds", US),
                    new UnitTable.Unit("millisecond", MS), new UnitTable.Unit("milliseconds", MS),
                    new UnitTable.Unit("second", S), new UnitTable.Unit("seconds", S),
                    new UnitTable.Unit("minute", MIN), new UnitTable.Unit("minutes", MIN),
                    new UnitTable.Unit("hour", H), new UnitTable.Unit("hours", H)),
            "ns, us, ms, s, min, h, nanosecond(s), microsecond(s), millisecond(s), second(s), minute(s), hour(s)",
            List.of("ns", "us", "ms", "s", "min", "h"), "0s",
            unit -> {
                String suggestion = NEAR_MISSES.get(unit.toLowerCase(Locale.ROOT));
                return suggestion == null ? List.of() : List.of(suggestion);
            });

    /** Rejects a negative time. */
    public TimeSpan {
        if (nanos < 0) {
            throw new IllegalArgumentException("a time span cannot be negative: " + nanos + " ns");
        }
    }

    /**
     * Reads a time span such as {@code 500ms}, {@code 1.5 s}, {@code 2 minutes} or {@code 30 seconds}.
     *
     * @throws QuantityFormatException when the text has no unit, an unknown unit, is negative or too large
     */
    public static TimeSpan parse(String text) {
        return new TimeSpan(UNITS.parse(text));
    }

    public static TimeSpan ofNanos(long nanos) {
        return new TimeSpan(nanos);
    }

    public static TimeSpan ofMicros(long micros) {
        return new TimeSpan(QuantityOverflowException.multiply(micros, US, micros + "us", "a time span", UNITS));
    }

    public static TimeSpan ofMillis(long millis) {
        return new TimeSpan(QuantityOverflowException.multiply(millis, MS, millis + "ms", "a time span", UNITS));
    }

    public static TimeSpan ofSeconds(long seconds) {
        return new TimeSpan(QuantityOverflowException.multiply(seconds, S, seconds + "s", "a time span", UNITS));
    }

    public static TimeSpan ofMinutes(long minutes) {
        return new TimeSpan(QuantityOverflowException.multiply(minutes, MIN, minutes + "min", "a time span", UNITS));
    }

    /** @throws QuantityOverflowException when the sum is beyond a {@code long} */
    public TimeSpan plus(TimeSpan other) {
        return new TimeSpan(QuantityOverflowException.add(nanos, other.nanos, "a time span", UNITS));
    }

    /** @throws IllegalArgumentException when {@code other} is longer: a time span is never negative */
    public TimeSpan minus(TimeSpan other) {
        if (other.nanos > nanos) {
            throw new IllegalArgumentException(this + " minus " + other + " would be negative");
        }
        return new TimeSpan(nanos - other.nanos);
    }

    /** The shorter of the two. */
    public TimeSpan min(TimeSpan other) {
        return nanos <= other.nanos ? this : other;
    }

    /** The longer of the two. */
    public TimeSpan max(TimeSpan other) {
        return nanos >= other.nanos ? this : other;
    }

    public boolean isZero() {
        return nanos == 0;
    }

    /** Seconds, for the floating-point parts of the migration model. */
    public double toSecondsDouble() {
        return nanos / 1e9;
    }

    @Override
    public int compareTo(TimeSpan other) {
        return Long.compare(nanos, other.nanos);
    }

    /** The canonical text, which {@link #parse(String)} reads back to the same value. */
    @Override
    public String toString() {
        return UNITS.format(nanos);
    }
}
