package dev.netmove.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verify and check goals with {@code netmove.change}: the whole suite on the proposed network. */
class SuiteChangeGoalTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void twoPodsProject() throws IOException {
        write("src/test/features/two-pods.yaml", dev.netmove.steps.FeatureProjectAccess.twoPods());
        write("src/test/features/moves.feature", """
                Feature: moves
                  Scenario: web01 moves to pod B
                    Given the topology "two-pods.yaml"
                    When VM "web01" migrates to host "esx-b1"
                    Then the migration succeeds
                """);
        write("changes/cr-1234.yaml", """
                change: CR-1234 prune VLAN 110 towards pod B
                topology: two-pods
                links:
                  agg-b-core1: { vlans: 120,900 }
                """);
    }

    private VerifySettings settings(String change) {
        return new VerifySettings(project, List.of(), List.of(), null, true, Path.of("target/netmove"),
                project.resolve("target/test-classes"), change == null ? null : Path.of(change), null);
    }

    @Test
    void the_suite_runs_on_the_changed_network_and_the_log_names_the_change_first_and_in_the_summary()
            throws IOException {
        twoPodsProject();
        GoalOutcome outcome = VerifyGoal.run(settings("changes/cr-1234.yaml"), log);

        assertThat(outcome.kind()).isEqualTo(GoalOutcome.Kind.FAILURE);
        assertThat(outcome.message()).contains("VLAN 110");
        assertThat(log.lines).filteredOn(line -> line.startsWith("info: netmove:")).first().isEqualTo(
                "info: netmove: change CR-1234 prune VLAN 110 towards pod B (changes/cr-1234.yaml) for "
                        + "topology two-pods");
        // a scenario loaded two-pods: the change did its work, nothing to warn about
        assertThat(log.lines).noneMatch(line -> line.startsWith("warn:"));
        assertThat(log.lines).contains("info: netmove: 1 scenario, 0 passed, 1 failed with change CR-1234 prune VLAN "
                + "110 towards pod B; reports in target/netmove");
        // TOPOLOGY.md: the console's first netmove line, the summary and the reports name the change
        assertThat(java.nio.file.Files.readAllLines(project.resolve("target/netmove/summary.txt")).get(0))
                .isEqualTo("1 scenario, 0 passed, 1 failed with change CR-1234 prune VLAN 110 towards pod B");
    }

    @Test
    void a_change_for_a_topology_no_scenario_loads_changes_nothing_and_the_end_of_the_run_warns_so()
            throws IOException {
        twoPodsProject();
        write("changes/cr-9.yaml", """
                change: CR-9 prune VLAN 110 towards pod B
                topology: two-pod
                links:
                  agg-b-core1: { vlans: 120,900 }
                """);
        write("src/test/features/inline.feature", """
                Feature: an inline topology of another name
                  Scenario: nothing to move
                    Given the topology:
                      ```
                      topology: lab
                      devices:
                        sw1: { role: access, vlans: "110" }
                      links: []
                      ```
                    Then VLAN 110 spans at most 1 switches
                """);
        GoalOutcome outcome = VerifyGoal.run(settings("changes/cr-9.yaml"), log);

        // TOPOLOGY.md: topologies of another name run unchanged, so the suite passes as it does without the change
        assertThat(outcome).isEqualTo(GoalOutcome.done());
        String warning = "netmove: change CR-9 prune VLAN 110 towards pod B (changes/cr-9.yaml) names topology "
                + "two-pod, which no scenario loaded (loaded: two-pods, lab), so it changed nothing; write the name of a "
                + "topology the suite loads in its topology:, or leave topology: out to change every topology";
        assertThat(log.lines).filteredOn(line -> line.startsWith("info: netmove:")).first().isEqualTo(
                "info: netmove: change CR-9 prune VLAN 110 towards pod B (changes/cr-9.yaml) for topology two-pod");
        assertThat(log.lines).noneMatch(line -> line.contains("applied to"));
        // at the end of the run: after the summary line, last of the netmove lines
        assertThat(log.lines).filteredOn(line -> line.contains("netmove:")).last().isEqualTo("warn: " + warning);
        assertThat(log.lines).containsOnlyOnce("warn: " + warning);
        List<String> summary = Files.readAllLines(project.resolve("target/netmove/summary.txt"));
        assertThat(summary.get(0)).isEqualTo("2 scenarios, 2 passed, 0 failed with change CR-9 prune VLAN 110 towards "
                + "pod B");
        assertThat(summary).last().isEqualTo("warning: " + warning.substring("netmove: ".length()));
    }

    @Test
    void without_the_change_the_same_suite_passes() throws IOException {
        twoPodsProject();
        assertThat(VerifyGoal.run(settings(null), log)).isEqualTo(GoalOutcome.done());
    }

    @Test
    void a_missing_change_file_is_a_configuration_error_naming_the_property() throws IOException {
        twoPodsProject();
        GoalOutcome outcome = VerifyGoal.run(settings("changes/cr-9.yaml"), log);
        assertThat(outcome.kind()).isEqualTo(GoalOutcome.Kind.ERROR);
        assertThat(outcome.message()).isEqualTo("netmove.change: changes/cr-9.yaml does not exist; expected a change "
                + "file (YAML), relative to the project folder");
    }

    @Test
    void a_folder_given_as_the_change_is_told_as_a_folder_not_as_missing() throws IOException {
        twoPodsProject();
        GoalOutcome folder = VerifyGoal.run(settings("changes"), log);
        assertThat(folder.kind()).isEqualTo(GoalOutcome.Kind.ERROR);
        assertThat(folder.message()).isEqualTo("netmove.change: changes is a folder; expected a change file (YAML) in"
                + " it, such as netmove.change=changes/move-web.yaml, relative to the project folder");
        assertThat(VerifyGoal.run(settings("."), log).message()).isEqualTo("netmove.change: . is a folder; expected a"
                + " change file (YAML) in it, such as netmove.change=changes/move-web.yaml, relative to the project folder");
    }

    @Test
    void check_with_a_change_reports_the_drift_it_adds_and_removes() throws IOException {
        twoPodsProject();
        GoalOutcome outcome = CheckGoal.run(new CheckSettings(project, List.of(), List.of(), false,
                Path.of("target/netmove"), Path.of("changes/cr-1234.yaml")), log);
        assertThat(outcome).isEqualTo(GoalOutcome.done());
        assertThat(log.lines).contains("info: netmove: Change CR-1234 prune VLAN 110 towards pod B "
                + "(changes/cr-1234.yaml):");
        assertThat(log.lines).anyMatch(l -> l.startsWith("info: netmove:   src/test/features/two-pods.yaml: the "
                + "change adds "));
    }

    @Test
    void check_with_a_change_for_no_checked_topology_says_it_changes_nothing() throws IOException {
        twoPodsProject();
        write("changes/cr-9.yaml", "change: CR-9 a typo\ntopology: two-pod\nlinks:\n  agg-b-core1: { vlans: 120,900 }\n");
        GoalOutcome outcome = CheckGoal.run(new CheckSettings(project, List.of(), List.of(), false,
                Path.of("target/netmove"), Path.of("changes/cr-9.yaml")), log);
        assertThat(outcome).isEqualTo(GoalOutcome.done());
        assertThat(log.lines).contains("info: netmove:   the change names topology two-pod, which no checked topology"
                + " is (checked: two-pods), so it changes nothing; write the name of a checked topology in its"
                + " topology:, or leave topology: out");
    }
}
