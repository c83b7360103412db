package dev.netmove.engine.quantity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Sums and products beyond a long are refused with the quantities named, never wrapped or capped. */
class QuantityOverflowTest {

    @Test
    void two_flows_of_9000000_Tbps_do_not_add_up_to_a_negative_rate() {
        Bandwidth flow = Bandwidth.parse("9000000 Tbps");
        assertThatThrownBy(() -> flow.plus(flow))
                .isInstanceOf(QuantityOverflowException.class)
                .hasMessage("9000000Tbps + 9000000Tbps is beyond what netmove can compute: a bandwidth is at most"
                        + " 9223372Tbps; check the quantities for a unit too large (Tbps for Gbps, TiB for GiB)");
    }

    @Test
    void a_rate_times_a_count_names_both() {
        assertThatThrownBy(() -> Bandwidth.parse("9000000 Tbps").times(3))
                .isInstanceOf(QuantityOverflowException.class)
                .hasMessageStartingWith("9000000Tbps x 3 is beyond what netmove can compute");
    }

    @Test
    void sizes_and_times_name_their_sums() {
        DataSize big = DataSize.parse("8000000TiB");
        assertThatThrownBy(() -> big.plus(big)).isInstanceOf(QuantityOverflowException.class)
                .hasMessageStartingWith("8000000TiB + 8000000TiB is beyond what netmove can compute: a size is at most 8388607TiB");
        TimeSpan long_ = TimeSpan.parse("2000000h");
        assertThatThrownBy(() -> long_.plus(long_)).isInstanceOf(QuantityOverflowException.class)
                .hasMessageStartingWith("2000000h + 2000000h is beyond what netmove can compute: a time span is at most 292 years");
        assertThatThrownBy(() -> TimeSpan.ofMinutes(Long.MAX_VALUE / 2)).isInstanceOf(QuantityOverflowException.class)
                .hasMessageStartingWith(Long.MAX_VALUE / 2 + "min is beyond");
    }
}
