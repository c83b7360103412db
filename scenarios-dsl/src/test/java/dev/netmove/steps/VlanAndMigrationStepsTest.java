package dev.netmove.steps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class VlanAndMigrationStepsTest {

    @TempDir
    Path project;

    private FeatureProject.Outcome run(String scenarios) {
        return new FeatureProject(project).runWithTwoPods(scenarios);
    }

    @Test
    void a_vm_whose_vlan_reaches_the_other_pod_migrates_and_keeps_its_network() {
        FeatureProject.Outcome outcome = run("""
                  Scenario: web01 moves to pod B
                    Given the topology "two-pods.yaml"
                    When VM "web01" migrates to host "esx-b1"
                    Then the migration succeeds
                    And VLAN 110 is carried on every link between host "esx-a1" and host "esx-b1"
                    And VM "web01" keeps its layer-2 network after the move
                """);

        assertThat(outcome.result().failureReport()).isEmpty();
        assertThat(outcome.result().passed()).isEqualTo(1);
        assertThat(outcome.progress()).singleElement().asString().contains("web01 moves to pod B");
    }

    @Test
    void a_pruned_trunk_names_the_link_the_end_the_allowed_list_and_the_path() {
        String message = run("""
                  Scenario: VLAN 120 to pod B
                    Given the topology "two-pods.yaml"
                    Then VLAN 120 is carried on every link between host "esx-a1" and host "esx-b1"
                """).failure();

        assertThat(message).isEqualTo("""
                VLAN 120 is not carried all the way between host esx-a1 and host esx-b1.
                  expected: every link between esx-a1 and esx-b1 carries VLAN 120
                  found:    link "agg-b-core1" drops VLAN 120 at core1:Eth1/2 (allowed there: 110,900)
                  path:     esx-a1 > acc-a1 > agg-a > core1 > agg-b > acc-b1 > esx-b1""");
    }

    @Test
    void a_migration_across_a_pruned_trunk_fails_and_says_where_the_vlan_is_dropped() {
        FeatureProject.Outcome outcome = run("""
                  Scenario: db01 cannot move to pod B
                    Given the topology "two-pods.yaml"
                    When VM "db01" migrates from host "esx-a1" to host "esx-b1"
                    Then the migration fails because "drops VLAN 120 at core1:Eth1/2"
                """);

        assertThat(outcome.result().failureReport()).isEmpty();
        assertThat(outcome.result().passed()).isEqualTo(1);
    }

    @Test
    void expecting_success_of_a_blocked_migration_lists_every_reason() {
        String message = run("""
                  Scenario: web01 to the newest host
                    Given the topology "two-pods.yaml"
                    When VM "web01" migrates to host "esx-b2"
                    Then the migration succeeds
                """).failure();

        assertThat(message)
                .startsWith("The migration of VM web01 from host esx-a1 to host esx-b2 fails.\n"
                        + "  expected: it succeeds\n"
                        + "  found:    it cannot happen, because\n")
                .contains("    - host esx-b2 has no port group \"web\" (its port groups: db)");
    }

    @Test
    void a_reason_that_does_not_match_shows_the_real_reasons() {
        String message = run("""
                  Scenario: web01 to the newest host
                    Given the topology "two-pods.yaml"
                    When VM "web01" migrates to host "esx-b2"
                    Then the migration fails because "vMotion"
                """).failure();

        assertThat(message)
                .startsWith("The migration fails, but not for that reason.\n"
                        + "  expected: a reason containing \"vMotion\"\n"
                        + "  found:\n")
                .contains("host esx-b2 has no port group \"web\"");
    }

    @Test
    void expecting_failure_of_a_migration_that_succeeds_shows_its_path() {
        String message = run("""
                  Scenario: web01 to pod B
                    Given the topology "two-pods.yaml"
                    When VM "web01" migrates to host "esx-b1"
                    Then the migration fails because "drops VLAN"
                """).failure();

        assertThat(message).isEqualTo("""
                The migration succeeds.
                  expected: it fails because "drops VLAN"
                  found:    VM web01 moves from host esx-a1 to host esx-b1 \
                (vMotion path esx-a1 > acc-a1 > agg-a > core1 > agg-b > acc-b1 > esx-b1)""");
    }

    @Test
    void a_failed_migration_that_no_step_expected_fails_the_scenario() {
        String message = run("""
                  Scenario: web01 to the newest host, unchecked
                    Given the topology "two-pods.yaml"
                    When VM "web01" migrates to host "esx-b2"
                    Then VLAN 110 is carried on every link between host "esx-a1" and host "esx-b1"
                """).failure();

        assertThat(message)
                .startsWith("a migration of this scenario failed, and no step expected it:\n"
                        + "  VM web01 from esx-a1 to esx-b2:\n")
                .contains("host esx-b2 has no port group \"web\"")
                .endsWith("If the failure is what you expect, say so with: Then the migration fails because \"...\"");
    }

    @Test
    void a_vm_that_loses_its_port_group_does_not_keep_its_network() {
        String message = run("""
                  Scenario: web01 to the newest host
                    Given the topology "two-pods.yaml"
                    When VM "web01" migrates to host "esx-b2"
                    Then VM "web01" keeps its layer-2 network after the move
                """).failure();

        assertThat(message).isEqualTo("""
                VM web01 (port group "web", VLAN 110) loses its layer-2 network on host esx-b2.
                  expected: host esx-b2 has port group "web" in VLAN 110
                  found:    no such port group (its port groups: db)""");
    }

    @Test
    void migrating_from_the_wrong_host_says_where_the_vm_is() {
        String message = run("""
                  Scenario: wrong source
                    Given the topology "two-pods.yaml"
                    When VM "web01" migrates from host "esx-b2" to host "esx-b1"
                """).failure();

        assertThat(message).startsWith("VM web01 is on host esx-a1, not on host esx-b2;");
    }

    @Test
    void an_unknown_vm_lists_the_closest_names() {
        String message = run("""
                  Scenario: typo
                    Given the topology "two-pods.yaml"
                    When VM "web1" migrates to host "esx-b1"
                """).failure();

        assertThat(message).isEqualTo("no VM named \"web1\" in topology two-pods (did you mean \"web01\"?)");
    }

    @Test
    void an_unknown_host_lists_the_closest_names() {
        String message = run("""
                  Scenario: typo
                    Given the topology "two-pods.yaml"
                    Then VLAN 110 is carried on every link between host "esx-a1" and host "esxb1"
                """).failure();

        assertThat(message).startsWith("no host named \"esxb1\" in topology two-pods (did you mean \"esx-b1\"");
    }

    @Test
    void keeping_the_network_needs_a_move_first() {
        String message = run("""
                  Scenario: no move
                    Given the topology "two-pods.yaml"
                    Then VM "web01" keeps its layer-2 network after the move
                """).failure();

        assertThat(message).startsWith("VM web01 has not moved in this scenario, so it has no 'after the move'");
    }

    @Test
    void a_step_before_any_topology_says_how_to_give_one() {
        String message = run("""
                  Scenario: no topology
                    When VM "web01" migrates to host "esx-b1"
                """).failure();

        assertThat(message).startsWith("this scenario has no topology yet: start it with 'Given the topology \"dc1.yaml\"'");
    }
}
