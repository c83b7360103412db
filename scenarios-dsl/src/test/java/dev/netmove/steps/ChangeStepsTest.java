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
}
