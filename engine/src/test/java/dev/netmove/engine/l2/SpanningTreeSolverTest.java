package dev.netmove.engine.l2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanningTreeSolverTest {

    private static final String TRIANGLE = """
            topology: triangle
            devices:
              sw-a: { role: access, vlans: "10,20" }
              sw-b: { role: access, vlans: "10,20", stp: { priority: 32768, vlans: { 20: 4096 } } }
              sw-c: { role: access, vlans: "10,20" }
            links:
              - { name: a-b, between: [sw-a:Eth1/1, sw-b:Eth1/1], speed: 10Gbps }
              - { name: b-c, between: [sw-b:Eth1/2, sw-c:Eth1/2], speed: 10Gbps }
              - { name: a-c, between: [sw-a:Eth1/2, sw-c:Eth1/1], speed: 10Gbps }
            """;

    private static final String TWO_TIER = """
            topology: two-tier
            devices:
              core1: { role: core, vlans: "110", stp: { priority: 4096 } }
              core2: { role: core, vlans: "110", stp: { priority: 8192 } }
              acc1: { role: access, vlans: "110" }
              acc2: { role: access, vlans: "110" }
              esx1: { role: host, portGroups: { web: 110 } }
              esx2: { role: host, portGroups: { web: 110 } }
            links:
              - { name: core1-core2, between: [core1:Eth1/1, core2:Eth1/1], speed: 40Gbps }
              - { name: acc1-core1, between: [acc1:Eth1/49, core1:Eth1/2], speed: 10Gbps }
              - { name: acc1-core2, between: [acc1:Eth1/50, core2:Eth1/2], speed: 10Gbps }
              - { name: acc2-core1, between: [acc2:Eth1/49, core1:Eth1/3], speed: 10Gbps }
              - { name: acc2-core2, between: [acc2:Eth1/50, core2:Eth1/3], speed: 10Gbps }
              - { name: esx1-acc1, between: [esx1:vmnic0, acc1:Eth1/1], speed: 10Gbps }
              - { name: esx2-acc2, between: [esx2:vmnic0, acc2:Eth1/1], speed: 10Gbps }
            """;

    private static Layer2Analysis layer2(String yaml) {
        return new Layer2Analysis(TwoPods.load(yaml));
    }

    private static List<String> blocked(SpanningTree tree) {
        return tree.blockedPorts().stream().map(p -> p.end().endpoint()).toList();
    }

    private static String path(Layer2Analysis layer2, int vlan, String from, String to) {
        return layer2.reach(vlan, from, to).toString();
    }

    // ---- a triangle ------------------------------------------------------------------------

    @Test
    void in_a_triangle_the_lowest_name_is_root_and_the_link_between_the_others_is_blocked_at_the_higher_name() {
        Layer2Analysis layer2 = layer2(TRIANGLE);
        SpanningTree tree = layer2.spanningTree(10);

        assertThat(tree.root()).hasValue("sw-a");
        assertThat(tree.rootPathCost("sw-b")).hasValue(2_000);
        Topology topology = layer2.topology();
        assertThat(tree.portRole(topology.requireLink("a-b"), "sw-b")).hasValue(PortRole.ROOT);
        assertThat(tree.portRole(topology.requireLink("a-b"), "sw-a")).hasValue(PortRole.DESIGNATED);
        // b-c: both ends cost 2,000 to the root; sw-b has the lower bridge ID, so its end is designated
        assertThat(tree.portRole(topology.requireLink("b-c"), "sw-b")).hasValue(PortRole.DESIGNATED);
        assertThat(tree.portRole(topology.requireLink("b-c"), "sw-c")).hasValue(PortRole.ALTERNATE);
        assertThat(blocked(tree)).containsExactly("sw-c:Eth1/2");
        assertThat(tree.forwardingLinks()).extracting(Link::name).containsExactly("a-b", "a-c");
        assertThat(path(layer2, 10, "sw-b", "sw-c")).isEqualTo("sw-b > sw-a > sw-c");
    }

    @Test
    void a_per_vlan_priority_makes_another_root_in_that_vlan_only() {
        Layer2Analysis layer2 = layer2(TRIANGLE);

        SpanningTree vlan20 = layer2.spanningTree(20);

        assertThat(vlan20.root()).hasValue("sw-b");
        assertThat(vlan20.rootBridge()).map(StpBridge::toString).hasValue("sw-b (priority 4096)");
        assertThat(blocked(vlan20)).containsExactly("sw-c:Eth1/1");
        assertThat(path(layer2, 20, "sw-a", "sw-c")).isEqualTo("sw-a > sw-b > sw-c");
        assertThat(layer2.spanningTree(10).root()).hasValue("sw-a");
    }

    @Test
    void a_slow_link_loses_the_root_port_to_a_faster_way_round() {
        Layer2Analysis layer2 = layer2(TRIANGLE.replace(
                "{ name: a-c, between: [sw-a:Eth1/2, sw-c:Eth1/1], speed: 10Gbps }",
                "{ name: a-c, between: [sw-a:Eth1/2, sw-c:Eth1/1], speed: 1Gbps }"));
        SpanningTree tree = layer2.spanningTree(10);

        // sw-c: 20,000 straight to the root, 2,000 + 2,000 through sw-b
        assertThat(tree.rootPathCost("sw-c")).hasValue(4_000);
        assertThat(blocked(tree)).containsExactly("sw-c:Eth1/1");
        assertThat(tree.ports()).filteredOn(p -> p.link().name().equals("a-c")).extracting(StpPort::cost)
                .containsExactly(20_000L, 20_000L);
        assertThat(path(layer2, 10, "sw-a", "sw-c")).isEqualTo("sw-a > sw-b > sw-c");
    }

    @Test
    void equal_cost_ties_go_to_the_neighbours_lowest_port_then_our_own() {
        Layer2Analysis layer2 = layer2("""
                topology: parallel
                devices:
                  core1: { role: core, vlans: "10", stp: { priority: 4096 } }
                  acc1: { role: access, vlans: "10" }
                links:
                  - { name: upper, between: [acc1:Eth1/49, core1:Eth1/2], speed: 10Gbps }
                  - { name: lower, between: [acc1:Eth1/50, core1:Eth1/1], speed: 10Gbps }
                """);
        SpanningTree tree = layer2.spanningTree(10);

        // as on a switch: the designated (sending) port ID decides before the receiving port's
        assertThat(tree.portRole(layer2.topology().requireLink("lower"), "acc1")).hasValue(PortRole.ROOT);
        assertThat(blocked(tree)).containsExactly("acc1:Eth1/49");
        assertThat(((Layer2Path) layer2.reach(10, "acc1", "core1")).links()).extracting(Link::name)
                .containsExactly("lower");
    }

    // ---- two tiers, dual-homed access ------------------------------------------------------

    @Test
    void dual_homed_access_switches_block_their_uplink_to_the_secondary_root() {
        Layer2Analysis layer2 = layer2(TWO_TIER);
        SpanningTree tree = layer2.spanningTree(110);

        assertThat(tree.root()).hasValue("core1");
        assertThat(tree.rootPathCost("core2")).hasValue(500);
        assertThat(tree.rootPathCost("acc1")).hasValue(2_000);
        assertThat(blocked(tree)).containsExactly("acc1:Eth1/50", "acc2:Eth1/50");
        assertThat(tree.blockedPorts()).first().hasToString(
                "acc1:Eth1/50 of link \"acc1-core2\": alternate (blocked), cost 2000");
        assertThat(tree.portRole(layer2.topology().requireLink("esx1-acc1"), "acc1")).hasValue(PortRole.DESIGNATED);
        assertThat(tree.portRole(layer2.topology().requireLink("esx1-acc1"), "esx1")).isEmpty();
        assertThat(path(layer2, 110, "esx1", "esx2")).isEqualTo("esx1 > acc1 > core1 > acc2 > esx2");
    }

    @Test
    void the_blocked_uplink_takes_over_when_the_primary_fails() {
        Topology topology = TwoPods.load(TWO_TIER).withLinkDown("acc1-core1");
        Layer2Analysis layer2 = new Layer2Analysis(topology);
        SpanningTree tree = layer2.spanningTree(110);

        assertThat(tree.portRole(topology.requireLink("acc1-core2"), "acc1")).hasValue(PortRole.ROOT);
        assertThat(tree.rootPathCost("acc1")).hasValue(2_500);
        assertThat(blocked(tree)).containsExactly("acc2:Eth1/50");
        assertThat(path(layer2, 110, "esx1", "esx2")).isEqualTo("esx1 > acc1 > core2 > core1 > acc2 > esx2");
    }

    @Test
    void the_fewest_hop_path_ignores_what_spanning_tree_blocks() {
        // esx1 > acc1 > core2 > acc2 > esx2 has as few hops, but acc1 blocks its port to core2
        Topology topology = TwoPods.load(TWO_TIER.replace("core1: { role: core, vlans: \"110\", stp: { priority: 4096 } }",
                "core1: { role: core, vlans: \"110\", stp: { priority: 8192 } }").replace(
                "core2: { role: core, vlans: \"110\", stp: { priority: 8192 } }",
                "core2: { role: core, vlans: \"110\", stp: { priority: 4096 } }"));

        assertThat(new Layer2Analysis(topology).reach(110, "esx1", "esx2")).hasToString("esx1 > acc1 > core2 > acc2 > esx2");
        assertThat(new Layer2Analysis(topology, FewestHopsPathSelector.INSTANCE).reach(110, "esx1", "esx2"))
                .hasToString("esx1 > acc1 > core1 > acc2 > esx2");
    }

    // ---- a split after a failure -----------------------------------------------------------

    @Test
    void a_failure_that_cuts_a_switch_off_gives_it_its_own_tree_and_names_the_failure() {
        Topology topology = TwoPods.load(TWO_TIER).withDeviceDown("core1").withLinkDown("acc2-core2");
        Layer2Analysis layer2 = new Layer2Analysis(topology);
        SpanningTree tree = layer2.spanningTree(110);

        assertThat(tree.roots()).extracting(StpBridge::name).containsExactly("core2", "acc2");
        assertThat(tree.rootOf("acc1")).hasValue("core2");
        assertThat(tree.rootOf("acc2")).hasValue("acc2");
        assertThat(tree.root()).hasValue("core2");
        assertThat(tree.blockedPorts()).isEmpty();
        VlanBlocked blocked = (VlanBlocked) layer2.reach(110, "esx1", "esx2");
        // the first failure on the path the VLAN took with everything up
        assertThat(blocked.drop().describe()).isEqualTo("device core1 is down");
        assertThat(String.join(" > ", blocked.triedDevices())).isEqualTo("esx1 > acc1 > core1 > acc2 > esx2");
        assertThat(((VlanBlocked) layer2.reach(110, "esx1", "acc2")).drop().describe()).isEqualTo("device core1 is down");
    }

    @Test
    void a_down_link_that_splits_the_vlan_is_named_even_when_another_way_is_pruned() {
        Topology topology = TwoPods.load(TWO_TIER.replace("between: [acc2:Eth1/50, core2:Eth1/3]",
                "between: [{port: acc2:Eth1/50, vlans: 1}, core2:Eth1/3]")).withLinkDown("acc2-core1");

        VlanBlocked blocked = (VlanBlocked) new Layer2Analysis(topology).reach(110, "esx1", "esx2");

        assertThat(blocked.drop().describe()).isEqualTo("link \"acc2-core1\" is down");
    }

    // ---- a port-channel --------------------------------------------------------------------

    @Test
    void a_port_channel_is_one_port_costed_by_its_summed_speed_and_a_stream_uses_its_lowest_member() {
        Layer2Analysis layer2 = layer2("""
                topology: lag
                devices:
                  sw1: { role: aggregation, vlans: "10", stp: { priority: 4096 } }
                  sw2: { role: access, vlans: "10" }
                  sw3: { role: access, vlans: "10" }
                links:
                  - { name: po1-c, between: [sw1:Eth1/3, sw2:Eth1/3], speed: 10Gbps, lag: po1 }
                  - { name: po1-a, between: [sw1:Eth1/1, sw2:Eth1/1], speed: 10Gbps, lag: po1 }
                  - { name: po1-b, between: [sw1:Eth1/2, sw2:Eth1/2], speed: 10Gbps, lag: po1 }
                  - { name: sw1-sw3, between: [sw1:Eth1/10, sw3:Eth1/1], speed: 40Gbps }
                  - { name: sw3-sw2, between: [sw3:Eth1/2, sw2:Eth1/10], speed: 40Gbps }
                """);
        SpanningTree tree = layer2.spanningTree(10);

        // 30Gbps costs 666: cheaper than 500 + 500 through sw3 (one 10Gbps member alone would cost 2,000)
        assertThat(tree.rootPathCost("sw2")).hasValue(666);
        assertThat(tree.ports()).filteredOn(p -> p.device().equals("sw2") && p.link().lag().isPresent())
                .extracting(p -> p.end().port() + " " + p.role() + " " + p.cost())
                .containsExactly("Eth1/3 root 666", "Eth1/1 root 666", "Eth1/2 root 666");
        assertThat(blocked(tree)).containsExactly("sw2:Eth1/10");
        Layer2Path path = (Layer2Path) layer2.reach(10, "sw2", "sw1");
        assertThat(path.links()).extracting(Link::name).containsExactly("po1-a");
    }

    @Test
    void a_port_channel_whose_members_are_down_is_costed_by_the_members_left() {
        Topology topology = TwoPods.load("""
                topology: lag
                devices:
                  sw1: { role: aggregation, vlans: "10", stp: { priority: 4096 } }
                  sw2: { role: access, vlans: "10" }
                links:
                  - { name: po1-a, between: [sw1:Eth1/1, sw2:Eth1/1], speed: 10Gbps, lag: po1 }
                  - { name: po1-b, between: [sw1:Eth1/2, sw2:Eth1/2], speed: 10Gbps, lag: po1 }
                """).withLinkDown("po1-a");
        Layer2Analysis layer2 = new Layer2Analysis(topology);

        assertThat(layer2.spanningTree(10).rootPathCost("sw2")).hasValue(2_000);
        assertThat(((Layer2Path) layer2.reach(10, "sw2", "sw1")).links()).extracting(Link::name).containsExactly("po1-b");
    }

    // ---- a vPC pair ------------------------------------------------------------------------

    private static final String VPC = """
            topology: vpc
            devices:
              agg1: { role: aggregation, vlans: "110", stp: { priority: 8192 }, vpc: { peer: agg2 } }
              agg2: { role: aggregation, vlans: "110", stp: { priority: 4096 }, vpc: { peer: agg1 } }
              acc1: { role: access, vlans: "110" }
              acc2: { role: access, vlans: "110" }
              esx1: { role: host, portGroups: { web: 110 } }
              esx2: { role: host, portGroups: { web: 110 } }
              esx3: { role: host, portGroups: { web: 110 } }
            links:
              - { name: peer-link, between: [agg1:Eth1/53, agg2:Eth1/53], speed: 100Gbps }
              - { name: acc1-agg2, between: [acc1:Eth1/50, agg2:Eth1/1], speed: 40Gbps, lag: po20 }
              - { name: acc1-agg1, between: [acc1:Eth1/49, agg1:Eth1/1], speed: 40Gbps, lag: po10 }
              - { name: acc2-agg1, between: [acc2:Eth1/49, agg1:Eth1/2], speed: 40Gbps }
              - { name: acc2-agg2, between: [acc2:Eth1/50, agg2:Eth1/2], speed: 40Gbps }
              - { name: esx1-acc1, between: [esx1:vmnic0, acc1:Eth1/1], speed: 10Gbps }
              - { name: esx2-acc2, between: [esx2:vmnic0, acc2:Eth1/1], speed: 10Gbps }
              - { name: esx3-agg2, between: [esx3:vmnic0, agg2:Eth1/10], speed: 10Gbps }
            """;

    @Test
    void a_vpc_pair_is_one_bridge_and_blocks_nothing_on_its_multi_chassis_port_channels() {
        Layer2Analysis layer2 = layer2(VPC);
        SpanningTree tree = layer2.spanningTree(110);

        assertThat(tree.rootBridge()).map(StpBridge::toString).hasValue("vPC pair agg1+agg2 (priority 4096)");
        assertThat(tree.root()).hasValue("agg1");
        assertThat(tree.rootOf("acc2")).hasValue("agg1");
        assertThat(tree.blockedPorts()).isEmpty();
        // each access switch's links to both peers are one 80Gbps port-channel
        assertThat(tree.rootPathCost("acc1")).hasValue(250);
        assertThat(tree.portRole(layer2.topology().requireLink("acc1-agg2"), "acc1")).hasValue(PortRole.ROOT);
        assertThat(tree.portRole(layer2.topology().requireLink("acc1-agg1"), "acc1")).hasValue(PortRole.ROOT);
        assertThat(tree.portRole(layer2.topology().requireLink("peer-link"), "agg2")).hasValue(PortRole.PEER_LINK);
    }

    @Test
    void one_lag_name_to_both_peers_of_a_vpc_pair_is_the_same_multi_chassis_port_channel() {
        // engineers usually give the vPC port-channel one name on the access switch: po10 to agg1 and agg2
        Layer2Analysis layer2 = layer2(VPC.replace("lag: po20", "lag: po10"));
        SpanningTree tree = layer2.spanningTree(110);

        assertThat(tree.blockedPorts()).isEmpty();
        assertThat(tree.rootPathCost("acc1")).hasValue(250);
        assertThat(path(layer2, 110, "esx1", "esx2")).isEqualTo("esx1 > acc1 > agg1 > acc2 > esx2");
    }

    @Test
    void a_vpc_pair_forwards_on_the_switch_the_frame_reached_and_crosses_the_peer_link_only_to_an_orphan_port() {
        Layer2Analysis layer2 = layer2(VPC);

        // acc1 sends on its lowest port (Eth1/49, to agg1); agg1 has a member towards acc2 itself
        assertThat(path(layer2, 110, "esx1", "esx2")).isEqualTo("esx1 > acc1 > agg1 > acc2 > esx2");
        // esx3 hangs off agg2 alone
        assertThat(path(layer2, 110, "esx1", "esx3")).isEqualTo("esx1 > acc1 > agg1 > agg2 > esx3");
        assertThat(path(layer2, 110, "esx3", "esx2")).isEqualTo("esx3 > agg2 > acc2 > esx2");
    }

    @Test
    void a_vpc_pair_whose_peer_link_does_not_carry_the_vlan_is_two_bridges() {
        Layer2Analysis layer2 = layer2(VPC.replace("between: [agg1:Eth1/53, agg2:Eth1/53]",
                "between: [{port: agg1:Eth1/53, vlans: 1}, agg2:Eth1/53]"));
        SpanningTree tree = layer2.spanningTree(110);

        assertThat(tree.rootBridge()).map(StpBridge::toString).hasValue("agg2 (priority 4096)");
        // agg1 reaches agg2 through acc1 or acc2 at 1,000: acc1 is the lower neighbour, acc2's end is designated
        assertThat(tree.rootPathCost("agg1")).hasValue(1_000);
        assertThat(blocked(tree)).containsExactly("agg1:Eth1/2");
        assertThat(path(layer2, 110, "esx2", "esx1")).isEqualTo("esx2 > acc2 > agg2 > acc1 > esx1");
    }

    // ---- VXLAN -----------------------------------------------------------------------------

    static final String FABRIC = """
            topology: fabric
            devices:
              spine1: { role: spine }
              spine2: { role: spine }
              leaf1: { role: leaf, vlans: "110", vpc: { peer: leaf2 }, vxlan: { vtep: 10.0.0.11, vnis: { 110: 10110 } } }
              leaf2: { role: leaf, vlans: "110", vpc: { peer: leaf1 }, vxlan: { vtep: 10.0.0.12, vnis: { 110: 10110 } } }
              leaf3: { role: leaf, vlans: "110", vxlan: { vtep: 10.0.0.13, vnis: { 110: 10110 } } }
              acc1: { role: access, vlans: "110" }
              esx1: { role: host, portGroups: { web: 110 } }
              esx3: { role: host, portGroups: { web: 110 } }
            links:
              - { name: leaf1-spine2, between: [leaf1:Eth1/50, spine2:Eth1/1], speed: 100Gbps, mode: routed, ip: [10.1.0.2/31, 10.1.0.3/31] }
              - { name: leaf1-spine1, between: [leaf1:Eth1/49, spine1:Eth1/1], speed: 100Gbps, mode: routed, ip: [10.1.0.0/31, 10.1.0.1/31] }
              - { name: leaf2-spine1, between: [leaf2:Eth1/49, spine1:Eth1/2], speed: 100Gbps, mode: routed, ip: [10.1.0.4/31, 10.1.0.5/31] }
              - { name: leaf2-spine2, between: [leaf2:Eth1/50, spine2:Eth1/2], speed: 100Gbps, mode: routed, ip: [10.1.0.6/31, 10.1.0.7/31] }
              - { name: leaf3-spine1, between: [leaf3:Eth1/49, spine1:Eth1/3], speed: 100Gbps, mode: routed, ip: [10.1.0.8/31, 10.1.0.9/31] }
              - { name: leaf3-spine2, between: [leaf3:Eth1/50, spine2:Eth1/3], speed: 100Gbps, mode: routed, ip: [10.1.0.10/31, 10.1.0.11/31] }
              - { name: leaf1-leaf2, between: [leaf1:Eth1/53, leaf2:Eth1/53], speed: 100Gbps }
              - { name: acc1-leaf1, between: [acc1:Eth1/49, leaf1:Eth1/1], speed: 40Gbps }
              - { name: acc1-leaf2, between: [acc1:Eth1/50, leaf2:Eth1/1], speed: 40Gbps }
              - { name: esx1-acc1, between: [esx1:vmnic0, acc1:Eth1/1], speed: 10Gbps }
              - { name: esx3-leaf3, between: [esx3:vmnic0, leaf3:Eth1/1], speed: 10Gbps }
            """;

    @Test
    void spanning_tree_does_not_cross_a_vxlan_fabric_each_vtep_has_its_own_domain() {
        Layer2Analysis layer2 = layer2(FABRIC);
        SpanningTree tree = layer2.spanningTree(110);

        // acc1 hangs off the vPC pair leaf1+leaf2: one local domain; leaf3 is another
        assertThat(tree.roots()).extracting(StpBridge::name).containsExactly("acc1", "leaf3");
        assertThat(tree.rootOf("leaf2")).hasValue("acc1");
        assertThat(tree.blockedPorts()).isEmpty();
        assertThat(layer2.segment(110, "esx1")).containsExactly("acc1", "esx1", "esx3", "leaf1", "leaf2", "leaf3");
        assertThat(layer2.vlanGraph(110).tunnelPeers("leaf1")).containsExactly("leaf2", "leaf3");
    }

    @Test
    void a_path_across_the_fabric_lists_the_underlay_between_the_vteps() {
        Layer2Analysis layer2 = layer2(FABRIC);

        Layer2Path path = (Layer2Path) layer2.reach(110, "esx1", "esx3");

        assertThat(path).hasToString("esx1 > acc1 > leaf1 > spine1 > leaf3 > esx3");
        assertThat(path.links()).extracting(Link::name)
                .containsExactly("esx1-acc1", "acc1-leaf1", "leaf1-spine1", "leaf3-spine1", "esx3-leaf3");
        assertThat(new Layer2Analysis(layer2.topology().withDeviceDown("spine1")).reach(110, "esx1", "esx3"))
                .hasToString("esx1 > acc1 > leaf1 > spine2 > leaf3 > esx3");
    }

    @Test
    void a_fabric_without_any_underlay_left_names_the_failure() {
        Topology topology = TwoPods.load(FABRIC).withDeviceDown("spine1").withDeviceDown("spine2");

        VlanBlocked blocked = (VlanBlocked) new Layer2Analysis(topology).reach(110, "esx1", "esx3");

        assertThat(blocked.drop().describe()).isEqualTo("device spine1 is down");
        assertThat(String.join(" > ", blocked.triedDevices())).isEqualTo("esx1 > acc1 > leaf1 > spine1 > leaf3 > esx3");
    }

    @Test
    void a_vtep_that_does_not_map_the_vlan_keeps_it_local_and_says_so() {
        Layer2Analysis layer2 = layer2(FABRIC.replace("vxlan: { vtep: 10.0.0.13, vnis: { 110: 10110 } }",
                "vxlan: { vtep: 10.0.0.13, vnis: {} }"));

        VlanBlocked blocked = (VlanBlocked) layer2.reach(110, "esx1", "esx3");

        assertThat(blocked.drop().describe()).isEqualTo("VTEP leaf3 does not map VLAN 110 to a VNI, so the VLAN does "
                + "not cross the routed fabric to it (VTEP leaf1 maps it to VNI 10110)");
        assertThat(String.join(" > ", blocked.triedDevices())).isEqualTo("esx1 > acc1 > leaf1 > spine1 > leaf3 > esx3");
    }

    @Test
    void vteps_that_map_the_vlan_to_different_vnis_are_different_domains() {
        Layer2Analysis layer2 = layer2(FABRIC.replace("vxlan: { vtep: 10.0.0.13, vnis: { 110: 10110 } }",
                "vxlan: { vtep: 10.0.0.13, vnis: { 110: 20110 } }"));

        assertThat(((VlanBlocked) layer2.reach(110, "esx1", "esx3")).drop().describe()).isEqualTo(
                "VLAN 110 is VNI 10110 on VTEP leaf1 but VNI 20110 on VTEP leaf3: different VNIs are different layer-2 "
                        + "domains");
    }

    @Test
    void a_switch_that_is_no_vtep_is_named_as_such() {
        Layer2Analysis layer2 = layer2(FABRIC.replace("leaf3: { role: leaf, vlans: \"110\", vxlan: { vtep: 10.0.0.13, vnis: { 110: 10110 } } }",
                "leaf3: { role: leaf, vlans: \"110\" }"));

        assertThat(((VlanBlocked) layer2.reach(110, "esx1", "esx3")).drop().describe()).isEqualTo(
                "switch leaf3 is not a VTEP, so VLAN 110 does not cross the routed fabric to it (VTEP leaf1 maps it "
                        + "to VNI 10110)");
    }
}
