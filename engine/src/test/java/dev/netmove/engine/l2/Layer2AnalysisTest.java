package dev.netmove.engine.l2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.quantity.QuantityFormatException;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.UnknownNameException;
import org.junit.jupiter.api.Test;

class Layer2AnalysisTest {

    private static final String FULL_PATH = "esx-a1 > acc-a1 > agg1 > core1 > agg3 > acc-b1 > esx-b1";

    private static Layer2Reach reach110(Topology topology) {
        return new Layer2Analysis(topology).reach(110, "esx-a1", "esx-b1");
    }

    private static VlanBlocked blocked110(Topology topology) {
        Layer2Reach reach = reach110(topology);
        assertThat(reach).isInstanceOf(VlanBlocked.class);
        return (VlanBlocked) reach;
    }

    @Test
    void vlan_crosses_two_pods_through_the_core() {
        Layer2Reach reach = reach110(TwoPods.load());

        assertThat(reach.reaches()).isTrue();
        Layer2Path path = (Layer2Path) reach;
        assertThat(path).hasToString(FULL_PATH);
        assertThat(path.links()).extracting(Link::name).containsExactly("esx-a1--acc-a1", "acc-a1--agg1",
                "agg1--core1", "core1--agg3", "agg3--acc-b1", "acc-b1--esx-b1");
        assertThat(path.vlan()).isEqualTo(110);
        assertThat(path.hops()).isEqualTo(6);
    }

    @Test
    void links_carrying_a_vlan_are_listed_in_topology_order() {
        Topology topology = TwoPods.with("agg3: { role: aggregation, vlans: \"110,120,900\" }",
                "agg3: { role: aggregation, vlans: \"110,900\" }");

        Layer2Analysis layer2 = new Layer2Analysis(topology);

        assertThat(layer2.linksCarrying(110)).extracting(Link::name).containsExactly("esx-a1--acc-a1",
                "acc-a1--agg1", "agg1--core1", "core1--agg3", "agg3--acc-b1", "acc-b1--esx-b1");
        assertThat(layer2.linksCarrying(120)).extracting(Link::name).containsExactly("esx-a1--acc-a1",
                "acc-a1--agg1", "agg1--core1", "acc-b1--esx-b1");
        assertThat(layer2.linksCarrying(7)).isEmpty();
    }

    @Test
    void a_carried_link_has_no_reason_to_drop() {
        Topology topology = TwoPods.load();

        assertThat(new Layer2Analysis(topology).whyNotCarried(topology.requireLink("agg1--core1"), 110)).isEmpty();
    }

    @Test
    void vlan_pruned_on_one_trunk_end_is_not_carried_and_the_message_names_link_end_and_allowed_list() {
        Topology topology = TwoPods.with("between: [acc-a1:Eth1/49, agg1:Eth1/1]",
                "between: [{port: acc-a1:Eth1/49, vlans: \"100-109,111-120\"}, agg1:Eth1/1]");

        VlanBlocked blocked = blocked110(topology);

        String expected = "link \"acc-a1--agg1\" drops VLAN 110 at acc-a1:Eth1/49 (allowed there: 100-109,111-120)";
        assertThat(blocked.drop().describe()).isEqualTo(expected);
        assertThat(blocked.drop()).isInstanceOf(TrunkPruned.class);
        assertThat(String.join(" > ", blocked.triedDevices())).isEqualTo(FULL_PATH);
        assertThat(blocked).hasToString("VLAN 110 from esx-a1 to esx-b1 is blocked: " + expected
                + " (path tried: " + FULL_PATH + ")");
        assertThat(new Layer2Analysis(topology).whyNotCarried(topology.requireLink("acc-a1--agg1"), 110))
                .map(VlanDrop::describe).hasValue(expected);
        assertThat(new Layer2Analysis(topology).carries(topology.requireLink("acc-a1--agg1"), 120)).isTrue();
    }

