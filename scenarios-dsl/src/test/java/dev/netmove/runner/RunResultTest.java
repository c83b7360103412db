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
    void a_list_longer_than_200_lines_shows_its_first_200_and_how_many_more_and_short_lists_stay_whole() {
        StringBuilder message = new StringBuilder("4680 of 4680 migrations do not complete within 1h.\n  found:    VM vm0000");
        for (int i = 1; i < 4680; i++) {
            message.append(String.format("%n            VM vm%04d", i));
        }
        message.append("\n  why:      a cause\n    - one\n    - two");
        RunResult result = new RunResult(1, 0, 1, 0, 0, List.of(new ScenarioFailure(ScenarioFailure.Kind.FAILED,
                "src/test/features/dc.feature", 3, "evacuation", message.toString())));

        String report = result.failureReport();
        assertThat(report).contains("                  VM vm0200\n                  ... and 4479 more (every one in the"
                        + " reports)\n        why:      a cause\n          - one\n          - two\n")
                .doesNotContain("vm0201");
        assertThat(report.lines().count()).isEqualTo(1 + 2 + 200 + 1 + 3);
        assertThat(result.failures().get(0).message()).contains("vm4679");
    }

    @Test
    void counts_that_do_not_add_up_are_refused() {
        assertThatThrownBy(() -> new RunResult(3, 1, 1, 0, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total 3 is not passed + failed + undefined + skipped (1 + 1 + 0 + 0)");
    }
}
