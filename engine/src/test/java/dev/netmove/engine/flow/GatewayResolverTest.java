package dev.netmove.engine.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.topology.Ipv4Address;
import dev.netmove.engine.topology.Topology;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each election rule and gateway kind of TOPOLOGY.md: the device, the kind, the reason (its sentences: GatewaySentencesTest). */
class GatewayResolverTest {

    private static Gateway gatewayOf(Topology topology, String vm) {
        return new FlowAnalysis(topology).gatewayOf(vm);
    }

    private static Ipv4Address ip(String address) {
        return Ipv4Address.parse(address);
    }

    private static Topology pair(String svi1, String svi2) {
        return FlowTopologies.pair(svi1, svi2, "", "", "");
    }

    @Test
    void hsrp_active_is_the_highest_priority() {
        Gateway gateway = gatewayOf(pair("{ ip: 10.1.110.2/24, hsrp: { group: 110, vip: 10.1.110.1 } }",
                "{ ip: 10.1.110.3/24, hsrp: { group: 110, vip: 10.1.110.1, priority: 120 } }"), "web01");
        assertThat(gateway.device()).isEqualTo("agg2");
        assertThat(gateway.kind()).isEqualTo(GatewayKind.HSRP);
        assertThat(gateway.reason()).isEqualTo(new GatewayReason.Elected(new FhrpElection("agg2",
                new GatewayProtocol.FhrpGroup(GatewayProtocol.Elects.HSRP, 110, 120), 110, ip("10.1.110.3"),
                List.of(new FhrpElection.Rival("agg1", 100, ip("10.1.110.2"))), List.of()), Optional.empty()));
        assertThat(gateway.path()).hasToString("esx1 > agg1 > agg2");
        assertThat(gateway.hops()).isEqualTo(2);
    }

    @Test
    void hsrp_priorities_that_tie_go_to_the_highest_interface_ip() {
        Gateway gateway = gatewayOf(pair("{ ip: 10.1.110.9/24, hsrp: { group: 1, vip: 10.1.110.1 } }",
                "{ ip: 10.1.110.3/24, hsrp: { group: 1, vip: 10.1.110.1 } }"), "web02");
        assertThat(gateway.device()).isEqualTo("agg1");
        FhrpElection election = ((GatewayReason.Elected) gateway.reason()).election();
        assertThat(election.beatenByPriority()).isEmpty();
        assertThat(election.beatenByAddress()).containsExactly(new FhrpElection.Rival("agg2", 100, ip("10.1.110.3")));
        assertThat(election.address()).isEqualTo(ip("10.1.110.9"));
    }

    @Test
    void vrrp_master_is_the_highest_priority() {
        Gateway gateway = gatewayOf(pair("{ ip: 10.1.110.2/24, vrrp: { group: 10, vip: 10.1.110.1, priority: 200 } }",
                "{ ip: 10.1.110.3/24, vrrp: { group: 10, vip: 10.1.110.1 } }"), "web02");
        assertThat(gateway.device()).isEqualTo("agg1");
        assertThat(gateway.kind()).isEqualTo(GatewayKind.VRRP);
        assertThat(gateway.reason()).isEqualTo(new GatewayReason.Elected(new FhrpElection("agg1",
                new GatewayProtocol.FhrpGroup(GatewayProtocol.Elects.VRRP, 10, 200), 110, ip("10.1.110.2"),
                List.of(new FhrpElection.Rival("agg2", 100, ip("10.1.110.3"))), List.of()), Optional.empty()));
    }

    @Test
    void glbp_hands_out_forwarders_round_robin_over_the_vms_by_name() {
        Topology topology = pair("{ ip: 10.1.110.2/24, glbp: { group: 5, vip: 10.1.110.1, priority: 150 } }",
                "{ ip: 10.1.110.3/24, glbp: { group: 5, vip: 10.1.110.1 } }");
        assertThat(gatewayOf(topology, "web01").device()).isEqualTo("agg1");
        assertThat(gatewayOf(topology, "web02").device()).isEqualTo("agg2");
        assertThat(gatewayOf(topology, "web03").device()).isEqualTo("agg1");
        Gateway second = gatewayOf(topology, "web02");
        assertThat(second.kind()).isEqualTo(GatewayKind.GLBP);
        assertThat(second.reason()).isEqualTo(new GatewayReason.GlbpForwarder("agg2", 2, List.of("agg1", "agg2"),
                "web02", 2, 3, new FhrpElection("agg1", new GatewayProtocol.FhrpGroup(GatewayProtocol.Elects.GLBP, 5, 150),
                        110, ip("10.1.110.2"),
                        List.of(new FhrpElection.Rival("agg2", 100, ip("10.1.110.3"))), List.of())));
    }