    @Test
    void vlan_pruned_on_both_trunk_ends_names_both() {
        Topology topology = TwoPods.with("between: [agg1:Eth1/49, core1:Eth1/1]",
                "between: [{port: agg1:Eth1/49, vlans: 1-100}, {port: core1:Eth1/1, vlans: \"120,900\"}]");

        assertThat(blocked110(topology).drop().describe()).isEqualTo("link \"agg1--core1\" drops VLAN 110 at both ends:"
                + " at agg1:Eth1/49 (allowed there: 1-100) and at core1:Eth1/1 (allowed there: 120,900)");
    }

    @Test
    void a_native_vlan_mismatch_on_a_trunk_drops_both_native_vlans_and_nothing_else() {
        Topology topology = TwoPods.with("between: [acc-a1:Eth1/49, agg1:Eth1/1]",
                "between: [{port: acc-a1:Eth1/49, native: 110}, {port: agg1:Eth1/1, native: 120}]");
        Layer2Analysis layer2 = new Layer2Analysis(topology);
        Link trunk = topology.requireLink("acc-a1--agg1");

        String expected = "link \"acc-a1--agg1\" has a native VLAN mismatch: native VLAN 110 at acc-a1:Eth1/49 but "
                + "native VLAN 120 at agg1:Eth1/1; untagged frames leak between VLANs 110 and 120, so rapid-PVST "
                + "blocks the link for both (CDP reports the mismatch)";
        assertThat(blocked110(topology).drop().describe()).isEqualTo(expected);
        assertThat(layer2.whyNotCarried(trunk, 120)).map(VlanDrop::describe).hasValue(expected);
        assertThat(layer2.carries(trunk, 900)).isTrue();
    }

    @Test
    void a_native_vlan_mismatch_towards_a_host_is_not_blamed_on_spanning_tree() {
        Topology topology = TwoPods.with("between: [esx-a1:vmnic0, acc-a1:Eth1/1]",
                "between: [{port: esx-a1:vmnic0, native: 110}, acc-a1:Eth1/1]");

        assertThat(blocked110(topology).drop().describe()).isEqualTo("link \"esx-a1--acc-a1\" has a native VLAN "
                + "mismatch: native VLAN 110 at esx-a1:vmnic0 but native VLAN 1 at acc-a1:Eth1/1; untagged frames leak "
                + "between VLANs 1 and 110, so neither is carried on it");
    }

    @Test
    void the_spanning_tree_of_a_vlan_is_exposed_and_is_the_default_path() {
        Layer2Analysis layer2 = new Layer2Analysis(TwoPods.load());

        assertThat(layer2.selector()).isSameAs(SpanningTreePathSelector.INSTANCE);
        // every switch has priority 32768: the lowest name is root
        assertThat(layer2.spanningTree(110).root()).hasValue("acc-a1");
        assertThat(layer2.spanningTree(110).blockedPorts()).isEmpty();
        assertThat(layer2.spanningTree(110).forwardingLinks()).hasSize(6);
        assertThat(layer2.spanningTree(7).root()).isEmpty();
    }

    @Test
    void a_switch_without_the_vlan_drops_it() {
        Topology topology = TwoPods.with("agg3: { role: aggregation, vlans: \"110,120,900\" }",
                "agg3: { role: aggregation, vlans: \"10,120\" }");

        VlanBlocked blocked = blocked110(topology);

        assertThat(blocked.drop().describe()).isEqualTo("switch agg3 does not have VLAN 110 (its VLANs: 10,120)");
        assertThat(blocked.triedDevices()).containsExactly("esx-a1", "acc-a1", "agg1", "core1", "agg3", "acc-b1",
                "esx-b1");
    }

    @Test
    void a_host_without_the_vlan_is_named_with_its_port_groups_and_vmotion() {
        Topology topology = TwoPods.with("portGroups: { web: 110, db: 120 }\n    vmotion: { vlan: 900, ip: 10.9.0.21/24 }",
                "portGroups: { db: 120 }\n    vmotion: { vlan: 900, ip: 10.9.0.21/24 }");

        assertThat(blocked110(topology).drop().describe())
                .isEqualTo("host esx-b1 has no port group or vMotion interface in VLAN 110");
    }

