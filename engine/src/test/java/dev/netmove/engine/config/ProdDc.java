package dev.netmove.engine.config;

import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;

/**
 * A small data center for the configuration tests: two pods under core1 (which routes VLAN 120),
 * cluster prod with two hosts in pod A and one in pod B, and cluster test with one host in pod A
 * using VLAN 300. Every trunk allows all VLANs; every switch has 110,120,300,900. Variants replace
 * one line of it.
 */
final class ProdDc {

    static final String YAML = """
            topology: prod-dc
            devices:
              core1: { role: core, vlans: "110,120,300,900", svis: { 120: { ip: 10.1.120.1/24 } } }
              agg-a: { role: aggregation, vlans: "110,120,300,900" }
              agg-b: { role: aggregation, vlans: "110,120,300,900" }
              acc-a1: { role: access, vlans: "110,120,300,900" }
              acc-b1: { role: access, vlans: "110,120,300,900" }
              esx-a1: { role: host, cluster: prod, portGroups: { web: 110, db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.11/24 } }
              esx-a2: { role: host, cluster: prod, portGroups: { web: 110, db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.12/24 } }
              esx-b1: { role: host, cluster: prod, portGroups: { web: 110, db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.21/24 } }
              esx-t1: { role: host, cluster: test, portGroups: { lab: 300 }, vmotion: { vlan: 900, ip: 10.9.0.31/24 } }
            links:
              - { name: agg-a-core1, between: [agg-a:Eth1/49, core1:Eth1/1], speed: 40Gbps }
              - { name: agg-b-core1, between: [agg-b:Eth1/49, core1:Eth1/2], speed: 40Gbps }
              - { name: acc-a1-agg-a, between: [acc-a1:Eth1/49, agg-a:Eth1/1], speed: 40Gbps }
              - { name: acc-b1-agg-b, between: [acc-b1:Eth1/49, agg-b:Eth1/1], speed: 40Gbps }
              - { name: esx-a1-acc-a1, between: [esx-a1:vmnic0, acc-a1:Eth1/1], speed: 10Gbps }
              - { name: esx-a2-acc-a1, between: [esx-a2:vmnic0, acc-a1:Eth1/2], speed: 10Gbps }
              - { name: esx-b1-acc-b1, between: [esx-b1:vmnic0, acc-b1:Eth1/1], speed: 10Gbps }
              - { name: esx-t1-acc-a1, between: [esx-t1:vmnic0, acc-a1:Eth1/3], speed: 10Gbps }
            """;

    private ProdDc() {
    }

    static Topology load() {
        return new TopologyLoader().load("prod-dc.yaml", YAML);
    }

    /** The data center with {@code line} (exactly once in it) replaced by {@code replacement}. */
    static Topology with(String line, String replacement) {
        int at = YAML.indexOf(line);
        if (at < 0 || YAML.indexOf(line, at + 1) >= 0) {
            throw new IllegalArgumentException("the test topology must contain exactly once: " + line);
        }
        return new TopologyLoader().load("prod-dc.yaml", YAML.substring(0, at) + replacement
                + YAML.substring(at + line.length()));
    }
}
