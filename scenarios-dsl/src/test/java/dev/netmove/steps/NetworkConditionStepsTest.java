package dev.netmove.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The what-if Givens of the migration model, each taking effect and each refusing what it cannot mean. */
class NetworkConditionStepsTest {

    @TempDir
    Path project;

    private FeatureProject.Outcome run(String steps) {
        return new FeatureProject(project).file("src/test/features/racks.yaml", TransferStepsTest.RACKS)
                .run("Feature: what-ifs\n\n  Scenario: the scenario\n    Given the topology \"racks.yaml\"\n" + steps);
    }

    private void passes(String steps) {
        FeatureProject.Outcome outcome = run(steps);
        assertThat(outcome.result().failureReport()).isEmpty();
        assertThat(outcome.result().passed()).isEqualTo(1);
    }

    @Test
    void background_load_leaves_migrations_less_of_the_link() {
        // 0.95 x 6Gbps instead of 9.5Gbps: 16.8s becomes 29s (a longer round 0 also leaves more dirty memory)
        passes("""
                    Given link "leaf1-core1" already carries 4 Gbps
                    When VM "web01" migrates to host "esx3"
                    Then the migration completes within 30 seconds
                """);
        assertThat(run("""
                    Given link "leaf1-core1" already carries 4 Gbps
                    When VM "web01" migrates to host "esx3"
                    Then the migration completes within 25 seconds
                """).failure()).contains("link \"leaf1-core1\" from leaf1 to core1 (10Gbps, 4Gbps background)");
    }

    @Test
    void background_load_above_the_link_speed_is_refused() {
        assertThat(run("    Given link \"leaf1-core1\" already carries 12 Gbps\n").failure()).isEqualTo(
                "link \"leaf1-core1\" runs at 10Gbps: it cannot already carry 12Gbps in each direction; write at most 10Gbps");
    }

    @Test
    void background_load_in_a_unit_that_does_not_exist_fails_with_the_accepted_units() {
        assertThat(run("    Given link \"leaf1-core1\" already carries 4 Gbit\n").failure())
                .startsWith("the bandwidth \"4 Gbit\" in the step at line 5 is not accepted: unknown unit \"Gbit\"")
                .contains("accepted units: bps, Kbps, Mbps, Gbps");
    }

    @Test
    void background_load_on_an_unknown_link_lists_the_closest_names() {
        assertThat(run("    Given link \"leaf1-core\" already carries 4 Gbps\n").failure())
                .startsWith("no link named \"leaf1-core\" in topology racks (did you mean \"leaf1-core1\"");
    }

    @Test
    void a_vmotion_limit_on_a_link_holds_the_migration_to_its_share() {
        passes("""
                    Given vMotion traffic is limited to 25% of link "leaf1-core1"
                    When VM "web01" migrates to host "esx3"
                    Then link "leaf1-core1" stays below 25.1% utilization
                    And link "esx1-leaf1" stays below 25.1% utilization
                """);
    }

    @Test
    void a_vmotion_limit_on_every_link_holds_every_link() {
        passes("""
                    Given vMotion traffic is limited to 40% of every link
                    When host "esx1" enters maintenance mode
                    Then every link stays below 40.1% utilization
                """);
    }

    @Test
    void a_vmotion_limit_outside_0_to_100_percent_is_refused() {
        assertThat(run("    Given vMotion traffic is limited to 150% of link \"leaf1-core1\"\n").failure())
                .isEqualTo("vMotion traffic cannot be limited to 150% of a link: write a share above 0% and at most "
                        + "100%, such as 20%");
        assertThat(run("    Given vMotion traffic is limited to 0% of every link\n").failure())
                .isEqualTo("vMotion traffic cannot be limited to 0% of a link: write a share above 0% and at most "
                        + "100%, such as 20%");
    }

    @Test
    void a_hotter_guest_sends_more_and_is_slowed_down_to_converge() {
        passes("""
                    When VM "web01" migrates to host "esx3"
                    Then at most 18 GiB is sent over the network
                """);
        String message = run("""
                    Given VM "web01" dirties its memory at 2 GB/s
                    When VM "web01" migrates to host "esx3"
                    Then at most 18 GiB is sent over the network
                """).failure();
        assertThat(message).isEqualTo("""
                The migration of VM web01 sends 45.4GiB over the network, more than 18GiB.
                  expected: at most 18GiB sent
                  found:    VM web01: 45.4GiB (3 pre-copy rounds: 16GiB, 14.4GiB, 14.4GiB; 569MiB while paused)""");
        String downtime = run("""
                    Given VM "web01" dirties its memory at 2 GB/s
                    When VM "web01" migrates to host "esx3"
                    Then the switchover downtime is at most 500 ms
                """).failure();
        assertThat(downtime).endsWith("the guest was slowed by up to 97.7% for 13s");
    }

    @Test
    void a_dirty_rate_for_an_unknown_vm_lists_the_closest_names() {
        assertThat(run("    Given VM \"web1\" dirties its memory at 2 GB/s\n").failure())
                .startsWith("no VM named \"web1\" in topology racks (did you mean \"web01\"");
    }

    @Test
    void a_tighter_switchover_limit_shortens_the_downtime() {
        passes("""
                    Given the switchover time limit is 50 ms
                    When VM "web01" migrates to host "esx3"
                    Then the switchover downtime is at most 80 ms
                """);
    }

    @Test
    void a_switchover_limit_of_zero_or_in_an_unknown_unit_is_refused() {
        assertThat(run("    Given the switchover time limit is 0 ms\n").failure())
                .isEqualTo("the switchover time limit must be more than 0s: pre-copy stops when the rest fits in it; "
                        + "write a time such as 500 ms");
        assertThat(run("    Given the switchover time limit is 5 sec\n").failure())
                .startsWith("the duration \"5 sec\" in the step at line 5 is not accepted: unknown unit \"sec\" in \"5 sec\"")
                .endsWith("(did you mean \"s\"?)");
    }
}