    @Test
    void the_start_without_the_vlan_is_the_first_place_that_drops_it() {
        VlanBlocked blocked = (VlanBlocked) new Layer2Analysis(TwoPods.load()).reach(130, "agg1", "esx-b1");

        assertThat(blocked.drop().describe()).isEqualTo("switch agg1 does not have VLAN 130 (its VLANs: 110,120,900)");
        assertThat(blocked.triedDevices()).isEmpty();
    }

    @Test
    void an_access_port_in_another_vlan_drops_it() {
        Topology topology = TwoPods.with("between: [acc-b1:Eth1/1, esx-b1:vmnic0]",
                "between: [{port: acc-b1:Eth1/1, mode: access, vlans: 120}, esx-b1:vmnic0]");

        assertThat(blocked110(topology).drop().describe())
                .isEqualTo("access port acc-b1:Eth1/1 of link \"acc-b1--esx-b1\" is in VLAN 120, not VLAN 110");
    }

    @Test
    void a_link_down_drops_it_and_names_the_link() {
        Topology topology = TwoPods.load().withLinkDown("core1--agg3");

        VlanBlocked blocked = blocked110(topology);

        assertThat(blocked.drop().describe()).isEqualTo("link \"core1--agg3\" is down");
        assertThat(String.join(" > ", blocked.triedDevices())).isEqualTo(FULL_PATH);
    }

    @Test
    void a_device_down_drops_it_and_names_the_device() {
        Topology topology = TwoPods.load().withDeviceDown("agg3");

        assertThat(blocked110(topology).drop().describe()).isEqualTo("device agg3 is down");
        assertThat(new Layer2Analysis(topology).reach(110, "agg3", "esx-a1"))
                .extracting(reach -> ((VlanBlocked) reach).drop().describe()).isEqualTo("device agg3 is down");
    }

    @Test
    void a_down_link_with_a_redundant_path_reroutes() {
        String redundantCore = TwoPods.variant(TwoPods.YAML, "  agg1: { role: aggregation, vlans: \"110,120,900\" }",
                "  core2: { role: core, vlans: \"110,120,900\" }\n  agg1: { role: aggregation, vlans: \"110,120,900\" }");
        redundantCore = TwoPods.variant(redundantCore, "vms:", """
                  - { name: agg1--core2, between: [agg1:Eth1/50, core2:Eth1/1], speed: 40Gbps }
                  - { name: core2--agg3, between: [core2:Eth1/3, agg3:Eth1/50], speed: 40Gbps }
                vms:""");
        Topology topology = TwoPods.load(redundantCore);

        assertThat(reach110(topology)).hasToString(FULL_PATH);
        assertThat(reach110(topology.withLinkDown("agg1--core1")))
                .hasToString("esx-a1 > acc-a1 > agg1 > core2 > agg3 > acc-b1 > esx-b1");
        assertThat(reach110(topology.withDeviceDown("core1")))
                .hasToString("esx-a1 > acc-a1 > agg1 > core2 > agg3 > acc-b1 > esx-b1");
    }

    @Test
    void a_routed_link_does_not_carry_vlans() {
        Topology topology = TwoPods.with(
                "{ name: core1--agg3, between: [core1:Eth1/3, agg3:Eth1/49], speed: 40Gbps }",
                "{ name: core1--agg3, between: [core1:Eth1/3, agg3:Eth1/49], speed: 40Gbps, mode: routed,"
                        + " ip: [10.0.0.0/31, 10.0.0.1/31] }");

        VlanBlocked blocked = blocked110(topology);

        assertThat(blocked.drop().describe()).isEqualTo("link \"core1--agg3\" is routed");
        assertThat(String.join(" > ", blocked.triedDevices())).isEqualTo(FULL_PATH);
    }

    @Test
    void devices_without_any_cable_between_them_have_no_physical_path() {
        String island = TwoPods.variant(TwoPods.YAML, "  esx-b1:\n",
                "  acc-c1: { role: access, vlans: \"110\" }\n  esx-b1:\n");

        VlanBlocked blocked = (VlanBlocked) new Layer2Analysis(TwoPods.load(island)).reach(110, "esx-a1", "acc-c1");

        assertThat(blocked.drop().describe()).isEqualTo("no physical path between esx-a1 and acc-c1");
        assertThat(blocked.triedDevices()).isEmpty();
    }

