package dev.netmove.runner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunResultTest {

    @Test
    void the_summary_names_undefined_and_skipped_only_when_there_are_some() {
        assertThat(new RunResult(12, 11, 1, 0, 0, List.of()).summary()).isEqualTo("12 scenarios, 11 passed, 1 failed");
        assertThat(new RunResult(4, 1, 1, 1, 1, List.of()).summary())
                .isEqualTo("4 scenarios, 1 passed, 1 failed, 1 undefined, 1 skipped");
    }

    @Test
    void the_failure_report_lists_location_name_and_message() {
        RunResult result = new RunResult(2, 0, 1, 1, 0, List.of(
                new ScenarioFailure(ScenarioFailure.Kind.FAILED, "src/test/features/vlan.feature", 7,
                        "VLAN 110 reaches pod B", "VLAN 110 is not carried\non link agg1-tor3"),
                new ScenarioFailure(ScenarioFailure.Kind.UNDEFINED, "src/test/features/new.feature", 3,
                        "a new phrase", "step 'Given x' (src/test/features/new.feature:4) matches no phrase")));

        assertThat(result.failureReport()).isEqualTo("""
                  src/test/features/vlan.feature:7  VLAN 110 reaches pod B
                      VLAN 110 is not carried
                      on link agg1-tor3

                  src/test/features/new.feature:3  a new phrase
                      step 'Given x' (src/test/features/new.feature:4) matches no phrase
                """);
    }

    @Test
    void counts_that_do_not_add_up_are_refused() {
        assertThatThrownBy(() -> new RunResult(3, 1, 1, 0, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total 3 is not passed + failed + undefined + skipped (1 + 1 + 0 + 0)");
    }
}
