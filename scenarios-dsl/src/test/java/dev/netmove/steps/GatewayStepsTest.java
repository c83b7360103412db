package dev.netmove.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway and flow steps, each passing and failing through the real runner, failure messages asserted. */
class GatewayStepsTest {

    /** Two sites joined by link "dci" whose FHRP hellos are filtered; each routes out through its own firewall. */
    private static final Path TWO_SITES =
            Path.of(URI.create(
                GatewayStepsTest.class.getResource("/test-topologies/gateways/two-sites.yaml").toString()));

    /** Two pods under one core; HSRP at aggregation, agg1 (pod A) active for both VLANs; a firewall behind the core. */
    static final String THREE_TIER = """
            topology: three-tier
            devices:
              core1: { role: core, vlans: "110,120,900", stp: { priority: 4096 } }
              agg1:
                role: aggregation
                pod: a
                vlans: "110,120,900"
                svis:
                  110: { ip: 10.1.110.2/24, hsrp: { group: 110, vip: 10.1.110.1, priority: 110 } }
                  120: { ip: 10.1.120.2/24, hsrp: { group: 120, vip: 10.1.120.1, priority: 110 } }
              agg2:
                role: aggregation
                pod: b
                vlans: "110,120,900"
                svis:
                  110: { ip: 10.1.110.3/24, hsrp: { group: 110, vip: 10.1.110.1 } }
                  120: { ip: 10.1.120.3/24, hsrp: { group: 120, vip: 10.1.120.1 } }
              acc-a1: { role: access, pod: a, vlans: "110,120,900" }
              acc-b1: { role: access, pod: b, vlans: "110,120,900" }
              fw1: { role: firewall }
              esx-a1:
                role: host
                cluster: prod
                portGroups: { web: 110, db: 120 }
                vmotion: { vlan: 900, ip: 10.9.0.11/24 }
              esx-b1:
                role: host
                cluster: prod
                portGroups: { web: 110, db: 120 }
                vmotion: { vlan: 900, ip: 10.9.0.21/24 }
            links:
              - { name: agg1-core1, between: [agg1:Eth1/49, core1:Eth1/1], speed: 40Gbps, latency: 10us }
              - { name: agg2-core1, between: [agg2:Eth1/49, core1:Eth1/2], speed: 40Gbps, latency: 10us }
              - { name: acc-a1-agg1, between: [acc-a1:Eth1/49, agg1:Eth1/1], speed: 40Gbps }
              - { name: acc-b1-agg2, between: [acc-b1:Eth1/49, agg2:Eth1/1], speed: 40Gbps }
              - { name: esx-a1-acc-a1, between: [esx-a1:vmnic0, acc-a1:Eth1/1], speed: 10Gbps }
              - { name: esx-b1-acc-b1, between: [esx-b1:vmnic0, acc-b1:Eth1/1], speed: 10Gbps }
              - { name: agg1-fw1, between: [agg1:Eth1/50, fw1:eth0], speed: 10Gbps, mode: routed, ip: [10.0.0.0/31, 10.0.0.1/31] }
            vms:
              web01: { host: esx-a1, portGroup: web, ip: 10.1.110.21, memory: 4GiB }
              db01: { host: esx-a1, portGroup: db, ip: 10.1.120.21, memory: 4GiB }
            """;

    @TempDir
    Path project;

    private FeatureProject.Outcome run(String steps) {
        return new FeatureProject(project).file("src/test/features/three-tier.yaml", THREE_TIER)
                .run("Feature: gateways\n\n  Scenario: the scenario\n    Given the topology \"three-tier.yaml\"\n" + steps);
    }

    private void passes(String steps) {
        FeatureProject.Outcome outcome = run(steps);
        assertThat(outcome.result().failureReport()).isEmpty();
        assertThat(outcome.result().passed()).isEqualTo(1);
    }

    @Test
    void a_vm_moved_to_another_pod_crosses_the_core_to_its_gateway() {
        passes("""
                    When VM "web01" migrates to host "esx-b1"
                    Then the migration succeeds
                    And traffic from VM "web01" to its default gateway crosses the core
                    And the default gateway of VM "web01" is served by "agg1"
                """);
        assertThat(run("""
                    When VM "web01" migrates to host "esx-b1"
                    Then traffic from VM "web01" to its default gateway does not cross the core
                """).failure()).isEqualTo("""
                Traffic from VM web01 to its default gateway crosses the core.
                  expected: a path to the gateway that stays out of the core
                  found:    once (core1)
                  why:      agg1 is HSRP active for group 110: priority 110 beats agg2's 100
                  before:   esx-a1 > acc-a1 > agg1
                  after:    esx-b1 > acc-b1 > agg2 > core1 > agg1""");
    }

