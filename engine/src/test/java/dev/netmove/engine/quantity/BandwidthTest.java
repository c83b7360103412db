package dev.netmove.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandwidthTest {

    private static final String UNITS =
            "bps, Kbps, Mbps, Gbps, Tbps, Kbit/s, Mbit/s, Gbit/s, Tbit/s, B/s, KB/s, MB/s, GB/s, KiB/s, MiB/s, GiB/s";
    private static final String EXPECTED = "write a bandwidth with its unit, e.g. 10Gbps; accepted units: " + UNITS;

    @ParameterizedTest(name = "{0} is {1} bits per second")
    @CsvSource(delimiter = '|', value = {
        "1bps       | 1",
        "10Kbps     | 10000",
        "10Mbps     | 10000000",
        "10Gbps     | 10000000000",
        "2Tbps      | 2000000000000",
        "10Kbit/s   | 10000",
        "500Mbit/s  | 500000000",
        "10Gbit/s   | 10000000000",
        "1Tbit/s    | 1000000000000",
        "1B/s       | 8",
        "1KB/s      | 8000",
        "1MB/s      | 8000000",
        "200MB/s    | 1600000000",
        "1GB/s      | 8000000000",
        "1KiB/s     | 8192",
        "1MiB/s     | 8388608",
        "128MiB/s   | 1073741824",
        "1GiB/s     | 8589934592",
    })
    void every_unit_reads_as_its_number_of_bits_per_second(String text, long bitsPerSecond) {
        assertThat(Bandwidth.parse(text).bitsPerSecond()).isEqualTo(bitsPerSecond);
    }

    @Test
    void a_space_or_tab_between_number_and_unit_and_around_the_value_is_allowed() {
        assertThat(Bandwidth.parse("10 Gbps")).isEqualTo(Bandwidth.ofGbps(10));
        assertThat(Bandwidth.parse("  10\tGbps ")).isEqualTo(Bandwidth.ofGbps(10));
        assertThat(Bandwidth.parse("500 Mbit/s")).isEqualTo(Bandwidth.ofMbps(500));
    }

    @Test
    void fractions_are_exact_and_rounded_down_to_a_whole_bit_per_second() {
        assertThat(Bandwidth.parse("1.5Gbps").bitsPerSecond()).isEqualTo(1_500_000_000L);
        assertThat(Bandwidth.parse(".5Gbps").bitsPerSecond()).isEqualTo(500_000_000L);
        assertThat(Bandwidth.parse("0.1Gbps").bitsPerSecond()).isEqualTo(100_000_000L);
        assertThat(Bandwidth.parse("1.0000000001Gbps").bitsPerSecond()).isEqualTo(1_000_000_000L);
        assertThat(Bandwidth.parse("0.9bps").bitsPerSecond()).isZero();
        assertThat(Bandwidth.parse("1.5MiB/s").bitsPerSecond()).isEqualTo(12_582_912L);
    }

    @Test
    void a_number_without_unit_says_which_units_are_accepted() {
        assertThatExceptionOfType(QuantityFormatException.class).isThrownBy(() -> Bandwidth.parse("10"))
                .satisfies(e -> {
                    assertThat(e.found()).isEqualTo("\"10\" has no unit");
                    assertThat(e.expected()).isEqualTo(EXPECTED);
                    assertThat(e).hasMessage("\"10\" has no unit; " + EXPECTED);
                });
    }

    @Test
    void a_near_miss_unit_suggests_the_right_one() {
        assertThatExceptionOfType(QuantityFormatException.class).isThrownBy(() -> Bandwidth.parse("10Gbit"))
                .satisfies(e -> {
                    assertThat(e.found()).isEqualTo("unknown unit \"Gbit\" in \"10Gbit\"");
                    assertThat(e.expected()).isEqualTo(EXPECTED + " (did you mean \"Gbps\"?)");
                });
    }

    @ParameterizedTest(name = "{0} suggests {1}")
    @CsvSource(delimiter = '|', value = {
        "10gbps    | Gbps",
        "10GBPS    | GB/s",
        "10Gb/s    | Gbps",
        "10gbit/s  | Gbps",
        "10 Mbits  | Mbps",
        "10kbps    | Kbps",
        "10G       | Gbps",
        "10MBps    | MB/s",
        "10MB      | MB/s",
        "10Bps     | B/s",
        "10MiB     | MiB/s",
        "10mib/s   | MiB/s",
        "10Gbit /s | Gbit/s",
    })
    void a_wrong_case_or_spelling_is_an_unknown_unit_with_a_suggestion(String text, String suggestion) {
        assertThatThrownBy(() -> Bandwidth.parse(text)).isInstanceOf(QuantityFormatException.class)
                .hasMessageEndingWith("(did you mean \"" + suggestion + "\"?)");
    }

    @Test
    void a_unit_far_from_every_known_one_gets_no_suggestion() {
        assertThatExceptionOfType(QuantityFormatException.class).isThrownBy(() -> Bandwidth.parse("10 furlongs"))
                .satisfies(e -> {
                    assertThat(e.found()).isEqualTo("unknown unit \"furlongs\" in \"10 furlongs\"");
                    assertThat(e.expected()).isEqualTo(EXPECTED);
                });
    }

    @Test
    void a_negative_bandwidth_is_an_error() {
        assertThatThrownBy(() -> Bandwidth.parse("-10Gbps")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"-10Gbps\" is negative; write a bandwidth of zero or more, e.g. 10Gbps");
        assertThatThrownBy(() -> new Bandwidth(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a bandwidth cannot be negative: -1 bits per second");
    }

    @Test
    void a_number_in_scientific_notation_is_too_large_when_it_is_and_else_asks_for_plain_digits() {
        assertThatThrownBy(() -> Bandwidth.parse("1e30 Gbps")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"1e30 Gbps\" is too large; write a bandwidth of at most 9223372Tbps");
        assertThatThrownBy(() -> Bandwidth.parse("1E999999999999Gbps")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"1E999999999999Gbps\" is too large; write a bandwidth of at most 9223372Tbps");
        assertThatThrownBy(() -> Bandwidth.parse("1e3Mbps")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"1e3Mbps\" writes its number \"1e3\" in scientific notation; write plain digits with an"
                        + " optional decimal point, e.g. 10Gbps");
        assertThatThrownBy(() -> Bandwidth.parse("2.5e-3")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"2.5e-3\" writes its number \"2.5e-3\" in scientific notation; write plain digits with an"
                        + " optional decimal point; " + EXPECTED);
    }

    @Test
    void a_bandwidth_beyond_a_long_is_an_error_not_a_wrapped_number() {
        assertThatThrownBy(() -> Bandwidth.parse("10000000Tbps")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"10000000Tbps\" is too large; write a bandwidth of at most 9223372Tbps");
        assertThat(Bandwidth.parse("9223372Tbps").bitsPerSecond()).isEqualTo(9_223_372_000_000_000_000L);
    }

    @Test
    void empty_text_and_text_without_a_number_are_errors() {
        assertThatThrownBy(() -> Bandwidth.parse(" ")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("an empty value; " + EXPECTED);
        assertThatThrownBy(() -> Bandwidth.parse(null)).isInstanceOf(QuantityFormatException.class)
                .hasMessage("an empty value; " + EXPECTED);
        assertThatThrownBy(() -> Bandwidth.parse("Gbps")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"Gbps\" does not start with a number; " + EXPECTED);
        assertThatThrownBy(() -> Bandwidth.parse("1,000Mbps")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"1,000Mbps\" has a malformed number \"1,000\"; "
                        + "write digits with an optional decimal point, e.g. 10Gbps");
        assertThatThrownBy(() -> Bandwidth.parse("1.2.3Gbps")).isInstanceOf(QuantityFormatException.class)
                .hasMessageStartingWith("\"1.2.3Gbps\" has a malformed number \"1.2.3\"");
    }

    @ParameterizedTest(name = "{0} bps prints as {1}")
    @CsvSource(delimiter = '|', value = {
        "0              | 0bps",
        "1              | 1bps",
        "999            | 999bps",
        "1000           | 1Kbps",
        "1500           | 1.5Kbps",
        "1001           | 1.001Kbps",
        "1234567        | 1234.567Kbps",
        "10000000000    | 10Gbps",
        "1500000000     | 1.5Gbps",
        "1600000000     | 1.6Gbps",
        "8388608        | 8388.608Kbps",
        "100000000000   | 100Gbps",
        "1000000000000  | 1Tbps",
        "1250000000000  | 1.25Tbps",
        "1234567890123  | 1234567890.123Kbps",
    })
    void printing_uses_the_largest_bit_unit_exact_with_at_most_three_decimals(long bitsPerSecond, String text) {
        assertThat(Bandwidth.ofBitsPerSecond(bitsPerSecond)).hasToString(text);
    }

    @Test
    void printing_then_parsing_gives_back_the_same_bandwidth_for_many_values() {
        for (long value : QuantityValues.many(new SplittableRandom(42), List.of(1L, 1_000L, 1_000_000L,
                1_000_000_000L, 1_000_000_000_000L, 8L, 8_388_608L))) {
            Bandwidth bandwidth = Bandwidth.ofBitsPerSecond(value);
            assertThat(Bandwidth.parse(bandwidth.toString())).as("%d bps printed as %s", value, bandwidth)
                    .isEqualTo(bandwidth);
        }
    }

    @Test
    void arithmetic_is_exact_and_never_negative() {
        Bandwidth ten = Bandwidth.ofGbps(10);
        Bandwidth three = Bandwidth.parse("3Gbps");
        assertThat(ten.plus(three)).hasToString("13Gbps");
        assertThat(ten.minus(three)).hasToString("7Gbps");
        assertThat(three.minusOrZero(ten)).isEqualTo(Bandwidth.ZERO);
        assertThat(ten.minusOrZero(three)).hasToString("7Gbps");
        assertThatThrownBy(() -> three.minus(ten)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("3Gbps minus 10Gbps would be negative");
        assertThat(ten.times(Percent.parse("40%"))).hasToString("4Gbps");
        assertThat(ten.times(Percent.parse("12.5%"))).hasToString("1.25Gbps");
        assertThat(Bandwidth.ofBitsPerSecond(3).times(Percent.parse("50%")).bitsPerSecond()).isEqualTo(1);
        assertThat(Bandwidth.parse("9000000Tbps").times(Percent.parse("100%"))).hasToString("9000000Tbps");
        assertThatThrownBy(() -> Bandwidth.parse("9000000Tbps").times(Percent.parse("200%")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Bandwidth.parse("9000000Tbps").plus(Bandwidth.parse("9000000Tbps")))
                .isInstanceOf(ArithmeticException.class);
        assertThat(ten.min(three)).isEqualTo(three);
        assertThat(ten.max(three)).isEqualTo(ten);
        assertThat(Bandwidth.ZERO.isZero()).isTrue();
        assertThat(ten.isZero()).isFalse();
        assertThat(List.of(ten, Bandwidth.ZERO, three).stream().sorted().toList())
                .containsExactly(Bandwidth.ZERO, three, ten);
    }

    @Test
    void converts_to_bytes_per_second() {
        assertThat(Bandwidth.parse("1Gbps").bytesPerSecond()).isEqualTo(125_000_000.0);
        assertThat(Bandwidth.parse("117MiB/s").bytesPerSecond()).isEqualTo(117.0 * 1024 * 1024);
        // a product beyond a long (1Tbps for 3 hours in bit-nanoseconds) is still exact
    }

    /** Values for round-trip checks: edges, and random values of every magnitude and near every unit. */
    static final class QuantityValues {
        static List<Long> many(SplittableRandom random, List<Long> factors) {
            List<Long> values = new ArrayList<>(List.of(0L, 1L, 999L, 1000L, 1001L, Long.MAX_VALUE,
                    Long.MAX_VALUE - 1, Long.MAX_VALUE / 1000 * 1000));
            for (int digits = 1; digits <= 18; digits++) {
                long bound = (long) Math.pow(10, digits);
                for (int i = 0; i < 200; i++) {
                    values.add(random.nextLong(bound));
                }
            }
            for (long factor : factors) {
                for (int i = 0; i < 200; i++) {
                    // a whole number of units and a few thousandths more: the values people write
                    long units = random.nextLong(1, 10_000);
                    values.add(Math.multiplyExact(units, factor) + factor / 1000 * random.nextLong(1000));
                }
            }
            return values;
        }
    }
}
