package dev.netmove.steps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every step that names a link finds it as a change file does: by its name, else by its ends in either order,
 * each port in any spelling of its interface; an unknown name lists the closest names first.
 */
class LinkNameStepsTest {

    /** Two access switches uplinked to an aggregation pair; the uplinks have no name, so they go by their ends. */
    static final String CAMPUS = """
            topology: campus
            devices:
              agg1: { role: aggregation, vlans: "110,900" }
              agg2: { role: aggregation, vlans: "110,900" }
              acc1: { role: access, vlans: "110,900" }
              acc2: { role: access, vlans: "110,900" }
              esx1: { role: host, cluster: prod, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.1/24 } }
              esx2: { role: host, cluster: prod, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.2/24 } }
            links:
              - { name: agg1-agg2, between: [agg1:Eth1/1, agg2:Eth1/1], speed: 40Gbps }
              - { between: [acc1:Fo1/0/49, agg1:FortyGigabitEthernet1/0/1], speed: 40Gbps }
              - { between: [acc2:Fo1/0/49, agg2:FortyGigabitEthernet1/0/1], speed: 40Gbps }
              - { between: [esx1:vmnic0, acc1:Eth1/1], speed: 10Gbps }
              - { between: [esx2:vmnic0, acc2:Eth1/1], speed: 10Gbps }
            vms:
              web01: { host: esx1, portGroup: web, memory: 16GiB }
            """;

    /** acc2's uplink, its ends reversed and both ports abbreviated. */
    private static final String REVERSED = "agg2:Fo1/0/1--acc2:Fo1/0/49";

    @TempDir
    Path project;

    private FeatureProject.Outcome run(String scenarios) {
        return new FeatureProject(project).file("src/test/features/campus.yaml", CAMPUS)
                .run("Feature: links by their ends\n\n  Background:\n    Given the topology \"campus.yaml\"\n\n"
                        + scenarios);
    }

    @Test
    void a_link_named_by_its_reversed_ends_with_abbreviated_ports_is_found_by_every_link_step() {
        FeatureProject.Outcome outcome = run("""
                  Scenario: down
                    Given link "%1$s" is down
                    When VM "web01" migrates to host "esx2"
                    Then the migration fails because "VLAN 110"
                  Scenario: pruned
                    Given VLAN 110 is removed from link "%1$s"
                    When VM "web01" migrates to host "esx2"
                    Then the migration fails because "VLAN 110"
                  Scenario: slower, busier, limited
                    Given link "%1$s" runs at 20 Gbps
                    And link "%1$s" already carries 1 Gbps
                    And vMotion traffic is limited to 50%% of link "%1$s"
                    When VM "web01" migrates to host "esx2"
                    Then the migration succeeds
                    And link "%1$s" stays below 50%% utilization
                """.formatted(REVERSED));

        assertThat(outcome.result().passed()).isEqualTo(2);
        // 1Gbps background + 10Gbps (the 50% QoS limit of 20Gbps): all three what-ifs took hold
        assertThat(outcome.failure()).startsWith("Link \"acc2:Fo1/0/49--agg2:FortyGigabitEthernet1/0/1\" reaches 55% "
                        + "utilization.")
                .contains("1Gbps background + 10Gbps migration traffic (VM web01) on 20Gbps");
    }

    @Test
    void a_failure_names_the_link_found_by_its_name() {
        assertThat(run("""
                  Scenario: a VLAN the switches lack
                    Given VLAN 120 is added to link "%s"
                """.formatted(REVERSED)).failure())
                .startsWith("VLAN 120 cannot be added to link acc2:Fo1/0/49--agg2:FortyGigabitEthernet1/0/1: device ");
        assertThat(run("""
                  Scenario: busier than it is fast
                    Given link "%s" already carries 50 Gbps
                """.formatted(REVERSED)).failure())
                .startsWith("link \"acc2:Fo1/0/49--agg2:FortyGigabitEthernet1/0/1\" runs at 40Gbps");
    }

    @Test
    void an_unknown_link_lists_the_closest_names_first() {
        assertThat(run("""
                  Scenario: typo
                    Given link "acc2-agg2" is down
                """).failure()).isEqualTo("no link named \"acc2-agg2\" in topology campus (known: "
                + "acc2:Fo1/0/49--agg2:FortyGigabitEthernet1/0/1, agg1-agg2, esx2:vmnic0--acc2:Eth1/1, "
                + "esx1:vmnic0--acc1:Eth1/1, acc1:Fo1/0/49--agg1:FortyGigabitEthernet1/0/1)");
    }
}
