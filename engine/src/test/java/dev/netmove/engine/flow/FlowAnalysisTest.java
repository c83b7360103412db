package dev.netmove.engine.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.topology.Flow;
import dev.netmove.engine.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routing (equal-cost choice, static routes), the way back, symmetry, and what a move changes. */
class FlowAnalysisTest {

    @Test
    void equal_cost_next_hops_go_to_the_neighbour_whose_name_sorts_first_and_the_others_are_reported() {
        FlowRoute route = new FlowAnalysis(FlowTopologies.diamond("[]")).route("web01", "r2");
        assertThat(route.outbound()).hasToString("esx1 > r1 > c1 > r2");
        assertThat(route.inbound()).hasToString("r2 > c1 > r1 > esx1");
        assertThat(route.notes()).containsExactly("at r1: equal-cost next hops c1, c2; c1 taken (its name sorts first)",
                "at r2: equal-cost next hops c1, c2; c1 taken (its name sorts first)");
        assertThat(route.outbound().coreCrossings()).isEqualTo(1);
    }

    @Test
    void a_static_route_wins_over_the_igp() {
        Topology topology = FlowTopologies.diamond("[ { prefix: 10.0.0.4/31, via: 10.0.0.1 } ]");
        FlowRoute route = new FlowAnalysis(topology).route("web01", "r2");
        assertThat(route.outbound()).hasToString("esx1 > r1 > c2 > r2");
        assertThat(route.notes()).startsWith("at r1: static route 10.0.0.4/31 via 10.0.0.1 (c2) wins over the IGP");
    }

    @Test
    void a_static_route_shorter_than_the_learned_prefix_does_not_override_it() {
        Topology topology = FlowTopologies.diamond("[ { prefix: 0.0.0.0/0, via: 10.0.0.1 } ]");
        assertThat(new FlowAnalysis(topology).route("web01", "r2").outbound()).hasToString("esx1 > r1 > c1 > r2");
    }

    @Test
    void the_way_back_enters_the_vlan_at_the_active_nearest_the_sender() {
        FlowRoute route = new FlowAnalysis(FlowTopologies.twoSites()).route("web01", "wan");
        assertThat(route.outbound()).hasToString("esx1 > agg1 > fw1 > wan");
        assertThat(route.inbound()).hasToString("wan > fw1 > agg1 > esx1");
        assertThat(route.symmetric()).isTrue();
    }

    @Test
    void with_fhrp_isolation_a_moved_vm_leaves_locally_but_comes_back_through_the_other_sites_firewall() {
        Topology moved = FlowTopologies.twoSites().withVmOnHost("web01", "esx2");
        FlowRoute route = new FlowAnalysis(moved).route("web01", "wan");
        assertThat(route.outbound()).hasToString("esx2 > agg2 > fw2 > wan");
        assertThat(route.inbound()).hasToString("wan > fw1 > agg1 > agg2 > esx2");
        assertThat(route.outbound().statefulDevices()).containsExactly("fw2");
        assertThat(route.inbound().statefulDevices()).containsExactly("fw1");
        assertThat(route.symmetric()).isFalse();
        assertThat(route.notes()).contains("traffic for VM web01 enters VLAN 110 at agg1, nearest of agg1, agg2 to wan");
    }

    @Test
    void latency_is_the_sum_of_the_link_latencies() {
        Topology moved = FlowTopologies.twoSites().withVmOnHost("web01", "esx2");
        // esx2-agg2, agg2-fw2, fw2-wan at the default 5us
        assertThat(new FlowAnalysis(moved).route("web01", "wan").outbound().latency()).hasToString("15us");
        assertThat(new FlowAnalysis(moved).route("web01", "wan").inbound().latency().toString()).isEqualTo("1.015ms");
    }

    @Test
    void a_move_reports_the_extra_core_traffic_and_the_extra_load_per_link() {
        Topology before = FlowTopologies.pair("{ ip: 10.1.110.2/24, hsrp: { group: 1, vip: 10.1.110.1, priority: 110 } }",
                "{ ip: 10.1.110.3/24, hsrp: { group: 1, vip: 10.1.110.1 } }", "", "", "");
        Topology after = before.withVmOnHost("web01", "esx2");
        MoveImpact impact = MoveImpact.of(new FlowAnalysis(before), new FlowAnalysis(after),
                List.of(new Flow("web01", "web02", Bandwidth.ofMbps(300))));
        // same VLAN: bridged; after the move both VMs run on esx2, whose virtual switch joins them
        assertThat(impact.changes().get(0).before()).hasToString("esx1 > agg1 > agg2 > esx2");
        assertThat(impact.changes().get(0).after()).hasToString("esx2");
        assertThat(impact.extraCoreTraffic()).isEqualTo(Bandwidth.ZERO);
        assertThat(impact.extraLoadByLink()).isEmpty();
        MoveImpact back = MoveImpact.of(new FlowAnalysis(after), new FlowAnalysis(before),
                List.of(new Flow("web01", "web02", Bandwidth.ofMbps(300))));
        assertThat(back.extraLoadByLink()).containsOnlyKeys("agg1-agg2", "esx1-agg1", "esx2-agg2");
        assertThat(back.extraLoadByLink().get("agg1-agg2")).isEqualTo(Bandwidth.ofMbps(300));
    }
}
