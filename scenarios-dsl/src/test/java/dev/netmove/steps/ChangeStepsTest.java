package dev.netmove.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeStepsTest {

    @TempDir
    Path project;

    private FeatureProject.Outcome run(String scenarios) {
        return new FeatureProject(project).file("src/test/features/changes/cr-9.yaml", """
                change: CR-9 allow the db VLAN towards pod B
                topology: two-pods
                links:
                  agg-b-core1: { vlans: 110,120,900 }
                """).runWithTwoPods("  Background:\n    Given the topology \"two-pods.yaml\"\n\n" + scenarios);
    }

    @Test
    void a_vlan_pruned_from_the_core_breaks_the_moves_that_worked_before() {
        String message = run("""
                  Scenario: prune VLAN 110 towards pod B
                    Given VLAN 110 is removed from link "agg-b-core1"
                    Then the change breaks no migration that worked before it
                """).failure();
        assertThat(message).startsWith("1 of 1 moves that worked before the change fail after it.")
                .contains("VM VLAN: ").contains("agg-b-core1").contains("(1 move)").contains("- web01 > esx-b1");
    }

    @Test
    void a_change_file_applies_on_top_of_the_network_and_a_harmless_one_passes() {
        FeatureProject.Outcome outcome = run("""
                  Scenario: open the db VLAN
                    Given the change "changes/cr-9.yaml"
                    Then the change breaks no migration that worked before it
                    And VM "db01" can migrate to every host of its cluster
                """);
        assertThat(outcome.result().failureReport()).isEmpty();
        assertThat(outcome.result().passed()).isEqualTo(1);
    }

    @Test
    void cluster_mobility_groups_the_pairs_by_cause() {
        String message = run("""
                  Scenario: the whole cluster
                    Then every VM of cluster "prod" can migrate to every host of the cluster
                """).failure();
        assertThat(message).startsWith("3 of 4 moves in cluster prod fail.")
                .contains("host esx-b2 has no port group \"web\"")
                .contains("(2 moves)\n    - db01 > esx-b1\n    - db01 > esx-b2");
    }

    @Test
    void a_doc_string_change_naming_an_unknown_device_is_refused_at_the_feature_files_line() {
        String message = run("""
                  Scenario: a typo
                    Given the change:
                      \"""
                      change: CR-10
                      devices:
                        agg-c: { vlans: 110 }
                      \"""
                """).failure();
        assertThat(message).contains("src/test/features/moves.feature:11:16: devices.agg-c").contains("devices.agg-c: found no device named agg-c")
                .contains("did you mean");
    }

    @Test
    void a_single_homed_host_is_caught_by_the_link_failure_sweep() {
        String message = run("""
                  Scenario: sweep
                    Then VM "web01" can migrate to host "esx-b1" after any single link failure
                """).failure();
        assertThat(message).contains("of 7 single link failures tried break it")
                .contains("link esx-a1-acc-a1 down: ").contains("link agg-b-core1 down: ");
    }

    @Test
    void a_gateway_priority_needs_an_fhrp_svi() {
        assertThat(run("""
                  Scenario: priority
                    Given device "agg-a" has gateway priority 120 for VLAN 110
                """).failure()).contains("device agg-a has no HSRP, VRRP or GLBP SVI in VLAN 110");
    }

    @Test
    void a_vlan_out_of_range_is_that_in_every_what_if_before_any_device_is_asked_about_it() {
        for (String step : java.util.List.of("Given VLAN 0 is added to link \"agg-b-core1\"",
                "Given VLAN 4095 is removed from link \"agg-b-core1\"", "Given VLAN 0 is removed from device \"agg-a\"",
                "Given device \"agg-a\" has gateway priority 120 for VLAN 4095")) {
            assertThat(run("  Scenario: range\n    " + step + "\n").failure()).as(step)
                    .contains("is out of range; VLAN IDs run from 1 to 4094");
        }
    }

    @Test
    void a_link_cannot_run_at_zero_or_below_the_load_it_already_carries() {
        assertThat(run("  Scenario: zero\n    Given link \"agg-b-core1\" runs at 0bps\n").failure())
                .contains("link agg-b-core1 cannot run at 0bps: write a speed above zero, such as 10Gbps");
        assertThat(run("  Scenario: below\n    Given link \"agg-b-core1\" already carries 30Gbps\n"
                + "    And link \"agg-b-core1\" runs at 10Gbps\n").failure())
                .contains("link agg-b-core1 already carries 30Gbps of background load: it cannot run at 10Gbps; write at"
                        + " least 30Gbps, or lower its load first");
    }

    @Test
    void a_link_the_change_removes_is_named_and_the_moves_it_cuts_off_are_one_group() {
        String message = run("""
                  Scenario: remove the pod B uplink
                    Given the change:
                      \"""
                      change: CR-11 retire agg-b-core1
                      links:
                        agg-b-core1: null
                      \"""
                    Then the change breaks no migration that worked before it
                """).failure();
        assertThat(message).startsWith("1 of 1 moves that worked before the change fail after it.")
                .contains("change:   removes link agg-b-core1")
                .contains("no physical path between the source and the destination host (1 move)")
                .contains("- web01 > esx-b1");
    }
}
