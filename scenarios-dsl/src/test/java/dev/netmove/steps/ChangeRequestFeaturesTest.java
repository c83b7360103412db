package dev.netmove.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.runner.FeatureRunner;
import dev.netmove.runner.RunRequest;
import dev.netmove.runner.RunResult;
import dev.netmove.runner.ScenarioFailure;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo suite's change requests (features/src/test/features/changes): what passes, and what fails on purpose. */
class ChangeRequestFeaturesTest {

    private static final Path FEATURES = Path.of("../features/src/test/features/changes").toAbsolutePath().normalize();

    @TempDir
    Path reports;

    private RunResult run(String tags) {
        return FeatureRunner.run(new RunRequest(List.of(FEATURES), List.of(), tags, reports, FEATURES, line -> { }));
    }

    @Test
    void the_demo_scenarios_pass() {
        RunResult result = run("not @fails-on-purpose");
        assertThat(result.failureReport()).isEmpty();
        assertThat(result.passed()).isEqualTo(7);
    }

    @Test
    void the_scenarios_that_fail_on_purpose_fail_with_the_pairs_and_the_failures_that_break_them() {
        RunResult result = run("@fails-on-purpose");
        assertThat(result.failures()).extracting(ScenarioFailure::message).satisfiesExactly(
                pruning -> assertThat(pruning).startsWith("2 of 6 moves that worked before the change fail after it.")
                        .contains("VM VLAN: link \"agg2-core1\" drops VLAN 110 at both ends").contains("(2 moves)\n"
                                + "    - web01 > esx-b1\n    - web02 > esx-b1"),
                sweep -> assertThat(sweep).startsWith("4 of 10 single link failures tried break it: VM web01 can migrate to "
                        + "host esx-b1.").contains("link acc-b1-agg2 down: ").contains("link acc-a1-agg1 down: "));
    }
}
