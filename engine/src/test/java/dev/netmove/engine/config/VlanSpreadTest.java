package dev.netmove.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;
import org.junit.jupiter.api.Test;

class VlanSpreadTest {

    private static VlanSpread spread(Topology topology, int vlan) {
        return VlanSpread.of(new Layer2Analysis(topology), vlan);
    }

    @Test
    void a_vlan_used_in_both_pods_is_needed_on_every_switch_between_them() {
        VlanSpread spread = spread(ProdDc.load(), 110);

        assertThat(spread.switches()).containsExactly("core1", "agg-a", "agg-b", "acc-a1", "acc-b1");
        assertThat(spread.serving()).containsExactly("acc-a1", "acc-b1");
        assertThat(spread.needed()).containsExactly("core1", "agg-a", "agg-b", "acc-a1", "acc-b1");
        assertThat(spread.unneeded()).isEmpty();
        assertThat(spread.size()).isEqualTo(5);
    }

    @Test
    void a_vlan_used_by_one_access_switch_is_not_needed_anywhere_else() {
        VlanSpread spread = spread(ProdDc.load(), 300);

        assertThat(spread.switches()).containsExactly("core1", "agg-a", "agg-b", "acc-a1", "acc-b1");
        assertThat(spread.needed()).containsExactly("acc-a1");
        assertThat(spread.unneeded()).containsExactly("core1", "agg-a", "agg-b", "acc-b1");
    }

    @Test
    void an_svi_makes_the_switch_and_the_path_to_it_need_the_vlan() {
        Topology topology = ProdDc.with("esx-b1: { role: host, cluster: prod, portGroups: { web: 110, db: 120 },",
                "esx-b1: { role: host, cluster: prod, portGroups: { web: 110 },");

        VlanSpread spread = spread(topology, 120);

        assertThat(spread.serving()).containsExactly("core1", "acc-a1");
        assertThat(spread.needed()).containsExactly("core1", "agg-a", "acc-a1");
        assertThat(spread.unneeded()).containsExactly("agg-b", "acc-b1");
    }

    @Test
    void a_redundant_switch_that_spanning_tree_does_not_use_is_still_needed() {
        // agg-c is a second path between the pods; acc-c1 and acc-c2 form a loop off it with nothing behind it
        Topology topology = new TopologyLoader().load("ring.yaml", ProdDc.YAML
                .replace("  agg-b: { role: aggregation, vlans: \"110,120,300,900\" }\n",
                        "  agg-b: { role: aggregation, vlans: \"110,120,300,900\" }\n"
                                + "  agg-c: { role: aggregation, vlans: \"110,120,300,900\" }\n"
                                + "  acc-c1: { role: access, vlans: \"110,120,300,900\" }\n"
                                + "  acc-c2: { role: access, vlans: \"110,120,300,900\" }\n")
                + "  - { name: agg-a-agg-c, between: [agg-a:Eth1/60, agg-c:Eth1/1], speed: 10Gbps }\n"
                + "  - { name: agg-c-agg-b, between: [agg-c:Eth1/2, agg-b:Eth1/60], speed: 10Gbps }\n"
                + "  - { name: agg-c-acc-c1, between: [agg-c:Eth1/3, acc-c1:Eth1/49], speed: 10Gbps }\n"
                + "  - { name: agg-c-acc-c2, between: [agg-c:Eth1/4, acc-c2:Eth1/49], speed: 10Gbps }\n"
                + "  - { name: acc-c1-acc-c2, between: [acc-c1:Eth1/50, acc-c2:Eth1/50], speed: 10Gbps }\n");

        VlanSpread spread = spread(topology, 110);

        assertThat(spread.needed()).containsExactly("core1", "agg-a", "agg-b", "agg-c", "acc-a1", "acc-b1");
        assertThat(spread.unneeded()).containsExactly("acc-c1", "acc-c2");
    }