    @Test
    void a_host_never_carries_a_vlan_between_its_uplinks() {
        // acc-x and acc-y are cabled together only through dual-homed esx-x
        Topology topology = TwoPods.load("""
                topology: through-host
                devices:
                  acc-x: { role: access, vlans: "110" }
                  acc-y: { role: access, vlans: "110" }
                  esx-x: { role: host, portGroups: { web: 110 } }
                links:
                  - { name: x, between: [acc-x:Eth1/1, esx-x:vmnic0], speed: 10Gbps }
                  - { name: y, between: [acc-y:Eth1/1, esx-x:vmnic1], speed: 10Gbps }
                """);
        Layer2Analysis layer2 = new Layer2Analysis(topology);

        VlanBlocked blocked = (VlanBlocked) layer2.reach(110, "acc-x", "acc-y");

        assertThat(blocked.drop().describe()).isEqualTo("no physical path between acc-x and acc-y");
        assertThat(layer2.segment(110, "acc-x")).containsExactly("acc-x", "esx-x");
        assertThat(layer2.segment(110, "esx-x")).containsExactly("acc-x", "acc-y", "esx-x");
        assertThat(layer2.reach(110, "esx-x", "acc-y")).hasToString("esx-x > acc-y");
    }

    @Test
    void a_path_takes_switches_rather_than_a_shorter_way_through_a_host() {
        // acc-x > esx-x > acc-y is two hops; the switched way is three
        Topology topology = TwoPods.load("""
                topology: around-host
                devices:
                  acc-x: { role: access, vlans: "110" }
                  acc-y: { role: access, vlans: "110" }
                  agg: { role: aggregation, vlans: "110" }
                  agg-b: { role: aggregation, vlans: "110" }
                  esx-x: { role: host, portGroups: { web: 110 } }
                links:
                  - { name: x, between: [acc-x:Eth1/1, esx-x:vmnic0], speed: 10Gbps }
                  - { name: y, between: [acc-y:Eth1/1, esx-x:vmnic1], speed: 10Gbps }
                  - { name: x-agg, between: [acc-x:Eth1/49, agg:Eth1/1], speed: 40Gbps }
                  - { name: agg-aggb, between: [agg:Eth1/49, agg-b:Eth1/49], speed: 40Gbps }
                  - { name: aggb-y, between: [agg-b:Eth1/1, acc-y:Eth1/49], speed: 40Gbps }
                """);

        assertThat(new Layer2Analysis(topology).reach(110, "acc-x", "acc-y")).hasToString("acc-x > agg > agg-b > acc-y");
    }

    @Test
    void a_router_ends_a_vlan_and_does_not_bridge_it() {
        Topology topology = TwoPods.load("""
                topology: router-between
                devices:
                  sw1: { role: access, vlans: "110" }
                  r1: { role: router, vlans: "110" }
                  sw2: { role: access, vlans: "110" }
                links:
                  - { name: sw1-r1, between: [sw1:Eth1/1, r1:Gi0/0], speed: 10Gbps }
                  - { name: r1-sw2, between: [r1:Gi0/1, sw2:Eth1/1], speed: 10Gbps }
                """);
        Layer2Analysis layer2 = new Layer2Analysis(topology);

        assertThat(((VlanBlocked) layer2.reach(110, "sw1", "sw2")).drop().describe())
                .isEqualTo("router r1 does not bridge VLAN 110 between its links (only switches do)");
        assertThat(layer2.reach(110, "sw1", "r1")).hasToString("sw1 > r1");
    }

