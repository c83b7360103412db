package dev.netmove.engine.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentTest {

    private static final String EXPECTED = "write a percentage with its unit, e.g. 40%; accepted units: %";

    @ParameterizedTest(name = "{0} is {1} ppm")
    @CsvSource(delimiter = '|', value = {
        "40%        | 400000",
        "40 %       | 400000",
        "12.5%      | 125000",
        "0%         | 0",
        "100%       | 1000000",
        "150%       | 1500000",
        "0.0001%    | 1",
        "0.00019%   | 1",
        "33.33333%  | 333333",
    })
    void a_share_reads_as_parts_per_million_rounded_down(String text, long ppm) {
        assertThat(Percent.parse(text).ppm()).isEqualTo(ppm);
    }

    @ParameterizedTest(name = "{0} ppm prints as {1}")
    @CsvSource(delimiter = '|', value = {
        "0       | 0%",
        "400000  | 40%",
        "125000  | 12.5%",
        "123456  | 12.3456%",
        "5000    | 0.5%",
        "1       | 0.0001%",
        "1000000 | 100%",
        "2500000 | 250%",
    })
    void printing_is_the_shortest_exact_decimal(long ppm, String text) {
        assertThat(Percent.ofPpm(ppm)).hasToString(text);
    }

    @Test
    void printing_then_parsing_gives_back_the_same_share_for_many_values() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 5000; i++) {
            Percent share = Percent.ofPpm(i < 2000 ? i : random.nextLong(0, 1_000_000_000_000L));
            assertThat(Percent.parse(share.toString())).as("%d ppm printed as %s", share.ppm(), share)
                    .isEqualTo(share);
        }
    }

    @Test
    void a_share_without_percent_sign_or_with_a_word_is_an_error() {
        assertThatExceptionOfType(QuantityFormatException.class).isThrownBy(() -> Percent.parse("40"))
                .satisfies(e -> {
                    assertThat(e.found()).isEqualTo("\"40\" has no unit");
                    assertThat(e.expected()).isEqualTo(EXPECTED);
                });
        assertThatThrownBy(() -> Percent.parse("40 percent")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("unknown unit \"percent\" in \"40 percent\"; " + EXPECTED + " (did you mean \"%\"?)");
        assertThatThrownBy(() -> Percent.parse("-5%")).isInstanceOf(QuantityFormatException.class)
                .hasMessage("\"-5%\" is negative; write a percentage of zero or more, e.g. 40%");
    }

    @Test
    void shares_apply_to_exact_amounts_rounding_down() {
        assertThat(Percent.ofWhole(40)).isEqualTo(Percent.parse("40%"));
        assertThat(Percent.HUNDRED).hasToString("100%");
        assertThat(Percent.ZERO.isZero()).isTrue();
        assertThat(Percent.parse("40%").toFraction()).isEqualTo(0.4);
        assertThat(Percent.parse("12.5%").applyTo(1000)).isEqualTo(125);
        assertThat(Percent.parse("33.3333%").applyTo(10)).isEqualTo(3);
        assertThat(Percent.HUNDRED.applyTo(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> Percent.ofWhole(101).applyTo(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
        assertThat(Percent.parse("60%")).isGreaterThan(Percent.parse("59.9999%"));
        assertThatThrownBy(() -> Percent.ofPpm(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a percentage cannot be negative: -1 ppm");
    }
}
