package dev.netmove.steps.why;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.flow.FhrpElection;
import dev.netmove.engine.flow.GatewayProtocol;
import dev.netmove.engine.flow.GatewayReason;
import dev.netmove.engine.topology.Ipv4Address;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The gateway reasons as users read them in failure messages (the engine's GatewayResolverTest gives the values). */
class GatewaySentencesTest {

    private static Ipv4Address ip(String address) {
        return Ipv4Address.parse(address);
    }

    private static FhrpElection hsrp110(String winner, int priority, String address, String loser, int loserPriority,
                                        String loserAddress) {
        return new FhrpElection(winner, new GatewayProtocol.FhrpGroup(GatewayProtocol.Elects.HSRP, 110, priority), 110, ip(address),
                List.of(new FhrpElection.Rival(loser, loserPriority, ip(loserAddress))), List.of());
    }

    @Test
    void the_hsrp_active_wins_by_its_priority() {
        assertThat(GatewaySentences.of(new GatewayReason.Elected(
                hsrp110("agg2", 120, "10.1.110.3", "agg1", 100, "10.1.110.2"), Optional.empty())))
                .isEqualTo("agg2 is HSRP active for group 110: priority 120 beats agg1's 100");
    }

    @Test
    void priorities_that_tie_are_decided_by_the_highest_interface_ip() {
        FhrpElection election = new FhrpElection("agg1", new GatewayProtocol.FhrpGroup(GatewayProtocol.Elects.HSRP, 1, 100), 110, ip("10.1.110.9"),
                List.of(new FhrpElection.Rival("agg2", 100, ip("10.1.110.3"))), List.of());
        assertThat(GatewaySentences.of(election))
                .isEqualTo("agg1 is HSRP active for group 1: priority 100 ties, and its IP 10.1.110.9 beats agg2's 10.1.110.3");
    }

    @Test
    void a_priority_win_and_a_tie_break_are_both_named() {
        FhrpElection election = new FhrpElection("agg1", new GatewayProtocol.FhrpGroup(GatewayProtocol.Elects.HSRP, 1, 150), 110, ip("10.1.110.9"),
                List.of(new FhrpElection.Rival("agg3", 150, ip("10.1.110.4")),
                        new FhrpElection.Rival("agg2", 100, ip("10.1.110.3"))), List.of());
        assertThat(GatewaySentences.of(election)).isEqualTo("agg1 is HSRP active for group 1: priority 150 beats "
                + "agg2's 100; its IP 10.1.110.9 beats agg3's 10.1.110.4");
    }

    @Test
    void the_vrrp_winner_is_master() {
        FhrpElection election = new FhrpElection("agg1", new GatewayProtocol.FhrpGroup(GatewayProtocol.Elects.VRRP, 10, 200), 110, ip("10.1.110.2"),
                List.of(new FhrpElection.Rival("agg2", 100, ip("10.1.110.3"))), List.of());
        assertThat(GatewaySentences.of(new GatewayReason.Elected(election, Optional.empty())))
                .isEqualTo("agg1 is VRRP master for group 10: priority 200 beats agg2's 100");
    }

    @Test
    void a_glbp_forwarder_names_the_round_robin_and_the_avg_election() {
        FhrpElection avg = new FhrpElection("agg1", new GatewayProtocol.FhrpGroup(GatewayProtocol.Elects.GLBP, 5, 150), 110, ip("10.1.110.2"),
                List.of(new FhrpElection.Rival("agg2", 100, ip("10.1.110.3"))), List.of());
        assertThat(GatewaySentences.of(new GatewayReason.GlbpForwarder("agg2", 2, List.of("agg1", "agg2"), "web02", 2, 3,
                avg))).isEqualTo("agg2 is GLBP forwarder 2 of group 5 for web02: the AVG hands out "
                + "forwarders agg1, agg2 round-robin to the VMs of VLAN 110 by name (web02 is VM 2 of 3); "
                + "agg1 is GLBP AVG for group 5: priority 150 beats agg2's 100");
    }

    @Test
    void a_vpc_peer_nearer_than_the_active_forwards_for_the_group() {
        FhrpElection election = hsrp110("agg1", 110, "10.1.110.2", "agg2", 100, "10.1.110.3");
        assertThat(GatewaySentences.of(new GatewayReason.VpcPeerNearer("agg2", "esx2", 1, 2, election)))
                .isEqualTo("agg2 forwards for HSRP group 110 as vPC peer of agg1, and host esx2 reaches it first "
                        + "(1 hop against 2); agg1 is HSRP active for group 110: priority 110 beats agg2's 100");
        assertThat(GatewaySentences.of(new GatewayReason.Elected(election,
                Optional.of(new GatewayReason.FartherVpcPeer("agg2", "esx1")))))
                .isEqualTo("agg1 is HSRP active for group 110: priority 110 beats agg2's 100; its vPC peer agg2 "
                        + "forwards too, but host esx1 reaches agg1 first");
    }

    @Test
    void the_nearest_anycast_gateway_names_the_others() {
        assertThat(GatewaySentences.of(new GatewayReason.NearestAnycast("agg2", ip("10.1.110.1"), "esx2", 1,
                List.of("agg1"))))
                .isEqualTo("agg2 serves anycast gateway 10.1.110.1 nearest to host esx2 (1 hop); also anycast: agg1");
        assertThat(GatewaySentences.of(new GatewayReason.NearestAnycast("leaf1", ip("10.1.110.1"), "esx1", 2,
                List.of()))).isEqualTo("leaf1 serves anycast gateway 10.1.110.1 nearest to host esx1 (2 hops)");
    }

    @Test
    void an_fhrp_filter_gives_each_side_its_own_election() {
        FhrpElection election = new FhrpElection("agg2", new GatewayProtocol.FhrpGroup(GatewayProtocol.Elects.HSRP, 110, 100), 110,
                ip("10.1.110.3"), List.of(), List.of("agg1-agg2"));
        assertThat(GatewaySentences.of(new GatewayReason.Elected(election, Optional.empty())))
                .isEqualTo("agg2 is HSRP active for group 110: the only HSRP router of VLAN 110 "
                        + "in its hello domain (FHRP hellos are dropped on link agg1-agg2, so this side elects its own)");
    }

    @Test
    void a_plain_svi_is_the_only_one_or_the_nearest() {
        assertThat(GatewaySentences.of(new GatewayReason.NearestSvi("agg1", 110, "esx1", 1, List.of())))
                .isEqualTo("agg1 has the only SVI of VLAN 110 in the VM's layer-2 domain");
        assertThat(GatewaySentences.of(new GatewayReason.NearestSvi("agg1", 110, "esx1", 1, List.of("agg2"))))
                .isEqualTo("agg1 has the SVI of VLAN 110 nearest to host esx1 (1 hop; also agg2)");
    }
}
