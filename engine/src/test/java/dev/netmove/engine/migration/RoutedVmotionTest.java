package dev.netmove.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.l2.TwoPods;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import org.junit.jupiter.api.Test;

/** vMotion between hosts whose vMotion interfaces are in different subnets: routed through the gateways. */
class RoutedVmotionTest {

    /**
     * Pod A (vMotion 10.9.0.0/24 in VLAN 900, HSRP on agg1/agg2) and pod B (10.9.1.0/24 in VLAN 901
     * on agg3), routed through core1; the web VLAN is stretched over a DCI trunk agg1-agg3.
     */
    static final String YAML = """
            topology: routed-vmotion
            devices:
              core1: { role: core }
              agg1:
                role: aggregation
                vlans: "110,900"
                svis: { 900: { ip: 10.9.0.2/24, hsrp: { group: 1, vip: 10.9.0.1, priority: 110 } } }
              agg2:
                role: aggregation
                vlans: "110,900"
                svis: { 900: { ip: 10.9.0.3/24, hsrp: { group: 1, vip: 10.9.0.1 } } }
              agg3:
                role: aggregation
                vlans: "110,901"
                svis: { 901: { ip: 10.9.1.2/24 } }
              acc-a1: { role: access, vlans: "110,900" }
              acc-b1: { role: access, vlans: "110,901" }
              esx-a1: { role: host, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.11/24 } }
              esx-b1: { role: host, portGroups: { web: 110 }, vmotion: { vlan: 901, ip: 10.9.1.21/24 } }
            links:
              - { name: esx-a1--acc-a1, between: [esx-a1:vmnic0, acc-a1:Eth1/1], speed: 10Gbps }
              - { name: acc-a1--agg1, between: [acc-a1:Eth1/49, agg1:Eth1/1], speed: 40Gbps }
              - { name: acc-a1--agg2, between: [acc-a1:Eth1/50, agg2:Eth1/1], speed: 40Gbps }
              - { name: agg1--agg2, between: [agg1:Eth1/53, agg2:Eth1/53], speed: 100Gbps }
              - { name: agg1--core1, between: [agg1:Eth1/49, core1:Eth1/1], speed: 40Gbps, mode: routed, ip: [10.0.0.0/31, 10.0.0.1/31] }
              - { name: agg2--core1, between: [agg2:Eth1/49, core1:Eth1/2], speed: 40Gbps, mode: routed, ip: [10.0.0.2/31, 10.0.0.3/31] }
              - { name: core1--agg3, between: [core1:Eth1/3, agg3:Eth1/49], speed: 40Gbps, mode: routed, ip: [10.0.0.4/31, 10.0.0.5/31] }
              - { name: dci, between: [agg1:Eth1/60, agg3:Eth1/60], speed: 10Gbps, vlans: 110 }
              - { name: agg3--acc-b1, between: [agg3:Eth1/1, acc-b1:Eth1/49], speed: 40Gbps }
              - { name: acc-b1--esx-b1, between: [acc-b1:Eth1/1, esx-b1:vmnic0], speed: 10Gbps }
            vms:
              web01: { host: esx-a1, portGroup: web, memory: 16GiB }
            """;

    private final MigrationPrecheck precheck = new MigrationPrecheck();

    private MigrationVerdict webToB1(Topology topology) {
        return precheck.check(topology, "web01", "esx-b1");
    }

    private static Topology with(String line, String replacement) {
        return TwoPods.load(TwoPods.variant(YAML, line, replacement));
    }

    @Test
    void hosts_in_different_vmotion_subnets_migrate_through_the_active_gateway_and_the_routed_core() {
        MigrationVerdict verdict = webToB1(TwoPods.load(YAML));

        assertThat(verdict.reasons()).isEmpty();
        TransferPath path = verdict.transferPath().orElseThrow();
        assertThat(path.routed()).isTrue();
        // agg1 is the HSRP active (priority 110); agg3 has the destination's subnet
        assertThat(path).hasToString("esx-a1 > acc-a1 > agg1 > core1 > agg3 > acc-b1 > esx-b1");
        assertThat(path.links()).extracting(Link::name).containsExactly("esx-a1--acc-a1", "acc-a1--agg1",
                "agg1--core1", "core1--agg3", "agg3--acc-b1", "acc-b1--esx-b1");
        assertThat(verdict.vmotionPath()).isEmpty();
        assertThat(verdict.vmPath()).map(Object::toString).hasValue("esx-a1 > acc-a1 > agg1 > agg3 > acc-b1 > esx-b1");
    }

    @Test
    void the_higher_priority_wins_the_gateway_election() {
        Topology topology = with("hsrp: { group: 1, vip: 10.9.0.1 }", "hsrp: { group: 1, vip: 10.9.0.1, priority: 120 }");

        assertThat(webToB1(topology).transferPath()).map(TransferPath::toString)
                .hasValue("esx-a1 > acc-a1 > agg2 > core1 > agg3 > acc-b1 > esx-b1");
    }