    @Test
    void nothing_but_the_only_serving_switch_is_needed() {
        Topology topology = ProdDc.with("esx-b1: { role: host, cluster: prod, portGroups: { web: 110, db: 120 },",
                "esx-b1: { role: host, cluster: prod, portGroups: { web: 110 },");

        // VLAN 300: only acc-a1 serves it; the rest of the tree hangs off it
        VlanSpread spread = spread(topology, 300);

        assertThat(spread.needed()).containsExactly("acc-a1");
    }

    @Test
    void vteps_of_one_vni_are_joined_through_the_fabric_and_a_vtep_with_nothing_behind_it_is_not_needed() {
        Topology topology = new TopologyLoader().load("fabric.yaml", """
                topology: fabric
                devices:
                  spine1: { role: spine }
                  leaf1: { role: leaf, vlans: "110", vxlan: { vtep: 10.0.0.1, vnis: { 110: 10110 } } }
                  leaf2: { role: leaf, vlans: "110", vxlan: { vtep: 10.0.0.2, vnis: { 110: 10110 } } }
                  leaf3: { role: leaf, vlans: "110", vxlan: { vtep: 10.0.0.3, vnis: { 110: 10110 } } }
                  esx1: { role: host, portGroups: { web: 110 } }
                  esx2: { role: host, portGroups: { web: 110 } }
                links:
                  - { between: [leaf1:Eth1/49, spine1:Eth1/1], speed: 100Gbps, mode: routed, ip: [10.1.0.0/31, 10.1.0.1/31] }
                  - { between: [leaf2:Eth1/49, spine1:Eth1/2], speed: 100Gbps, mode: routed, ip: [10.1.0.2/31, 10.1.0.3/31] }
                  - { between: [leaf3:Eth1/49, spine1:Eth1/3], speed: 100Gbps, mode: routed, ip: [10.1.0.4/31, 10.1.0.5/31] }
                  - { between: [esx1:vmnic0, leaf1:Eth1/1], speed: 25Gbps }
                  - { between: [esx2:vmnic0, leaf2:Eth1/1], speed: 25Gbps }
                """);

        VlanSpread spread = spread(topology, 110);

        assertThat(spread.switches()).containsExactly("leaf1", "leaf2", "leaf3");
        assertThat(spread.needed()).containsExactly("leaf1", "leaf2");
        assertThat(spread.unneeded()).containsExactly("leaf3");
    }

    @Test
    void a_vlan_that_no_link_carries_spans_no_switch() {
        VlanSpread spread = spread(ProdDc.load(), 777);

        assertThat(spread.switches()).isEmpty();
        assertThat(spread.unneeded()).isEmpty();
    }

    @Test
    void a_down_link_shrinks_the_spread_and_splits_the_need() {
        Topology topology = ProdDc.load().withLinkDown("agg-b-core1");

        VlanSpread spread = spread(topology, 110);

        // pod B is cut off: each side serves its own hosts; core1 is only a dead end of pod A now
        assertThat(spread.switches()).containsExactly("core1", "agg-a", "agg-b", "acc-a1", "acc-b1");
        assertThat(spread.needed()).containsExactly("acc-a1", "acc-b1");
        assertThat(spread.unneeded()).containsExactly("core1", "agg-a", "agg-b");
    }

    @Test
    void a_firewall_on_a_carrying_link_makes_its_switch_need_the_vlan() {
        Topology topology = new TopologyLoader().load("fw.yaml",
                ProdDc.YAML.replace("agg-b: { role: aggregation, vlans: \"110,120,300,900\" }",
                        "agg-b: { role: aggregation, vlans: \"110,120,300,900\" }\n  fw1: { role: firewall, vlans: \"300\" }")
                        + "  - { name: fw1-agg-b, between: [fw1:eth0, agg-b:Eth1/9], speed: 10Gbps }\n");

        VlanSpread spread = spread(topology, 300);

        assertThat(spread.serving()).containsExactly("agg-b", "acc-a1");
        assertThat(spread.needed()).containsExactly("core1", "agg-a", "agg-b", "acc-a1");
        assertThat(spread.unneeded()).containsExactly("acc-b1");
    }
}
