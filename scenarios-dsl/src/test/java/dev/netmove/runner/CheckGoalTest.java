package dev.netmove.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the check goal logs and how it ends, without Maven. */
class CheckGoalTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private GoalOutcome check(boolean failOnDrift, List<Path> features) {
        return CheckGoal.run(new CheckSettings(project, features, List.of(), failOnDrift, Path.of("target/netmove")), log);
    }

    private void prunedProject() throws IOException {
        write("src/test/features/pruned.yaml", TopologyCheckTest.PRUNED);
        write("src/test/features/a.feature", "Feature: a\n  Scenario: one\n    Given the topology \"pruned.yaml\"\n");
    }

    @Test
    void drift_is_a_warning_by_default_after_the_report() throws IOException {
        prunedProject();

        GoalOutcome outcome = check(false, List.of());

        assertThat(outcome).isEqualTo(GoalOutcome.done());
        assertThat(log.lines.get(0)).isEqualTo("info: netmove drift report: 1 topology checked: 1 with drift (1 drift)");
        assertThat(log.lines).anyMatch(line -> line.startsWith("info: netmove: ")
                && line.endsWith("; report in target/netmove/drift.txt"));
        assertThat(log.lines).last().isEqualTo("warn: netmove: configuration drift (the build goes on; set -Dnetmove.failOnDrift=true to fail it):\n"
                + "  - src/test/features/pruned.yaml: 1 drift");
    }

    @Test
    void drift_fails_the_goal_when_asked_to() throws IOException {
        prunedProject();

        GoalOutcome outcome = check(true, List.of());

        assertThat(outcome).isEqualTo(GoalOutcome.failure("netmove: configuration drift, and netmove.failOnDrift is"
                + " set:\n  - src/test/features/pruned.yaml: 1 drift\nEach drift is listed in the report above and in"
                + " target/netmove/drift.txt. Fix the configuration, or set <failOnDrift>false</failOnDrift> to report"
                + " it without failing."));
    }

    @Test
    void a_topology_that_does_not_load_fails_the_goal_with_its_problems() throws IOException {
        write("src/test/features/bad.yaml", "topology: bad\ndevices: 3\n");
        write("src/test/features/a.feature", "Feature: a\n  Scenario: one\n    Given the topology \"bad.yaml\"\n");

        GoalOutcome outcome = check(false, List.of());

        assertThat(outcome.kind()).isEqualTo(GoalOutcome.Kind.FAILURE);
        assertThat(outcome.message()).startsWith("netmove: a topology could not be loaded:\n\nsrc/test/features/bad.yaml")
                .endsWith("\n\nReport: target/netmove/drift.txt");
    }

    @Test
    void without_a_feature_folder_there_is_nothing_to_check() {
        GoalOutcome outcome = check(true, List.of());

        assertThat(outcome).isEqualTo(GoalOutcome.done());
        assertThat(log.lines).containsExactly("warn: netmove: no topology to check: src/test/features does not exist,"
                + " and <topologies> is not set");
    }

    @Test
    void configured_feature_paths_that_do_not_exist_are_an_error() {
        GoalOutcome outcome = check(false, List.of(Path.of("features")));

        assertThat(outcome).isEqualTo(GoalOutcome.error("netmove: <features> (netmove.features) names a path that"
                + " does not exist: features. Point it at .feature files or folders of them, or list the topology"
                + " files in <topologies> (-Dnetmove.topologies)."));
    }

    @Test
    void feature_files_that_load_no_topology_say_so() throws IOException {
        write("src/test/features/a.feature", "Feature: a\n  Scenario: one\n    Given a step of another library\n");

        GoalOutcome outcome = check(true, List.of());

        assertThat(outcome).isEqualTo(GoalOutcome.done());
        assertThat(log.lines).last().isEqualTo("warn: netmove: no topology to check: no feature file in"
                + " src/test/features loads one, and <topologies> is not set");
    }
}
