package dev.netmove.engine.l2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import org.junit.jupiter.api.Test;

class SpanningTreePathSelectorTest extends ForwardingPathSelectorContract {

    @Override
    protected ForwardingPathSelector selector() {
        return SpanningTreePathSelector.INSTANCE;
    }

    @Test
    void a_host_sends_on_its_first_uplink_in_teaming_order() {
        Topology topology = TwoPods.load("""
                topology: teaming
                devices:
                  acc1: { role: access, vlans: "110,900", stp: { priority: 4096 } }
                  acc2: { role: access, vlans: "110,900" }
                  esx1:
                    role: host
                    portGroups: { web: 110 }
                    vmotion: { vlan: 900, ip: 10.9.0.11/24, nics: [vmnic1] }
                    uplinks: [vmnic2, vmnic1]
                  esx2: { role: host, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.12/24 } }
                links:
                  - { name: acc1-acc2, between: [acc1:Eth1/49, acc2:Eth1/49], speed: 40Gbps }
                  - { name: nic1, between: [esx1:vmnic1, acc1:Eth1/1], speed: 10Gbps }
                  - { name: nic2, between: [esx1:vmnic2, acc2:Eth1/1], speed: 10Gbps }
                  - { name: esx2, between: [esx2:vmnic0, acc1:Eth1/2], speed: 10Gbps }
                """);
        Layer2Analysis layer2 = new Layer2Analysis(topology);

        // VM traffic leaves on the first uplink, vMotion on the vMotion NIC
        assertThat(layer2.reach(110, "esx1", "esx2")).hasToString("esx1 > acc2 > acc1 > esx2");
        assertThat(layer2.reach(900, "esx1", "esx2")).hasToString("esx1 > acc1 > esx2");
        // towards esx1, the switches learned it where it sends from
        assertThat(layer2.reach(110, "esx2", "esx1")).hasToString("esx2 > acc1 > acc2 > esx1");
        // the first uplink down: the standby takes over
        assertThat(new Layer2Analysis(topology.withLinkDown("nic2")).reach(110, "esx1", "esx2"))
                .hasToString("esx1 > acc1 > esx2");
    }

    @Test
    void a_path_follows_the_tree_even_where_a_blocked_link_is_shorter() {
        Topology topology = TwoPods.load("""
                topology: ring
                devices:
                  sw1: { role: core, vlans: "10", stp: { priority: 4096 } }
                  sw2: { role: access, vlans: "10" }
                  sw3: { role: access, vlans: "10" }
                  sw4: { role: access, vlans: "10" }
                links:
                  - { name: sw1-sw2, between: [sw1:Eth1/1, sw2:Eth1/1], speed: 10Gbps }
                  - { name: sw2-sw3, between: [sw2:Eth1/2, sw3:Eth1/1], speed: 10Gbps }
                  - { name: sw3-sw4, between: [sw3:Eth1/2, sw4:Eth1/2], speed: 10Gbps }
                  - { name: sw4-sw1, between: [sw4:Eth1/1, sw1:Eth1/2], speed: 10Gbps }
                """);
        Layer2Analysis layer2 = new Layer2Analysis(topology);

        // sw3 is 4,000 from the root either way: sw2 is the lower neighbour, so sw3 blocks towards sw4
        assertThat(layer2.spanningTree(10).blockedPorts()).extracting(p -> p.end().endpoint())
                .containsExactly("sw3:Eth1/2");
        Layer2Path path = (Layer2Path) layer2.reach(10, "sw3", "sw4");
        assertThat(path).hasToString("sw3 > sw2 > sw1 > sw4");
        assertThat(path.links()).extracting(Link::name).containsExactly("sw2-sw3", "sw1-sw2", "sw4-sw1");
    }
}