    @Test
    void a_vpc_peer_in_the_same_group_serves_the_vms_that_reach_it_first() {
        Topology topology = FlowTopologies.pair(
                "{ ip: 10.1.110.2/24, hsrp: { group: 110, vip: 10.1.110.1, priority: 110 } }",
                "{ ip: 10.1.110.3/24, hsrp: { group: 110, vip: 10.1.110.1 } }",
                "vpc: { peer: agg2 }", "vpc: { peer: agg1 }", "");
        Gateway far = gatewayOf(topology, "web02");
        assertThat(far.device()).isEqualTo("agg2");
        assertThat(far.kind()).isEqualTo(GatewayKind.VPC);
        assertThat(far.reason()).isEqualTo(new GatewayReason.VpcPeerNearer("agg2", "esx2", 1, 2, new FhrpElection("agg1",
                new GatewayProtocol.FhrpGroup(GatewayProtocol.Elects.HSRP, 110, 110), 110, ip("10.1.110.2"),
                List.of(new FhrpElection.Rival("agg2", 100, ip("10.1.110.3"))), List.of())));
        assertThat(gatewayOf(topology, "web01").device()).isEqualTo("agg1");
    }

    @Test
    void without_a_vpc_pair_the_standby_never_forwards() {
        Topology topology = pair("{ ip: 10.1.110.2/24, hsrp: { group: 110, vip: 10.1.110.1, priority: 110 } }",
                "{ ip: 10.1.110.3/24, hsrp: { group: 110, vip: 10.1.110.1 } }");
        assertThat(gatewayOf(topology, "web02").device()).isEqualTo("agg1");
    }

    @Test
    void an_anycast_gateway_is_served_by_the_nearest_device_with_the_svi() {
        Topology topology = pair("{ ip: 10.1.110.1/24, anycast: true }", "{ ip: 10.1.110.1/24, anycast: true }");
        Gateway gateway = gatewayOf(topology, "web02");
        assertThat(gateway.device()).isEqualTo("agg2");
        assertThat(gateway.kind()).isEqualTo(GatewayKind.ANYCAST);
        assertThat(gateway.reason()).isEqualTo(new GatewayReason.NearestAnycast("agg2", ip("10.1.110.1"), "esx2", 1,
                List.of("agg1")));
    }

    @Test
    void hellos_dropped_on_a_filtered_link_let_each_side_elect_its_own_active() {
        Topology topology = FlowTopologies.pair(
                "{ ip: 10.1.110.2/24, hsrp: { group: 110, vip: 10.1.110.1, priority: 110 } }",
                "{ ip: 10.1.110.3/24, hsrp: { group: 110, vip: 10.1.110.1 } }", "", "", ", fhrpFilter: true");
        Gateway gateway = gatewayOf(topology, "web02");
        assertThat(gateway.device()).isEqualTo("agg2");
        assertThat(gateway.reason()).isEqualTo(new GatewayReason.Elected(new FhrpElection("agg2",
                new GatewayProtocol.FhrpGroup(GatewayProtocol.Elects.HSRP, 110, 100), 110, ip("10.1.110.3"), List.of(), List.of("agg1-agg2")),
                Optional.empty()));
        assertThat(gatewayOf(topology, "web01").device()).isEqualTo("agg1");
        assertThat(new FlowAnalysis(topology).gateways().attractors(110, "esx2")).containsExactly("agg1", "agg2");
    }

    @Test
    void a_single_svi_without_fhrp_is_the_gateway() {
        Gateway gateway = gatewayOf(pair("{ ip: 10.1.110.1/24 }", "{ }").withDeviceDown("agg2"), "web01");
        assertThat(gateway.device()).isEqualTo("agg1");
        assertThat(gateway.kind()).isEqualTo(GatewayKind.SVI);
        assertThat(gateway.reason()).isEqualTo(new GatewayReason.NearestSvi("agg1", 110, "esx1", 1, List.of()));
    }

    @Test
    void a_vlan_without_any_svi_has_no_gateway() {
        Topology topology = pair("{ ip: 10.1.110.1/24 }", "{ }").withDeviceDown("agg1");
        assertThatThrownBy(() -> gatewayOf(topology, "web02")).isInstanceOf(FlowAnalysisException.class)
                .hasMessage("VM web02 on host esx2 has no default gateway: no device in its layer-2 domain of VLAN 110 "
                        + "has an SVI in VLAN 110 (agg1 has one, but is not in that domain); add an SVI for VLAN 110 on "
                        + "a switch that VLAN 110 reaches from esx2");
    }
}
