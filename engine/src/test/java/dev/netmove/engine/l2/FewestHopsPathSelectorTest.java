package dev.netmove.engine.l2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FewestHopsPathSelectorTest extends ForwardingPathSelectorContract {

    @Override
    protected ForwardingPathSelector selector() {
        return FewestHopsPathSelector.INSTANCE;
    }

    @Test
    void the_fewest_hops_win_over_a_longer_way_with_smaller_names() {
        // acc-b > agg-z > acc-c is two hops; acc-b > agg-a > agg-aa > acc-c is three with smaller names
        VlanGraph graph = new Layer2Analysis(TwoPods.load("""
                topology: shortest
                devices:
                  acc-b: { role: access, vlans: "110" }
                  acc-c: { role: access, vlans: "110" }
                  agg-a: { role: aggregation, vlans: "110" }
                  agg-aa: { role: aggregation, vlans: "110" }
                  agg-z: { role: aggregation, vlans: "110" }
                links:
                  - { between: [acc-b:Eth1/1, agg-a:Eth1/1], speed: 40Gbps }
                  - { between: [agg-a:Eth1/2, agg-aa:Eth1/2], speed: 40Gbps }
                  - { between: [agg-aa:Eth1/1, acc-c:Eth1/1], speed: 40Gbps }
                  - { between: [acc-b:Eth1/2, agg-z:Eth1/1], speed: 40Gbps }
                  - { between: [agg-z:Eth1/2, acc-c:Eth1/2], speed: 40Gbps }
                """)).vlanGraph(110);

        assertThat(selector().select(graph, "acc-b", "acc-c")).map(Layer2Path::toString).hasValue("acc-b > agg-z > acc-c");
    }
}
