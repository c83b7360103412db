package dev.netmove.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.UnknownNameException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortGroupComparisonTest {

    private static final String ESX_B1 = "esx-b1: { role: host, cluster: prod, portGroups: { web: 110, db: 120 },";

    @Test
    void two_hosts_with_the_same_port_groups_in_the_same_vlans_are_consistent() {
        Topology topology = ProdDc.load();

        PortGroupComparison comparison = PortGroupComparison.ofHosts(topology.requireHost("esx-a1"),
                topology.requireHost("esx-b1"));

        assertThat(comparison.consistent()).isTrue();
        assertThat(comparison.hosts()).containsExactly("esx-a1", "esx-b1");
        assertThat(comparison.describeExpected()).isEqualTo("db in VLAN 120, web in VLAN 110");
    }

    @Test
    void a_port_group_missing_on_either_host_is_named_with_the_host_that_has_it() {
        Topology topology = ProdDc.with(ESX_B1, "esx-b1: { role: host, cluster: prod, portGroups: { web: 110, backup: 130 },");

        PortGroupComparison comparison = PortGroupComparison.ofHosts(topology.requireHost("esx-a1"),
                topology.requireHost("esx-b1"));

        assertThat(comparison.drifts()).extracting(PortGroupDrift::describe).containsExactly(
                "host esx-a1 has no port group \"backup\" (in VLAN 130 on esx-b1)",
                "host esx-b1 has no port group \"db\" (in VLAN 120 on esx-a1)");
        assertThat(comparison.drifts().get(0)).isEqualTo(new MissingPortGroup("esx-a1", "backup", 130, List.of("esx-b1")));
    }

    @Test
    void the_same_port_group_in_another_vlan_is_held_against_the_first_host_named() {
        Topology topology = ProdDc.with(ESX_B1, "esx-b1: { role: host, cluster: prod, portGroups: { web: 111, db: 120 },");

        PortGroupComparison forward = PortGroupComparison.ofHosts(topology.requireHost("esx-a1"),
                topology.requireHost("esx-b1"));
        PortGroupComparison backward = PortGroupComparison.ofHosts(topology.requireHost("esx-b1"),
                topology.requireHost("esx-a1"));

        assertThat(forward.drifts()).extracting(PortGroupDrift::describe).containsExactly(
                "host esx-b1 has port group \"web\" in VLAN 111, not in VLAN 110 as on esx-a1");
        assertThat(backward.drifts()).extracting(PortGroupDrift::describe).containsExactly(
                "host esx-a1 has port group \"web\" in VLAN 110, not in VLAN 111 as on esx-b1");
    }

    @Test
    void an_untagged_port_group_is_called_untagged() {
        Topology topology = ProdDc.with(ESX_B1, "esx-b1: { role: host, cluster: prod, portGroups: { web: untagged, db: 120 },");

        PortGroupComparison comparison = PortGroupComparison.ofHosts(topology.requireHost("esx-b1"),
                topology.requireHost("esx-a1"));

        assertThat(comparison.drifts()).extracting(PortGroupDrift::describe).containsExactly(
                "host esx-a1 has port group \"web\" in VLAN 110, not untagged as on esx-b1");
    }

    @Test
    void in_a_cluster_the_vlan_most_hosts_use_is_the_expected_one() {
        Topology topology = ProdDc.with("esx-a1: { role: host, cluster: prod, portGroups: { web: 110, db: 120 },",
                "esx-a1: { role: host, cluster: prod, portGroups: { web: 110, db: 121 },");

        PortGroupComparison comparison = PortGroupComparison.ofCluster(topology, "prod");

        assertThat(comparison.hosts()).containsExactly("esx-a1", "esx-a2", "esx-b1");
        assertThat(comparison.expected()).containsExactly(Map.entry("db", 120), Map.entry("web", 110));
        assertThat(comparison.drifts()).extracting(PortGroupDrift::describe).containsExactly(
                "host esx-a1 has port group \"db\" in VLAN 121, not in VLAN 120 as on esx-a2 and esx-b1");
    }

    @Test
    void the_newest_host_of_a_cluster_lacking_a_port_group_is_named() {
        Topology topology = ProdDc.with(ESX_B1, "esx-b1: { role: host, cluster: prod, portGroups: { db: 120 },");

        PortGroupComparison comparison = PortGroupComparison.ofCluster(topology, "prod");

        assertThat(comparison.consistent()).isFalse();
        assertThat(comparison.drifts()).extracting(PortGroupDrift::describe).containsExactly(
                "host esx-b1 has no port group \"web\" (in VLAN 110 on esx-a1 and esx-a2)");
    }

    @Test
    void a_tie_between_two_vlans_goes_to_the_first_host_in_file_order() {
        Topology topology = ProdDc.with(ESX_B1, "esx-b1: { role: host, cluster: test, portGroups: { lab: 301 },");

        PortGroupComparison comparison = PortGroupComparison.ofCluster(topology, "test");

        assertThat(comparison.hosts()).containsExactly("esx-b1", "esx-t1");
        assertThat(comparison.drifts()).extracting(PortGroupDrift::describe).containsExactly(
                "host esx-t1 has port group \"lab\" in VLAN 300, not in VLAN 301 as on esx-b1");
    }

    @Test
    void an_unknown_cluster_names_the_closest_and_lists_the_known_ones() {
        Topology topology = ProdDc.load();

        assertThatThrownBy(() -> PortGroupComparison.ofCluster(topology, "prd"))
                .isInstanceOf(UnknownNameException.class)
                .hasMessage("no cluster named \"prd\" in topology prod-dc (did you mean \"prod\"?); its clusters: prod, test");
        assertThatThrownBy(() -> PortGroupComparison.ofCluster(topology, "staging"))
                .hasMessage("no cluster named \"staging\" in topology prod-dc; its clusters: prod, test");
    }
}