    @Test
    void two_moved_vms_that_talk_cross_the_core_twice() {
        passes("""
                    When these migrations run at the same time:
                      | vm    | to     |
                      | web01 | esx-b1 |
                      | db01  | esx-b1 |
                    Then traffic from VM "web01" to "db01" crosses the core at most 2 times
                    And traffic from VM "web01" to "db01" follows "esx-b1 > acc-b1 > agg2 > core1 > agg1 > core1 > agg2 > acc-b1 > esx-b1"
                """);
        assertThat(run("""
                    When these migrations run at the same time:
                      | vm    | to     |
                      | web01 | esx-b1 |
                      | db01  | esx-b1 |
                    Then traffic from VM "web01" to "db01" crosses the core at most 1 time
                """).failure()).isEqualTo("""
                Traffic from VM web01 to db01 crosses the core twice, more than once.
                  expected: at most once
                  found:    twice (core1, core1)
                  why:      agg1 is HSRP active for group 110: priority 110 beats agg2's 100
                  before:   esx-a1 > acc-a1 > agg1 > acc-a1 > esx-a1
                  after:    esx-b1 > acc-b1 > agg2 > core1 > agg1 > core1 > agg2 > acc-b1 > esx-b1""");
    }
    @Test
    void the_gateway_is_served_by_the_hsrp_active_and_a_wrong_name_shows_the_election() {
        passes("    Then the default gateway of VM \"web01\" is served by \"agg1\"\n");
        assertThat(run("    Then the default gateway of VM \"web01\" is served by \"agg2\"\n").failure()).isEqualTo("""
                The default gateway of VM web01 is served by agg1, not agg2.
                  expected: agg2
                  found:    agg1 (HSRP)
                  why:      agg1 is HSRP active for group 110: priority 110 beats agg2's 100
                  before:   esx-a1 > acc-a1 > agg1
                  after:    esx-a1 > acc-a1 > agg1""");
    }

    @Test
    void a_vm_next_to_its_gateway_does_not_cross_the_core_and_a_check_that_it_does_fails() {
        passes("    Then traffic from VM \"web01\" to its default gateway does not cross the core\n");
        assertThat(run("    Then traffic from VM \"web01\" to its default gateway crosses the core\n").failure())
                .startsWith("""
                        Traffic from VM web01 to its default gateway does not cross the core.
                          expected: a path to the gateway through the core
                          found:    no core device on the path""");
    }

    @Test
    void hops_to_the_gateway_count_every_device_after_the_host() {
        passes("""
                    When VM "web01" migrates to host "esx-b1"
                    Then traffic from VM "web01" to its default gateway takes at most 4 hops
                """);
        assertThat(run("""
                    When VM "web01" migrates to host "esx-b1"
                    Then traffic from VM "web01" to its default gateway takes at most 2 hops
                """).failure()).startsWith("""
                Traffic from VM web01 to its default gateway takes 4 hops, more than 2.
                  expected: at most 2 hops
                  found:    4 hops""").endsWith("after:    esx-b1 > acc-b1 > agg2 > core1 > agg1");
    }

    @Test
    void a_path_that_differs_from_the_one_given_shows_both() {
        passes("    Then traffic from VM \"web01\" to \"fw1\" follows \"esx-a1 > acc-a1 > agg1 > fw1\"\n");
        assertThat(run("    Then traffic from VM \"web01\" to \"fw1\" follows \"esx-a1 > agg1 > fw1\"\n").failure())
                .isEqualTo("""
                        Traffic from VM web01 to fw1 does not follow the path given.
                          expected: esx-a1 > agg1 > fw1
                          found:    esx-a1 > acc-a1 > agg1 > fw1
                          why:      agg1 is HSRP active for group 110: priority 110 beats agg2's 100
                          before:   esx-a1 > acc-a1 > agg1 > fw1
                          after:    esx-a1 > acc-a1 > agg1 > fw1""");
    }

    @Test
    void a_path_naming_an_unknown_device_lists_the_closest_names() {
        assertThat(run("    Then traffic from VM \"web01\" to \"fw1\" follows \"esx-a1 > acc-a > agg1 > fw1\"\n")
                .failure()).startsWith("no device named \"acc-a\" in topology three-tier (did you mean \"acc-a1\"");
    }

    @Test
    void the_extra_latency_after_the_move_is_the_detour_through_the_core() {
        // the trombone adds acc-b1, agg2, core1 (5us + 10us + 10us) against acc-a1 (5us): 20us more
        passes("""
                    When VM "web01" migrates to host "esx-b1"
                    Then traffic from VM "web01" to "fw1" takes at most 20 us longer than before the move
                """);
        assertThat(run("""
                    When VM "web01" migrates to host "esx-b1"
                    Then traffic from VM "web01" to "fw1" takes at most 10 us longer than before the move
                """).failure()).isEqualTo("""
                Traffic from VM web01 to fw1 takes 20us longer than before the move, more than 10us.
                  expected: at most 10us more than 15us
                  found:    35us (15us before the move, one way)
                  why:      agg1 is HSRP active for group 110: priority 110 beats agg2's 100
                  before:   esx-a1 > acc-a1 > agg1 > fw1
                  after:    esx-b1 > acc-b1 > agg2 > core1 > agg1 > fw1""");
    }

