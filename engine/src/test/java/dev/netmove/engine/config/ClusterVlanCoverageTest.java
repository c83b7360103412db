package dev.netmove.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.UnknownNameException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterVlanCoverageTest {

    private static final String ESX_B1_LINK =
            "- { name: esx-b1-acc-b1, between: [esx-b1:vmnic0, acc-b1:Eth1/1], speed: 10Gbps }";
    private static final String ACC_B1 = "acc-b1: { role: access, vlans: \"110,120,300,900\" }";

    private static List<String> missing(ClusterVlanCoverage coverage) {
        return coverage.missing().stream().map(MissingVlan::describe).toList();
    }

    @Test
    void a_cluster_whose_host_links_carry_all_its_vlans_is_complete() {
        ClusterVlanCoverage coverage = ClusterVlanCoverage.of(ProdDc.load(), "prod");

        assertThat(coverage.complete()).isTrue();
        assertThat(coverage.clusterVlans()).hasToString("110,120,900");
        assertThat(coverage.usage()).containsEntry(110, "port group \"web\"").containsEntry(900, "vMotion");
        assertThat(coverage.uplinks()).extracting(uplink -> uplink.uplink().describe()).containsExactly(
                "host esx-a1 port vmnic0 -> switch acc-a1 port Eth1/1",
                "host esx-a2 port vmnic0 -> switch acc-a1 port Eth1/2",
                "host esx-b1 port vmnic0 -> switch acc-b1 port Eth1/1");
    }

    @Test
    void a_vlan_pruned_from_a_host_trunk_is_named_with_host_port_switch_and_allowed_list() {
        Topology topology = ProdDc.with(ESX_B1_LINK,
                "- { name: esx-b1-acc-b1, between: [esx-b1:vmnic0, { port: acc-b1:Eth1/1, vlans: \"110,900\" }], speed: 10Gbps }");

        ClusterVlanCoverage coverage = ClusterVlanCoverage.of(topology, "prod");

        assertThat(coverage.complete()).isFalse();
        assertThat(missing(coverage)).containsExactly("VLAN 120 (port group \"db\"): host esx-b1 port vmnic0 -> "
                + "switch acc-b1 port Eth1/1: the switch port does not allow it (allowed there: 110,900)");
        assertThat(coverage.missing().get(0).gaps()).containsExactly(PortGap.SWITCH_PORT);
        assertThat(coverage.missingVlans()).isEqualTo(VlanSet.of(120));
    }

    @Test
    void a_switch_without_the_vlan_is_named_with_its_vlans() {
        Topology topology = ProdDc.with(ACC_B1, "acc-b1: { role: access, vlans: \"110,120,300\" }");

        ClusterVlanCoverage coverage = ClusterVlanCoverage.of(topology, "prod");

        assertThat(missing(coverage)).containsExactly("VLAN 900 (vMotion): host esx-b1 port vmnic0 -> switch acc-b1 "
                + "port Eth1/1: switch acc-b1 does not have VLAN 900 (its VLANs: 110,120,300)");
    }

    @Test
    void an_access_port_carries_one_vlan_and_every_gap_is_listed() {
        Topology topology = ProdDc.with(ESX_B1_LINK,
                "- { name: esx-b1-acc-b1, between: [esx-b1:vmnic0, acc-b1:Eth1/1], speed: 10Gbps, mode: access, vlans: 110 }");

        ClusterVlanCoverage coverage = ClusterVlanCoverage.of(topology, "prod");

        assertThat(missing(coverage)).containsExactly(
                "VLAN 120 (port group \"db\"): host esx-b1 port vmnic0 -> switch acc-b1 port Eth1/1: "
                        + "the switch port is an access port in VLAN 110; the host port is an access port in VLAN 110",
                "VLAN 900 (vMotion): host esx-b1 port vmnic0 -> switch acc-b1 port Eth1/1: "
                        + "the switch port is an access port in VLAN 110; the host port is an access port in VLAN 110");
        assertThat(coverage.uplinks().get(2).carried()).isEqualTo(VlanSet.of(110));
    }

    @Test
    void a_host_side_allowed_list_is_a_gap_of_the_host_port() {
        Topology topology = ProdDc.with(ESX_B1_LINK,
                "- { name: esx-b1-acc-b1, between: [{ port: esx-b1:vmnic0, vlans: \"110,120\" }, acc-b1:Eth1/1], speed: 10Gbps }");

        ClusterVlanCoverage coverage = ClusterVlanCoverage.of(topology, "prod");

        assertThat(missing(coverage)).containsExactly("VLAN 900 (vMotion): host esx-b1 port vmnic0 -> switch acc-b1 "
                + "port Eth1/1: the host port does not allow it (allowed there: 110,120)");
        assertThat(coverage.missing().get(0).gaps()).containsExactly(PortGap.HOST_PORT);
    }

    @Test
    void every_link_of_a_dual_homed_host_is_checked_in_port_order() {
        Topology topology = ProdDc.with(ESX_B1_LINK, ESX_B1_LINK + "\n"
                + "  - { name: esx-b1-acc-b1-2, between: [esx-b1:vmnic10, { port: acc-b1:Eth1/10, vlans: \"110,120\" }], speed: 10Gbps }\n"
                + "  - { name: esx-b1-acc-b1-3, between: [esx-b1:vmnic2, acc-b1:Eth1/2], speed: 10Gbps }");

        ClusterVlanCoverage coverage = ClusterVlanCoverage.of(topology, "prod");

        assertThat(coverage.uplinks()).extracting(uplink -> uplink.uplink().hostEnd().port())
                .containsExactly("vmnic0", "vmnic0", "vmnic0", "vmnic2", "vmnic10");
        assertThat(missing(coverage)).containsExactly("VLAN 900 (vMotion): host esx-b1 port vmnic10 -> switch acc-b1 "
                + "port Eth1/10: the switch port does not allow it (allowed there: 110,120)");
    }

    @Test
    void a_routed_host_link_carries_none_of_the_vlans() {
        Topology topology = ProdDc.with(ESX_B1_LINK, ESX_B1_LINK + "\n"
                + "  - { name: esx-b1-core1, between: [esx-b1:vmnic1, core1:Eth1/9], speed: 10Gbps, mode: routed, ip: [10.0.0.0/31, 10.0.0.1/31] }");

        ClusterVlanCoverage coverage = ClusterVlanCoverage.of(topology, "prod");

        assertThat(missing(coverage)).containsExactly(
                "VLAN 110 (port group \"web\"): host esx-b1 port vmnic1 -> switch core1 port Eth1/9: link \"esx-b1-core1\" is routed",
                "VLAN 120 (port group \"db\"): host esx-b1 port vmnic1 -> switch core1 port Eth1/9: link \"esx-b1-core1\" is routed",
                "VLAN 900 (vMotion): host esx-b1 port vmnic1 -> switch core1 port Eth1/9: link \"esx-b1-core1\" is routed");
    }

    @Test
    void a_host_without_links_is_reported() {
        Topology topology = ProdDc.with(ESX_B1_LINK, "");

        ClusterVlanCoverage coverage = ClusterVlanCoverage.of(topology, "prod");

        assertThat(coverage.complete()).isFalse();
        assertThat(coverage.missing()).isEmpty();
        assertThat(coverage.hostsWithoutLinks()).containsExactly("esx-b1");
    }

    @Test
    void vlans_a_host_link_carries_that_the_cluster_does_not_use_are_extra_but_not_missing() {
        ClusterVlanCoverage coverage = ClusterVlanCoverage.of(ProdDc.load(), "test");

        assertThat(coverage.complete()).isTrue();
        assertThat(coverage.uplinks()).singleElement().satisfies(uplink -> {
            assertThat(uplink.carried()).hasToString("110,120,300,900");
            assertThat(uplink.extra()).hasToString("110,120");
            assertThat(uplink.missing()).isEqualTo(VlanSet.NONE);
        });
    }

    @Test
    void a_trunks_native_vlan_is_never_extra() {
        Topology topology = ProdDc.with(ACC_B1, "acc-b1: { role: access, vlans: \"1,110,120,300,900\" }");

        ClusterVlanCoverage coverage = ClusterVlanCoverage.of(topology, "prod");

        assertThat(coverage.uplinks().get(2).carried()).hasToString("1,110,120,300,900");
        assertThat(coverage.uplinks().get(2).extra()).hasToString("300");
    }

    @Test
    void a_vlan_shared_by_port_groups_and_vmotion_names_both_uses() {
        Topology topology = ProdDc.with("esx-b1: { role: host, cluster: prod, portGroups: { web: 110, db: 120 },",
                "esx-b1: { role: host, cluster: prod, portGroups: { web: 110, db: 120, mgmt: 900, db-old: 120 },");

        ClusterVlanCoverage coverage = ClusterVlanCoverage.of(topology, "prod");

        assertThat(coverage.usage()).containsEntry(120, "port groups \"db\" and \"db-old\"")
                .containsEntry(900, "port group \"mgmt\" and vMotion");
    }

    @Test
    void a_down_link_still_counts_because_this_is_configuration() {
        Topology topology = ProdDc.load().withLinkDown("esx-b1-acc-b1").withDeviceDown("acc-a1");

        assertThat(ClusterVlanCoverage.of(topology, "prod").complete()).isTrue();
    }

    @Test
    void an_unknown_cluster_lists_the_known_ones() {
        assertThatThrownBy(() -> ClusterVlanCoverage.of(ProdDc.load(), "Prod "))
                .isInstanceOf(UnknownNameException.class)
                .hasMessage("no cluster named \"Prod \" in topology prod-dc (did you mean \"prod\"?); its clusters: prod, test");
    }
}
