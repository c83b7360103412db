package dev.netmove.engine.flow;

import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;

import java.net.URI;
import java.nio.file.Path;

/** Small topologies for the gateway and flow tests. */
final class FlowTopologies {

    private FlowTopologies() {
    }

    /**
     * Two aggregation switches joined directly (link agg1-agg2, latency 1ms) and each with a host below it;
     * {@code svi1}/{@code svi2} are the SVI 110 settings of agg1 and agg2, {@code extra1}/{@code extra2}
     * more lines for each (e.g. a vPC peer), {@code dci} more settings of the agg1-agg2 link.
     */
    static Topology pair(String svi1, String svi2, String extra1, String extra2, String dci) {
        return new TopologyLoader().load("pair.yaml", """
                topology: pair
                devices:
                  agg1:
                    role: aggregation
                    vlans: "110"
                    svis: { 110: %s }
                    %s
                  agg2:
                    role: aggregation
                    vlans: "110"
                    svis: { 110: %s }
                    %s
                  esx1: { role: host, portGroups: { web: 110 } }
                  esx2: { role: host, portGroups: { web: 110 } }
                links:
                  - { name: agg1-agg2, between: [agg1:Eth1/1, agg2:Eth1/1], speed: 10Gbps, latency: 1ms %s }
                  - { name: esx1-agg1, between: [esx1:vmnic0, agg1:Eth1/2], speed: 10Gbps }
                  - { name: esx2-agg2, between: [esx2:vmnic0, agg2:Eth1/2], speed: 10Gbps }
                vms:
                  web01: { host: esx1, portGroup: web, memory: 4GiB }
                  web02: { host: esx2, portGroup: web, memory: 4GiB }
                  web03: { host: esx2, portGroup: web, memory: 4GiB }
                """.formatted(svi1, extra1, svi2, extra2, dci));
    }

    /**
     * Two sites joined at layer 2 by link "dci" (FHRP hellos filtered); each site routes out through its own
     * firewall to the WAN, fw1's way being cheaper (10 against 100). The acceptance feature's own file (shared from the
     * root src/test-topologies), so the unit tests and the feature cannot drift apart.
     */
    private static final Path TWO_SITES =
            Path.of(URI.create(
                FlowTopologies.class.getResource("/test-topologies/gateways/two-sites.yaml").toString()));

    static Topology twoSites() {
        return new TopologyLoader().load(TWO_SITES);
    }

    /**
     * A routed diamond: r1 reaches r2 through c1 or c2 at equal cost; r2 has SVI 110 for the VM on esx1;
     * {@code routes} are r1's static routes.
     */
    static Topology diamond(String routes) {
        return new TopologyLoader().load("diamond.yaml", """
                topology: diamond
                devices:
                  r1:
                    role: aggregation
                    vlans: "110"
                    svis: { 110: { ip: 10.1.110.1/24 } }
                    routes: %s
                  c1: { role: core }
                  c2: { role: core }
                  r2: { role: router }
                  esx1: { role: host, portGroups: { web: 110 } }
                links:
                  - { name: esx1-r1, between: [esx1:vmnic0, r1:Eth1/1], speed: 10Gbps }
                  - { name: r1-c2, between: [r1:Eth1/49, c2:Eth1/1], speed: 40Gbps, mode: routed, ip: [10.0.0.0/31, 10.0.0.1/31] }
                  - { name: r1-c1, between: [r1:Eth1/50, c1:Eth1/1], speed: 40Gbps, mode: routed, ip: [10.0.0.2/31, 10.0.0.3/31] }
                  - { name: c1-r2, between: [c1:Eth1/2, r2:Eth1/1], speed: 40Gbps, mode: routed, ip: [10.0.0.4/31, 10.0.0.5/31] }
                  - { name: c2-r2, between: [c2:Eth1/2, r2:Eth1/2], speed: 40Gbps, mode: routed, ip: [10.0.0.6/31, 10.0.0.7/31] }
                vms:
                  web01: { host: esx1, portGroup: web, ip: 10.1.110.21, memory: 4GiB }
                """.formatted(routes));
    }
}
