package dev.netmove.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The When steps that move several VMs at once, and a migration that never completes. */
class MigrationPlanStepsTest {

    @TempDir
    Path project;

    private FeatureProject.Outcome run(String topology, String steps) {
        return new FeatureProject(project).file("src/test/features/racks.yaml", topology)
                .run("Feature: plans\n\n  Scenario: the scenario\n    Given the topology \"racks.yaml\"\n" + steps);
    }

    private FeatureProject.Outcome run(String steps) {
        return run(TransferStepsTest.RACKS, steps);
    }

    private void passes(String steps) {
        FeatureProject.Outcome outcome = run(steps);
        assertThat(outcome.result().failureReport()).isEmpty();
        assertThat(outcome.result().passed()).isEqualTo(1);
    }

    @Test
    void migrations_in_a_table_run_at_the_same_time_and_share_the_links() {
        // alone, web01 takes 16.8s; sharing leaf1's uplink with web03 it takes longer
        passes("""
                    When these migrations run at the same time:
                      | vm    | to   |
                      | web01 | esx3 |
                      | web03 | esx3 |
                    Then the migration succeeds
                    And the migration of VM "web03" completes within 17 seconds
                    And link "leaf1-core1" stays below 100.1% utilization
                """);
        String message = run("""
                    When these migrations run at the same time:
                      | vm    | to   |
                      | web01 | esx3 |
                      | web03 | esx3 |
                    Then the migration of VM "web01" completes within 17 seconds
                """).failure();
        assertThat(message).contains("shared with 1 other migration");
    }

    @Test
    void a_table_needs_the_vm_and_to_header() {
        String message = run("""
                    When these migrations run at the same time:
                      | vm    | host |
                      | web01 | esx3 |
                """).failure();

        assertThat(message).isEqualTo("the table of migrations needs the header | vm | to |, not | vm | host |; "
                + "write one row per migration below it, e.g. | web01 | esx-b1 |");
    }

    @Test
    void a_table_that_moves_a_vm_twice_is_refused() {
        String message = run("""
                    When these migrations run at the same time:
                      | vm    | to   |
                      | web01 | esx3 |
                      | web01 | esx2 |
                """).failure();

        assertThat(message).isEqualTo("VM web01 appears twice in the table of migrations: a VM makes one move at a "
                + "time; write a second When step for its next move");
    }

    @Test
    void a_table_with_an_unknown_vm_lists_the_closest_names() {
        String message = run("""
                    When these migrations run at the same time:
                      | vm   | to   |
                      | web1 | esx3 |
                """).failure();

        assertThat(message).startsWith("no VM named \"web1\" in topology racks (did you mean \"web01\"");
    }

    @Test
    void maintenance_mode_moves_each_vm_to_the_host_with_the_most_free_memory() {
        // esx3 (128GiB, empty) takes web01 and then web02 (112GiB free against esx2's 56GiB)
        passes("""
                    When host "esx1" enters maintenance mode
                    Then the migration succeeds
                    And the migration of VM "web02" completes within 1 minute
                    And at most 27 GiB of migration traffic crosses the core
                """);
    }

    @Test
    void maintenance_mode_fails_when_a_vm_has_nowhere_to_go_and_says_why_for_each_host() {
        String small = TransferStepsTest.RACKS.replace("esx2: { role: host, cluster: prod, memory: 64GiB",
                "esx2: { role: host, cluster: prod, memory: 20GiB").replace("memory: 128GiB", "memory: 12GiB");

        String message = run(small, "    When host \"esx1\" enters maintenance mode\n").failure();

        assertThat(message).isEqualTo("""
                Host esx1 cannot enter maintenance mode: 1 of 2 VMs has nowhere to go.
                  expected: every VM of esx1 moves to another host of cluster prod that has its port group and room \
                for its memory
                  found:    VM web01 (16GiB) on esx1: esx2 has 12GiB free of 20GiB, not 16GiB; esx3 has 12GiB free of \
                12GiB, not 16GiB""");
    }

    @Test
    void consolidation_empties_the_least_used_hosts() {
        // in use: esx1 24GiB, esx2 8GiB, esx3 none: esx3 and esx2 are emptied onto esx1 (web03 moves within leaf1)
        passes("""
                    When cluster "prod" is consolidated onto 1 hosts
                    Then the migration succeeds
                    And the migration traffic does not cross the core
                    And at most 9 GiB is sent over the network
                """);
    }