    @Test
    void a_gateway_that_also_has_the_destinations_subnet_routes_it_itself() {
        Topology topology = TwoPods.load(YAML
                .replace("vlans: \"110,900\"\n    svis: { 900: { ip: 10.9.0.2/24, hsrp: { group: 1, vip: 10.9.0.1, priority: 110 } } }",
                        "vlans: \"110,900,901\"\n    svis:\n      900: { ip: 10.9.0.2/24, hsrp: { group: 1, vip: 10.9.0.1, priority: 110 } }\n"
                                + "      901: { ip: 10.9.1.3/24 }")
                .replace("vlans: 110 }", "vlans: \"110,901\" }"));

        TransferPath path = webToB1(topology).transferPath().orElseThrow();

        assertThat(path.routed()).isTrue();
        assertThat(path).hasToString("esx-a1 > acc-a1 > agg1 > agg3 > acc-b1 > esx-b1");
        assertThat(path.links()).extracting(Link::name).contains("dci").doesNotContain("agg1--core1");
    }

    @Test
    void a_transit_svi_routes_like_a_routed_link() {
        // no routed core: agg1 and agg3 route over VLAN 999 on the DCI trunk
        Topology topology = TwoPods.load(YAML
                .replace("vlans: \"110,900\"\n    svis: { 900: { ip: 10.9.0.2/24, hsrp: { group: 1, vip: 10.9.0.1, priority: 110 } } }",
                        "vlans: \"110,900,999\"\n    svis:\n      900: { ip: 10.9.0.2/24, hsrp: { group: 1, vip: 10.9.0.1, priority: 110 } }\n"
                                + "      999: { ip: 10.99.0.1/30, transit: true }")
                .replace("vlans: \"110,901\"\n    svis: { 901: { ip: 10.9.1.2/24 } }",
                        "vlans: \"110,901,999\"\n    svis:\n      901: { ip: 10.9.1.2/24 }\n      999: { ip: 10.99.0.2/30, transit: true }")
                .replace("vlans: 110 }", "vlans: \"110,999\" }")).withDeviceDown("core1");

        assertThat(webToB1(topology).transferPath()).map(TransferPath::toString)
                .hasValue("esx-a1 > acc-a1 > agg1 > agg3 > acc-b1 > esx-b1");
    }

    @Test
    void a_destination_subnet_without_a_gateway_is_named() {
        MigrationVerdict verdict = webToB1(with("svis: { 901: { ip: 10.9.1.2/24 } }", "svis: {}"));

        assertThat(verdict.reasons()).containsExactly("no gateway for vMotion subnet 10.9.1.0/24 of esx-b1: no device "
                + "has an SVI in VLAN 901 with an address in that subnet");
        assertThat(verdict.transferPath()).isEmpty();
    }

    @Test
    void an_svi_in_another_subnet_is_no_gateway() {
        MigrationVerdict verdict = webToB1(with("svis: { 901: { ip: 10.9.1.2/24 } }", "svis: { 901: { ip: 10.9.2.2/24 } }"));

        assertThat(verdict.reasons()).containsExactly("no gateway for vMotion subnet 10.9.1.0/24 of esx-b1: no device "
                + "has an SVI in VLAN 901 with an address in that subnet");
    }

    @Test
    void a_gateway_the_vmotion_vlan_does_not_reach_is_named_with_the_drop() {
        Topology topology = TwoPods.load(YAML
                .replace("between: [acc-a1:Eth1/49, agg1:Eth1/1]", "between: [{port: acc-a1:Eth1/49, vlans: 110}, agg1:Eth1/1]")
                .replace("between: [acc-a1:Eth1/50, agg2:Eth1/1]", "between: [{port: acc-a1:Eth1/50, vlans: 110}, agg2:Eth1/1]"));

        assertThat(webToB1(topology).reasons()).containsExactly("vMotion VLAN 900 does not connect esx-a1 to its "
                + "gateway agg1 (SVI 10.9.0.2/24): link \"acc-a1--agg1\" drops VLAN 900 at acc-a1:Eth1/49 (allowed there: "
                + "110)");
    }

    @Test
    void a_failure_that_cuts_the_host_off_its_gateway_is_named() {
        // with everything up, VLAN 900 would still reach agg1 through agg2 and the peer link
        Topology topology = with("between: [acc-a1:Eth1/49, agg1:Eth1/1]", "between: [{port: acc-a1:Eth1/49, vlans: 110}, agg1:Eth1/1]")
                .withLinkDown("acc-a1--agg2");

        assertThat(webToB1(topology).reasons()).containsExactly("vMotion VLAN 900 does not connect esx-a1 to its "
                + "gateway agg1 (SVI 10.9.0.2/24): link \"acc-a1--agg2\" is down");
    }

    @Test
    void no_routed_path_between_the_gateways_is_named() {
        MigrationVerdict verdict = webToB1(TwoPods.load(YAML).withDeviceDown("core1"));

        assertThat(verdict.reasons()).containsExactly("no routed path from agg1, the vMotion gateway of esx-a1, to the "
                + "vMotion subnet 10.9.1.0/24 of esx-b1 (on agg3)");
    }

    @Test
    void a_destination_its_gateways_vlan_does_not_reach_is_named() {
        MigrationVerdict verdict = webToB1(TwoPods.load(YAML).withLinkDown("agg3--acc-b1"));

        assertThat(verdict.reasons()).containsExactly(
                "vMotion VLAN 901 does not connect agg3, which routes the vMotion subnet 10.9.1.0/24 of esx-b1, to "
                        + "esx-b1: link \"agg3--acc-b1\" is down",
                "VLAN 110 of VM web01 does not reach esx-b1 from its segment on esx-a1: link \"agg3--acc-b1\" is down");
    }
}