    @Test
    void equal_paths_are_broken_by_device_names_not_by_file_order() {
        Topology topology = TwoPods.load("""
                topology: square
                devices:
                  acc1: { role: access, vlans: "110" }
                  acc2: { role: access, vlans: "110" }
                  agg-b: { role: aggregation, vlans: "110" }
                  agg-a: { role: aggregation, vlans: "110" }
                links:
                  - { name: acc1-aggb, between: [acc1:Eth1/1, agg-b:Eth1/1], speed: 40Gbps }
                  - { name: aggb-acc2, between: [agg-b:Eth1/2, acc2:Eth1/1], speed: 40Gbps }
                  - { name: acc1-agga-10, between: [acc1:Eth1/10, agg-a:Eth1/10], speed: 40Gbps }
                  - { name: acc1-agga-2, between: [acc1:Eth1/2, agg-a:Eth1/1], speed: 40Gbps }
                  - { name: agga-acc2, between: [agg-a:Eth1/2, acc2:Eth1/2], speed: 40Gbps }
                """);
        Layer2Analysis layer2 = new Layer2Analysis(topology);

        Layer2Path there = (Layer2Path) layer2.reach(110, "acc1", "acc2");
        Layer2Path back = (Layer2Path) layer2.reach(110, "acc2", "acc1");

        assertThat(there).hasToString("acc1 > agg-a > acc2");
        // of the two parallel links, the one on the lower port (Eth1/2 before Eth1/10)
        assertThat(there.links()).extracting(Link::name).containsExactly("acc1-agga-2", "agga-acc2");
        assertThat(back).hasToString("acc2 > agg-a > acc1");
        assertThat(layer2.reach(110, "acc1", "acc2")).isEqualTo(there);
    }

    @Test
    void the_segment_is_the_layer2_domain_of_the_device_sorted() {
        Topology topology = TwoPods.with("between: [agg1:Eth1/49, core1:Eth1/1]",
                "between: [{port: agg1:Eth1/49, vlans: 1-100}, core1:Eth1/1]");
        Layer2Analysis layer2 = new Layer2Analysis(topology);

        assertThat(layer2.segment(110, "esx-a1")).containsExactly("acc-a1", "agg1", "esx-a1");
        assertThat(layer2.segment(110, "esx-b1")).containsExactly("acc-b1", "agg3", "core1", "esx-b1");
        assertThat(layer2.segment(110, "esx-a1")).isEqualTo(layer2.segment(110, "agg1"));
        assertThat(layer2.segment(7, "agg1")).isEmpty();
    }

    @Test
    void an_untagged_port_group_travels_in_the_access_vlan_of_its_link() {
        Topology topology = TwoPods.load(TwoPods.variant(TwoPods.YAML,
                "between: [acc-b1:Eth1/1, esx-b1:vmnic0], speed: 10Gbps",
                "between: [acc-b1:Eth1/1, esx-b1:vmnic0], speed: 10Gbps, mode: access, vlans: 110")
                .replace("portGroups: { web: 110, db: 120 }\n    vmotion: { vlan: 900, ip: 10.9.0.21/24 }",
                        "portGroups: { web: untagged }"));

        assertThat(reach110(topology)).hasToString(FULL_PATH);
        assertThat(new Layer2Analysis(topology).linksCarrying(120)).extracting(Link::name)
                .doesNotContain("acc-b1--esx-b1");
    }

    @Test
    void a_device_reaches_itself_exactly_when_it_has_the_vlan() {
        Layer2Analysis layer2 = new Layer2Analysis(TwoPods.load());

        assertThat(layer2.reach(110, "agg1", "agg1")).hasToString("agg1");
        assertThat(((VlanBlocked) layer2.reach(130, "agg1", "agg1")).drop().describe())
                .isEqualTo("switch agg1 does not have VLAN 130 (its VLANs: 110,120,900)");
    }

    @Test
    void unknown_device_names_suggest_the_closest() {
        Layer2Analysis layer2 = new Layer2Analysis(TwoPods.load());

        assertThatThrownBy(() -> layer2.reach(110, "esx-a1", "esx-b9"))
                .isInstanceOf(UnknownNameException.class)
                .hasMessageContaining("no device named \"esx-b9\"")
                .hasMessageContaining("did you mean \"esx-b1\"");
        assertThatThrownBy(() -> layer2.segment(110, "agg-1")).isInstanceOf(UnknownNameException.class)
                .hasMessageContaining("did you mean \"agg1\"");
    }

    @Test
    void a_vlan_outside_1_to_4094_is_refused() {
        Layer2Analysis layer2 = new Layer2Analysis(TwoPods.load());

        assertThatThrownBy(() -> layer2.reach(4095, "esx-a1", "esx-b1")).isInstanceOf(QuantityFormatException.class)
                .hasMessageContaining("4095");
    }
}
