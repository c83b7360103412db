package dev.netmove.steps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationStepsTest {

    /**
     * Pod A (cluster pod-a, consistent) and pod B (cluster prod): esx-b1 sits in a blade chassis
     * whose switch port misses VLAN 120, and esx-b2, the newest host, lacks the web port group.
     * VLAN 130 (backup) is used in pod A only but allowed everywhere.
     */
    static final String DC = """
            topology: dc-cfg
            devices:
              core1: { role: core, vlans: "110,120,130,900" }
              agg-a: { role: aggregation, vlans: "110,120,130,900", svis: { 110: { ip: 10.1.110.2/24 } } }
              agg-b: { role: aggregation, vlans: "110,120,130,900" }
              acc-a1: { role: access, vlans: "110,120,130,900" }
              acc-b1: { role: access, vlans: "110,120,130,900" }
              esx-a1: { role: host, cluster: pod-a, portGroups: { web: 110, db: 120, backup: 130 }, vmotion: { vlan: 900, ip: 10.9.0.11/24 } }
              esx-a2: { role: host, cluster: pod-a, portGroups: { web: 110, db: 120, backup: 130 }, vmotion: { vlan: 900, ip: 10.9.0.12/24 } }
              esx-b1: { role: host, cluster: prod, portGroups: { web: 110, db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.21/24 } }
              esx-b2: { role: host, cluster: prod, portGroups: { db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.22/24 } }
            links:
              - { name: agg-a-core1, between: [agg-a:Eth1/49, core1:Eth1/1], speed: 40Gbps }
              - { name: agg-b-core1, between: [agg-b:Eth1/49, core1:Eth1/2], speed: 40Gbps }
              - { name: acc-a1-agg-a, between: [acc-a1:Eth1/49, agg-a:Eth1/1], speed: 40Gbps }
              - { name: acc-b1-agg-b, between: [acc-b1:Eth1/49, agg-b:Eth1/1], speed: 40Gbps }
              - { name: esx-a1-acc-a1, between: [esx-a1:vmnic0, acc-a1:Eth1/1], speed: 10Gbps }
              - { name: esx-a2-acc-a1, between: [esx-a2:vmnic0, acc-a1:Eth1/2], speed: 10Gbps }
              - { name: esx-b1-acc-b1, between: [esx-b1:vmnic0, { port: acc-b1:Eth1/1, vlans: "110,900" }], speed: 10Gbps }
              - { name: esx-b2-acc-b1, between: [esx-b2:vmnic0, acc-b1:Eth1/2], speed: 10Gbps }
            vms:
              web01: { host: esx-a1, portGroup: web, memory: 16GiB }
            """;

    @TempDir
    Path project;

    private FeatureProject.Outcome run(String scenarios) {
        return run(DC, scenarios);
    }

    private FeatureProject.Outcome run(String topology, String scenarios) {
        return new FeatureProject(project).file("src/test/features/dc.yaml", topology)
                .run("Feature: configuration\n\n  Background:\n    Given the topology \"dc.yaml\"\n\n" + scenarios);
    }

    private static void assertPassed(FeatureProject.Outcome outcome, int scenarios) {
        assertThat(outcome.result().failureReport()).isEmpty();
        assertThat(outcome.result().passed()).isEqualTo(scenarios);
    }

    // ---- port groups of two hosts ----------------------------------------------------------

    @Test
    void two_hosts_with_the_same_port_groups_pass() {
        assertPassed(run("""
                  Scenario: pod A hosts alike
                    Then hosts "esx-a1" and "esx-a2" have the same port groups
                  Scenario: a host is like itself
                    Then hosts "esx-b2" and "esx-b2" have the same port groups
                """), 2);
    }

    @Test
    void two_hosts_that_differ_list_every_missing_port_group_on_either_side() {
        String message = run("""
                  Scenario: across pods
                    Then hosts "esx-a1" and "esx-b2" have the same port groups
                """).failure();

        assertThat(message).isEqualTo("""
                Hosts esx-a1 and esx-b2 do not have the same port groups.
                  expected: the same port groups, in the same VLANs, on both hosts
                  found:    2 differences:
                    - host esx-b2 has no port group "backup" (in VLAN 130 on esx-a1)
                    - host esx-b2 has no port group "web" (in VLAN 110 on esx-a1)""");
    }

    @Test
    void a_port_group_in_another_vlan_names_both_vlans() {
        String topology = DC.replace("esx-b1: { role: host, cluster: prod, portGroups: { web: 110, db: 120 }",
                "esx-b1: { role: host, cluster: prod, portGroups: { web: 111, db: 120 }");

        String message = run(topology, """
                  Scenario: web in another VLAN
                    Then hosts "esx-b1" and "esx-b2" have the same port groups
                """).failure();

        assertThat(message).isEqualTo("""
                Hosts esx-b1 and esx-b2 do not have the same port groups.
                  expected: the same port groups, in the same VLANs, on both hosts
                  found:    1 difference:
                    - host esx-b2 has no port group "web" (in VLAN 111 on esx-b1)""");
        assertThat(run(topology, """
                  Scenario: web in another VLAN than pod A
                    Then hosts "esx-a1" and "esx-b1" have the same port groups
                """).failure()).isEqualTo("""
                Hosts esx-a1 and esx-b1 do not have the same port groups.
                  expected: the same port groups, in the same VLANs, on both hosts
                  found:    2 differences:
                    - host esx-b1 has no port group "backup" (in VLAN 130 on esx-a1)
                    - host esx-b1 has port group "web" in VLAN 111, not in VLAN 110 as on esx-a1""");
    }

    @Test
    void comparing_a_switch_as_a_host_lists_the_hosts_it_might_be() {
        String message = run("""
                  Scenario: typo
                    Then hosts "esx-a1" and "esx-b3" have the same port groups
                """).failure();

        assertThat(message).isEqualTo("no host named \"esx-b3\" in topology dc-cfg (did you mean \"esx-b1\" or \"esx-b2\"?)");
    }

    // ---- port groups across a cluster ------------------------------------------------------

    @Test
    void a_cluster_whose_hosts_agree_passes() {
        assertPassed(run("""
                  Scenario: pod A
                    Then every host in cluster "pod-a" has the same port groups
                """), 1);
    }

    @Test
    void a_cluster_whose_newest_host_lacks_a_port_group_names_it() {
        String message = run("""
                  Scenario: prod
                    Then every host in cluster "prod" has the same port groups
                """).failure();

        assertThat(message).isEqualTo("""
                The hosts of cluster prod do not all have the same port groups.
                  expected: every host of cluster prod (esx-b1, esx-b2) has port groups db in VLAN 120, web in VLAN 110
                  found:    1 difference:
                    - host esx-b2 has no port group "web" (in VLAN 110 on esx-b1)""");
    }

    @Test
    void an_unknown_cluster_lists_the_known_clusters() {
        FeatureProject.Outcome outcome = run("""
                  Scenario: typo
                    Then every host in cluster "prd" has the same port groups
                """);

        assertThat(outcome.failure()).isEqualTo(
                "no cluster named \"prd\" in topology dc-cfg (did you mean \"prod\"?); its clusters: pod-a, prod");
        assertThat(run("""
                  Scenario: unknown
                    Then the switch ports of every host in cluster "staging" carry the cluster's VLANs
                """).failure()).isEqualTo("no cluster named \"staging\" in topology dc-cfg; its clusters: pod-a, prod");
    }

    // ---- a cluster's VLANs on its switch ports ---------------------------------------------

    @Test
    void a_cluster_whose_switch_ports_carry_its_vlans_passes() {
        assertPassed(run("""
                  Scenario: pod A
                    Then the switch ports of every host in cluster "pod-a" carry the cluster's VLANs
                """), 1);
    }

    @Test
    void a_blade_uplink_missing_a_vlan_is_named_with_host_port_and_switch() {
        String message = run("""
                  Scenario: prod
                    Then the switch ports of every host in cluster "prod" carry the cluster's VLANs
                """).failure();

        assertThat(message).isEqualTo("""
                The switch ports of cluster prod do not carry all of the cluster's VLANs.
                  expected: every link of every host of cluster prod carries VLANs 110,120,900
                  found:    1 gap:
                    - VLAN 120 (port group "db"): host esx-b1 port vmnic0 -> switch acc-b1 port Eth1/1: \
                the switch port does not allow it (allowed there: 110,900)""");
    }

    @Test
    void every_missing_vlan_and_a_host_without_links_are_each_listed() {
        String topology = DC.replace("acc-b1: { role: access, vlans: \"110,120,130,900\" }",
                        "acc-b1: { role: access, vlans: \"110,120,130\" }")
                .replace("  - { name: esx-a2-acc-a1, between: [esx-a2:vmnic0, acc-a1:Eth1/2], speed: 10Gbps }\n", "")
                .replace("cluster: pod-a, portGroups: { web: 110, db: 120, backup: 130 }, vmotion: { vlan: 900, ip: 10.9.0.12/24 }",
                        "cluster: prod, portGroups: { web: 110, db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.12/24 }");

        String message = run(topology, """
                  Scenario: prod
                    Then the switch ports of every host in cluster "prod" carry the cluster's VLANs
                """).failure();

        assertThat(message).isEqualTo("""
                The switch ports of cluster prod do not carry all of the cluster's VLANs.
                  expected: every link of every host of cluster prod carries VLANs 110,120,900
                  found:    4 gaps:
                    - host esx-a2 has no link to any switch
                    - VLAN 120 (port group "db"): host esx-b1 port vmnic0 -> switch acc-b1 port Eth1/1: \
                the switch port does not allow it (allowed there: 110,900)
                    - VLAN 900 (vMotion): host esx-b1 port vmnic0 -> switch acc-b1 port Eth1/1: \
                switch acc-b1 does not have VLAN 900 (its VLANs: 110,120,130)
                    - VLAN 900 (vMotion): host esx-b2 port vmnic0 -> switch acc-b1 port Eth1/2: \
                switch acc-b1 does not have VLAN 900 (its VLANs: 110,120,130)""");
    }

    // ---- VLAN spread -----------------------------------------------------------------------

    @Test
    void a_vlan_within_its_budget_passes() {
        assertPassed(run("""
                  Scenario: web VLAN
                    Then VLAN 110 spans at most 5 switches
                  Scenario: an unused VLAN spans nothing
                    Then VLAN 3000 spans at most 0 switches
                """), 2);
    }

    @Test
    void a_vlan_over_its_budget_lists_the_switches_and_those_that_do_not_need_it() {
        String message = run("""
                  Scenario: backup VLAN sprawls
                    Then VLAN 130 spans at most 2 switches
                """).failure();

        assertThat(message).isEqualTo("""
                VLAN 130 spans 5 switches, more than 2.
                  expected: at most 2 switches carry VLAN 130
                  found:    5 switches: core1, agg-a, agg-b, acc-a1, acc-b1
                  unneeded: core1, agg-a, agg-b, acc-b1 carry VLAN 130 with no host port or SVI of it behind them""");
    }

    @Test
    void a_vlan_needed_everywhere_says_no_switch_is_unneeded() {
        String message = run("""
                  Scenario: web VLAN
                    Then VLAN 110 spans at most 1 switches
                """).failure();

        assertThat(message).isEqualTo("""
                VLAN 110 spans 5 switches, more than 1.
                  expected: at most 1 switch carry VLAN 110
                  found:    5 switches: core1, agg-a, agg-b, acc-a1, acc-b1
                  unneeded: none: every one has a host port or SVI of VLAN 110 behind it, or lies between two that do""");
    }

    @Test
    void a_vlan_id_out_of_range_shows_the_range() {
        assertThat(run("""
                  Scenario: bad VLAN
                    Then VLAN 5000 spans at most 2 switches
                """).failure()).startsWith("VLAN 5000 is out of range");
    }
}
