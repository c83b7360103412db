package dev.netmove.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSpanTest {

    private static final String EXPECTED = "write a time span with its unit, e.g. 500ms; accepted units: "
            + "ns, us, ms, s, min, h, nanosecond(s), microsecond(s), millisecond(s), second(s), minute(s), hour(s)";

    @ParameterizedTest(name = "{0} is {1} ns")
    @CsvSource(delimiter = '|', value = {
        "50ns             | 50",
        "50us             | 50000",
        "500ms            | 500000000",
        "500 ms           | 500000000",
        "1.5 s            | 1500000000",
        "1.5s             | 1500000000",
        "2min             | 120000000000",
        "2h               | 7200000000000",
        "1 nanosecond     | 1",
        "3 nanoseconds    | 3",
        "1 microsecond    | 1000",
        "2 microseconds   | 2000",
        "1 millisecond    | 1000000",
        "20 milliseconds  | 20000000",
        "1 second         | 1000000000",
        "30 seconds       | 30000000000",
        "1 minute         | 60000000000",
        "2 minutes        | 120000000000",
        "1 hour           | 3600000000000",
        "1.5 hours        | 5400000000000",
        "0.0000000015s    | 1",
        "1.5ns            | 1",
    })
    void every_unit_and_word_reads_as_its_number_of_nanoseconds_rounded_down(String text, long nanos) {
        assertThat(TimeSpan.parse(text).nanos()).isEqualTo(nanos);
    }

    @Test
    void a_number_without_unit_says_which_units_are_accepted() {
        assertThatExceptionOfType(QuantityFormatException.class).isThrownBy(() -> TimeSpan.parse("500"))
                .satisfies(e -> {
                    assertThat(e.found()).isEqualTo("\"500\" has no unit");
                    assertThat(e.expected()).isEqualTo(EXPECTED);
                    assertThat(e).hasMessage("\"500\" has no unit; " + EXPECTED);
                });
    }

    @ParameterizedTest(name = "{0} suggests {1}")
    @CsvSource(delimiter = '|', value = {
        "10sec     | \"s\"",
        "10 secs   | \"s\"",
        "10 Sec    | \"s\"",
        "10 S      | \"s\"",
        "10MS      | \"ms\"",
        "10 msec   | \"ms\"",
        "10\u00b5s      | \"us\"",
        "10 usec   | \"us\"",
        "10m       | \"min\"",
        "10 mins   | \"min\"",
        "10 Min    | \"min\"",
        "10 hr     | \"h\"",
        "10 Seconds| \"seconds\"",
        "10 secnds | \"seconds\" or \"second\"",
        "10 minuts | \"minute\" or \"minutes\"",
    })
    void a_wrong_case_or_spelling_is_an_unknown_unit_with_a_suggestion(String text, String suggestion) {
        assertThatExceptionOfType(QuantityFormatException.class).isThrownBy(() -> TimeSpan.parse(text))
                .satisfies(e -> assertThat(e.expected()).isEqualTo(EXPECTED + " (did you mean " + suggestion + "?)"));
    }

    @Test
    void negative_and_too_long_time_spans_are_errors() {
        assertThatThrownBy(() -> TimeSpan.parse("-5s")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"-5s\" is negative; write a time span of zero or more, e.g. 500ms");
        assertThatThrownBy(() -> TimeSpan.parse("3000000h")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"3000000h\" is too large; write a time span of at most 2562047h");
    }

    @ParameterizedTest(name = "{0} ns prints as {1}")
    @CsvSource(delimiter = '|', value = {
        "0             | 0s",
        "1             | 1ns",
        "999           | 999ns",
        "1500          | 1.5us",
        "5000          | 5us",
        "20000000      | 20ms",
        "500000000     | 500ms",
        "1000000000    | 1s",
        "1500000000    | 1.5s",
        "1001000000    | 1.001s",
        "1000100000    | 1000.1ms",
        "45000000000   | 45s",
        "90000000000   | 1.5min",
        "100000000000  | 100s",
        "120000000000  | 2min",
        "3660000000000 | 61min",
        "4500000000000 | 1.25h",
        "7200000000000 | 2h",
    })
    void printing_uses_the_largest_unit_exact_with_at_most_three_decimals(long nanos, String text) {
        assertThat(TimeSpan.ofNanos(nanos)).hasToString(text);
    }

    @Test
    void printing_then_parsing_gives_back_the_same_time_span_for_many_values() {
        for (long value : BandwidthTest.QuantityValues.many(new SplittableRandom(3), List.of(1L, 1_000L,
                1_000_000L, 1_000_000_000L, 60_000_000_000L, 3_600_000_000_000L))) {
            TimeSpan time = TimeSpan.ofNanos(value);
            assertThat(TimeSpan.parse(time.toString())).as("%d ns printed as %s", value, time).isEqualTo(time);
        }
    }

    @Test
    void factories_arithmetic_and_conversions() {
        assertThat(TimeSpan.ofMicros(5)).hasToString("5us");
        assertThat(TimeSpan.ofMillis(500)).hasToString("500ms");
        assertThat(TimeSpan.ofSeconds(30)).hasToString("30s");
        assertThat(TimeSpan.ofMinutes(2)).hasToString("2min");
        assertThat(TimeSpan.ofSeconds(1).plus(TimeSpan.ofMillis(500))).hasToString("1.5s");
        assertThat(TimeSpan.ofSeconds(1).minus(TimeSpan.ofMillis(500))).hasToString("500ms");
        assertThatThrownBy(() -> TimeSpan.ofMillis(1).minus(TimeSpan.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("1ms minus 1s would be negative");
        assertThat(TimeSpan.ofSeconds(1).min(TimeSpan.ofMillis(1))).isEqualTo(TimeSpan.ofMillis(1));
        assertThat(TimeSpan.ofSeconds(1).max(TimeSpan.ofMillis(1))).isEqualTo(TimeSpan.ofSeconds(1));
        assertThat(TimeSpan.parse("250ms").toSecondsDouble()).isEqualTo(0.25);
        assertThat(TimeSpan.ZERO.isZero()).isTrue();
        assertThat(TimeSpan.parse("1s")).isGreaterThan(TimeSpan.parse("999ms"));
        assertThatThrownBy(() -> TimeSpan.ofNanos(Long.MAX_VALUE).plus(TimeSpan.ofNanos(1)))
                .isInstanceOf(ArithmeticException.class);
    }
}
