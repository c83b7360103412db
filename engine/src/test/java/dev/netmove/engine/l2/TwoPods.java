package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;

/**
 * A small two-pod data center for tests: pod A (acc-a1 under agg1) and pod B (acc-b1 under agg3)
 * joined by core1, a host in each pod, and VM web01 on esx-a1. Variants replace one line of it.
 */
public final class TwoPods {

    /** The topology file; each line that tests vary is unique in it. */
    public static final String YAML = """
            topology: two-pods
            devices:
              core1: { role: core, vlans: "110,120,900" }
              agg1: { role: aggregation, vlans: "110,120,900" }
              agg3: { role: aggregation, vlans: "110,120,900" }
              acc-a1: { role: access, vlans: "110,120,900" }
              acc-b1: { role: access, vlans: "110,120,900" }
              esx-a1:
                role: host
                portGroups: { web: 110, db: 120 }
                vmotion: { vlan: 900, ip: 10.9.0.11/24 }
              esx-b1:
                role: host
                portGroups: { web: 110, db: 120 }
                vmotion: { vlan: 900, ip: 10.9.0.21/24 }
            links:
              - { name: esx-a1--acc-a1, between: [esx-a1:vmnic0, acc-a1:Eth1/1], speed: 10Gbps }
              - { name: acc-a1--agg1, between: [acc-a1:Eth1/49, agg1:Eth1/1], speed: 40Gbps }
              - { name: agg1--core1, between: [agg1:Eth1/49, core1:Eth1/1], speed: 40Gbps }
              - { name: core1--agg3, between: [core1:Eth1/3, agg3:Eth1/49], speed: 40Gbps }
              - { name: agg3--acc-b1, between: [agg3:Eth1/1, acc-b1:Eth1/49], speed: 40Gbps }
              - { name: acc-b1--esx-b1, between: [acc-b1:Eth1/1, esx-b1:vmnic0], speed: 10Gbps }
            vms:
              web01: { host: esx-a1, portGroup: web, memory: 16GiB }
            """;

    private TwoPods() {
    }

    /** The two pods as they are. */
    public static Topology load() {
        return load(YAML);
    }

    /** The two pods with {@code line} (which must occur exactly once) replaced by {@code replacement}. */
    public static Topology with(String line, String replacement) {
        return load(variant(YAML, line, replacement));
    }

    /** {@code yaml} with {@code line} (which must occur exactly once) replaced by {@code replacement}. */
    public static String variant(String yaml, String line, String replacement) {
        int at = yaml.indexOf(line);
        if (at < 0 || yaml.indexOf(line, at + 1) >= 0) {
            throw new IllegalArgumentException("the test topology must contain exactly once: " + line);
        }
        return yaml.substring(0, at) + replacement + yaml.substring(at + line.length());
    }

    /** Loads a topology file given as text. */
    public static Topology load(String yaml) {
        return new TopologyLoader().load("t.yaml", yaml);
    }
}