    @Test
    void traffic_through_one_firewall_both_ways_is_symmetric() {
        passes("""
                    When VM "web01" migrates to host "esx-b1"
                    Then traffic between VM "web01" and "fw1" is symmetric
                """);
    }

    @Test
    void with_fhrp_isolation_a_moved_vm_leaves_through_one_firewall_and_comes_back_through_the_other()
            throws IOException {
        // the acceptance feature's own design, so the two cannot drift apart
        FeatureProject project = new FeatureProject(this.project)
                .file("src/test/features/two-sites.yaml", Files.readString(TWO_SITES));
        String scenario = "Feature: sites\n\n  Scenario: the scenario\n    Given the topology \"two-sites.yaml\"\n";
        FeatureProject.Outcome before = project.run(scenario + "    Then traffic between VM \"web01\" and \"wan\" is symmetric\n");
        assertThat(before.result().failureReport()).isEmpty();
        assertThat(project.run(scenario + """
                    When VM "web01" migrates to host "esx2"
                    Then traffic between VM "web01" and "wan" is symmetric
                """).failure()).isEqualTo("""
                Traffic between VM web01 and wan is not symmetric: the way back passes other firewalls than the way out.
                  expected: the same firewalls both ways
                  found:    out through fw2, back through fw1
                  why:      agg2 is HSRP active for group 110: the only HSRP router of VLAN 110 in its hello domain (FHRP hellos are dropped on link dci, so this side elects its own)
                            traffic for VM web01 enters VLAN 110 at agg1, nearest of agg1, agg2 to wan
                  out:      esx2 > agg2 > fw2 > wan
                  back:     wan > fw1 > agg1 > agg2 > esx2""");
    }

    @Test
    void the_core_carries_the_declared_flows_once_more_for_each_extra_crossing() {
        passes("""
                    Given VM "web01" talks to "db01" at 300 Mbps
                    When these migrations run at the same time:
                      | vm    | to     |
                      | web01 | esx-b1 |
                      | db01  | esx-b1 |
                    Then the core carries at most 600 Mbps more traffic after the move
                """);
        assertThat(run("""
                    Given VM "web01" talks to "db01" at 300 Mbps
                    When these migrations run at the same time:
                      | vm    | to     |
                      | web01 | esx-b1 |
                      | db01  | esx-b1 |
                    Then the core carries at most 500 Mbps more traffic after the move
                """).failure()).isEqualTo("""
                The core carries 600Mbps more traffic after the move, more than 500Mbps.
                  expected: at most 500Mbps more
                  found:    web01 -> db01 at 300Mbps: twice more = 600Mbps
                  flow:     web01 -> db01
                  before:   esx-a1 > acc-a1 > agg1 > acc-a1 > esx-a1
                  after:    esx-b1 > acc-b1 > agg2 > core1 > agg1 > core1 > agg2 > acc-b1 > esx-b1""");
    }

    @Test
    void the_core_step_without_any_flow_says_how_to_declare_one() {
        assertThat(run("    Then the core carries at most 1 Gbps more traffic after the move\n").failure())
                .startsWith("this scenario has no flows: list them under flows: in the topology");
    }

    @Test
    void a_flow_to_an_unknown_peer_lists_the_closest_names() {
        assertThat(run("    Given VM \"web01\" talks to \"db1\" at 300 Mbps\n").failure())
                // a flow goes to a VM or a device: the message names both kinds, and the closest of both
                .isEqualTo("no VM or device named \"db1\" in topology three-tier (did you mean \"db01\"?)");
    }

    @Test
    void a_change_that_re_hosts_a_vm_in_the_other_pod_adds_its_core_crossing() {
        String message = run("""
                    Given the change:
                      \"""
                      change: CR-77 web01 to pod B
                      vms:
                        web01: { host: esx-b1 }
                      \"""
                    Then the change adds no core crossing to any VM's path to its default gateway
                """).failure();
        assertThat(message).startsWith("The change adds core crossings to 1 VM's path to the default gateway.")
                .contains("VM web01: crosses the core 1 time(s) after the change, 0 before; path after: esx-b1 > acc-b1 > agg2 > core1 > agg1");
    }

    @Test
    void a_migration_of_the_scenario_is_no_part_of_the_change() {
        passes("""
                    Given the change:
                      \"""
                      change: CR-78 a harmless priority
                      devices:
                        agg1: { svis: { 110: { hsrp: { priority: 120 } } } }
                      \"""
                    When VM "web01" migrates to host "esx-b1"
                    Then the change adds no core crossing to any VM's path to its default gateway
                """);
    }
}
