package dev.netmove.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterVlanReachTest {

    private static final String ACC_B1_UPLINK = "between: [acc-b1:Eth1/49, agg-b:Eth1/1]";

    private static ClusterVlanReach reach(Topology topology) {
        return ClusterVlanReach.of(new Layer2Analysis(topology), "prod");
    }

    @Test
    void a_cluster_whose_vlans_join_all_its_hosts_is_joined() {
        ClusterVlanReach reach = reach(ProdDc.load());

        assertThat(reach.joined()).isTrue();
        assertThat(reach.cluster()).isEqualTo("prod");
    }

    @Test
    void an_uplink_that_prunes_a_vlan_splits_the_hosts_and_names_the_port() {
        Topology topology = ProdDc.with(ACC_B1_UPLINK, "between: [{ port: acc-b1:Eth1/49, vlans: \"110,900\" }, agg-b:Eth1/1]");

        ClusterVlanReach reach = reach(topology);

        assertThat(reach.splits()).singleElement().satisfies(split -> {
            assertThat(split.vlan()).isEqualTo(120);
            assertThat(split.usage()).isEqualTo("port group \"db\"");
            assertThat(split.hostGroups()).containsExactly(List.of("esx-a1", "esx-a2"), List.of("esx-b1"));
            assertThat(split.why()).contains("acc-b1:Eth1/49").contains("120");
            assertThat(split.describe()).startsWith("VLAN 120 (port group \"db\") is split between hosts esx-a1, esx-a2 | esx-b1: ");
        });
        assertThat(reach.splitVlans()).hasToString("120");
    }

    @Test
    void a_down_link_splits_every_vlan_that_crossed_it() {
        Topology topology = ProdDc.load().withLinkDown("agg-b-core1");

        ClusterVlanReach reach = reach(topology);

        assertThat(reach.splits()).extracting(SplitVlan::vlan).containsExactly(110, 120, 900);
        assertThat(reach.splits()).allSatisfy(split -> assertThat(split.why()).contains("agg-b-core1"));
    }

    @Test
    void a_host_whose_own_port_drops_the_vlan_is_left_to_the_switch_port_check() {
        Topology topology = ProdDc.with("between: [esx-b1:vmnic0, acc-b1:Eth1/1]",
                "between: [esx-b1:vmnic0, { port: acc-b1:Eth1/1, vlans: \"110,900\" }]");

        assertThat(reach(topology).joined()).isTrue();
        assertThat(ClusterVlanCoverage.of(topology, "prod").missingVlans()).hasToString("120");
    }
}
