package dev.netmove.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataSizeTest {

    private static final String EXPECTED =
            "write a size with its unit, e.g. 16GiB; accepted units: B, KB, MB, GB, TB, KiB, MiB, GiB, TiB";

    @ParameterizedTest(name = "{0} is {1} bytes")
    @CsvSource(delimiter = '|', value = {
        "512B     | 512",
        "1KB      | 1000",
        "1MB      | 1000000",
        "20GB     | 20000000000",
        "2TB      | 2000000000000",
        "1KiB     | 1024",
        "8MiB     | 8388608",
        "16GiB    | 17179869184",
        "1TiB     | 1099511627776",
        "16 GiB   | 17179869184",
        "512 MiB  | 536870912",
        "1.5GiB   | 1610612736",
        "0.5KiB   | 512",
        "1.0001KB | 1000",
        "0.3B     | 0",
        "2.5B     | 2",
    })
    void every_unit_reads_as_its_number_of_bytes_rounded_down(String text, long bytes) {
        assertThat(DataSize.parse(text).bytes()).isEqualTo(bytes);
    }

    @Test
    void a_number_without_unit_says_which_units_are_accepted() {
        assertThatExceptionOfType(QuantityFormatException.class).isThrownBy(() -> DataSize.parse("16"))
                .satisfies(e -> {
                    assertThat(e.found()).isEqualTo("\"16\" has no unit");
                    assertThat(e.expected()).isEqualTo(EXPECTED);
                });
    }

    @ParameterizedTest(name = "{0} suggests {1}")
    @CsvSource(delimiter = '|', value = {
        "16gib   | \"GiB\"",
        "16Gib   | \"GiB\"",
        "16Gb    | \"GB\"",
        "16gb    | \"GB\"",
        "16 kB   | \"KB\"",
        "16G     | \"GiB\" or \"GB\"",
        "16bytes | \"B\"",
        "16GByte | \"GB\"",
        "16Gi    | \"GiB\"",
    })
    void a_wrong_case_or_spelling_is_an_unknown_unit_with_a_suggestion(String text, String suggestion) {
        assertThatExceptionOfType(QuantityFormatException.class).isThrownBy(() -> DataSize.parse(text))
                .satisfies(e -> {
                    assertThat(e.found()).startsWith("unknown unit ");
                    assertThat(e.expected()).isEqualTo(EXPECTED + " (did you mean " + suggestion + "?)");
                });
    }

    @Test
    void negative_and_too_large_sizes_are_errors() {
        assertThatThrownBy(() -> DataSize.parse("-1GiB")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"-1GiB\" is negative; write a size of zero or more, e.g. 16GiB");
        assertThatThrownBy(() -> DataSize.parse("9000000TiB")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"9000000TiB\" is too large; write a size of at most 8388607TiB");
        assertThat(DataSize.parse("8388607TiB").bytes()).isEqualTo(8_388_607L << 40);
    }

    @ParameterizedTest(name = "{0} bytes prints as {1}")
    @CsvSource(delimiter = '|', value = {
        "0             | 0B",
        "512           | 512B",
        "1000          | 1KB",
        "1024          | 1KiB",
        "1536          | 1.5KiB",
        "2048          | 2KiB",
        "3000          | 3KB",
        "1000000       | 1MB",
        "1048576       | 1MiB",
        "8388608       | 8MiB",
        "17179869184   | 16GiB",
        "1610612736    | 1.5GiB",
        "20000000000   | 20GB",
        "1288699904    | 1229MiB",
        "1099511627776 | 1TiB",
        "1234567891    | 1234567.891KB",
        "1234567       | 1234.567KB",
        "999           | 999B",
        "1234567891234 | 1234567891.234KB",
    })
    void printing_uses_the_largest_unit_exact_with_at_most_three_decimals(long bytes, String text) {
        assertThat(DataSize.ofBytes(bytes)).hasToString(text);
    }

    @Test
    void printing_then_parsing_gives_back_the_same_size_for_many_values() {
        for (long value : BandwidthTest.QuantityValues.many(new SplittableRandom(7), List.of(1L, 1000L, 1024L,
                1L << 20, 1_000_000L, 1L << 30, 1_000_000_000L, 1L << 40, 1_000_000_000_000L))) {
            DataSize size = DataSize.ofBytes(value);
            assertThat(DataSize.parse(size.toString())).as("%d bytes printed as %s", value, size).isEqualTo(size);
        }
    }

    @Test
    void arithmetic_is_exact_and_never_negative() {
        DataSize sixteen = DataSize.ofGiB(16);
        assertThat(sixteen.plus(DataSize.ofMiB(512))).hasToString("16.5GiB");
        assertThat(sixteen.minus(DataSize.ofGiB(6))).hasToString("10GiB");
        assertThat(DataSize.ofGiB(1).minusOrZero(sixteen)).isEqualTo(DataSize.ZERO);
        assertThatThrownBy(() -> DataSize.ofGiB(1).minus(sixteen)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1GiB minus 16GiB would be negative");
        assertThat(sixteen.times(Percent.parse("60%")).bytes()).isEqualTo(10_307_921_510L);
        assertThat(sixteen.times(Percent.parse("50%"))).hasToString("8GiB");
        assertThat(DataSize.ofKiB(3)).hasToString("3KiB");
        assertThat(sixteen.min(DataSize.ofGiB(2))).isEqualTo(DataSize.ofGiB(2));
        assertThat(sixteen.max(DataSize.ofGiB(2))).isEqualTo(sixteen);
        assertThat(sixteen.compareTo(DataSize.ofGiB(2))).isPositive();
        assertThat(DataSize.ZERO.isZero()).isTrue();
        assertThatThrownBy(() -> DataSize.ofBytes(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a size cannot be negative: -1 bytes");
    }
}