    @Test
    void consolidating_onto_as_many_hosts_as_the_cluster_has_is_refused() {
        String message = run("    When cluster \"prod\" is consolidated onto 3 hosts\n").failure();

        assertThat(message).isEqualTo("cluster prod has 3 hosts that are up (esx1, esx2, esx3); consolidating it onto "
                + "3 empties none: name fewer than 3");
    }

    @Test
    void an_unknown_cluster_lists_the_closest_names() {
        String message = run("    When cluster \"prd\" is consolidated onto 1 hosts\n").failure();

        assertThat(message).isEqualTo("no cluster named \"prd\" in topology racks (did you mean \"prod\"?)");
    }

    /** A KVM data center (no auto-converge) whose 1Gbps links are slower than web01 dirties its memory. */
    private static final String SLOW_KVM = TransferStepsTest.RACKS.replace("speed: 10Gbps", "speed: 1Gbps")
            .replace("dirtyRate: 100MB/s", "dirtyRate: 150MB/s") + "migration: { profile: kvm }\n";

    @Test
    void a_migration_that_never_converges_fails_the_success_step_with_the_numbers() {
        String message = run(SLOW_KVM, """
                    When VM "web01" migrates to host "esx2"
                    Then the migration succeeds
                """).failure();

        assertThat(message).isEqualTo("""
                The migration of VM web01 from host esx1 to host esx2 never completes.
                  expected: it succeeds
                  found:    it copies memory for ever: the guest dirties memory at 1.2Gbps but its migration sends \
                950Mbps: every round leaves 14.4GiB dirty (its whole working set), more than the 34MiB that fit in the \
                300ms switchover target; convergence is "never": nothing slows the guest down""");
    }

    @Test
    void a_migration_that_never_converges_can_be_expected_to_fail() {
        FeatureProject.Outcome outcome = run(SLOW_KVM, """
                    When VM "web01" migrates to host "esx2"
                    Then the migration fails because "never completes"
                """);

        assertThat(outcome.result().failureReport()).isEmpty();
    }

    @Test
    void a_migration_that_never_converges_has_no_downtime() {
        String message = run(SLOW_KVM, """
                    When VM "web01" migrates to host "esx2"
                    Then the switchover downtime is at most 1 s
                """).failure();

        assertThat(message).startsWith("""
                The switchover of VM web01 takes longer than 1s.
                  expected: a downtime of at most 1s
                  found:    VM web01 never switches over: the guest dirties memory at""");
    }

    @Test
    void a_migration_that_never_converges_fails_the_scenario_when_no_step_expected_it() {
        String message = run(SLOW_KVM, """
                    When VM "web01" migrates to host "esx2"
                    Then link "esx2-leaf1" stays below 100.1% utilization
                """).failure();

        assertThat(message).startsWith("a migration of this scenario never completes, and no step expected it:\n"
                        + "  - VM web01 never completes: the guest dirties memory at 1.2Gbps")
                .endsWith("If that is what you expect, say so with: Then the migration fails because \"never completes\"");
    }

    /** vSphere on 1Gbps links, with 600Mbps of background on esx1's link: two vMotions from esx1 get 200Mbps each. */
    private static final String CROWDED = TransferStepsTest.RACKS.replace("speed: 10Gbps", "speed: 1Gbps")
            .replace("esx1-leaf1, between: [esx1:vmnic0, leaf1:Eth1/1], speed: 1Gbps",
                    "esx1-leaf1, between: [esx1:vmnic0, leaf1:Eth1/1], speed: 1Gbps, load: 600Mbps");

    @Test
    void a_vmotion_whose_share_falls_below_250_mbit_s_fails_for_insufficient_bandwidth() {
        // calibration.md (vSphere): each concurrent vMotion needs at least 250 Mbit/s
        String moves = """
                    When these migrations run at the same time:
                      | vm    | to   |
                      | web01 | esx2 |
                      | web02 | esx2 |
                """;
        assertThat(run(CROWDED, moves + "    Then the migration fails because \"insufficient bandwidth\"\n")
                .result().failureReport()).isEmpty();

        assertThat(run(CROWDED, moves + "    Then the migration succeeds\n").failure()).startsWith("""
                The migration of VM web01 from host esx1 to host esx2 never completes.
                  expected: it succeeds
                  found:    it is stopped: insufficient bandwidth: its share of the network fell to 200Mbps, less \
                than the 250Mbps each concurrent vsphere migration needs""");
    }
}
