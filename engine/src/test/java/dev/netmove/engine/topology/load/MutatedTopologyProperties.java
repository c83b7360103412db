package dev.netmove.engine.topology.load;

import static dev.netmove.engine.PropertySeeds.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

/**
 * Randomly mutated valid topologies (the racks topology below and eight of the suite's richer ones): whatever the
 * mutation, the loader either loads the file or throws its own located error naming the file; never another
 * exception; and what loads takes a suite's analyses ({@link ModelExercise}).
 */
public class MutatedTopologyProperties {

    static final String VALID = """
            topology: racks
            devices:
              core1: { role: core, vlans: "110,900", stp: { priority: 4096 } }
              leaf1: { role: access, vlans: "110,900" }
              agg1:
                role: aggregation
                vlans: 110,900
                svis:
                  110: { ip: 10.1.110.2/24, hsrp: { group: 1, vip: 10.1.110.1, priority: 110 } }
              esx1: { role: host, cluster: prod, memory: 64GiB, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.1/24 } }
              esx2: { role: host, cluster: prod, memory: 64GiB, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.2/24 } }
            links:
              - { name: esx1-leaf1, between: [esx1:vmnic0, leaf1:Eth1/1], speed: 10Gbps, latency: 5us }
              - { name: esx2-leaf1, between: [esx2:vmnic0, leaf1:Eth1/2], speed: 10Gbps, load: 1Gbps }
              - { name: leaf1-agg1, between: [leaf1:Eth1/49, agg1:Eth1/1], speed: 40Gbps, vlans: 110,900 }
              - { name: agg1-core1, between: [agg1:Eth1/49, core1:Eth1/1], speed: 40Gbps, qos: { vmotion: 20% } }
            vms:
              web01: { host: esx1, portGroup: web, memory: 16GiB, dirtyRate: 100MB/s, inUse: 60% }
            flows:
              - { from: web01, to: core1, rate: 300Mbps }
            migration: { profile: vsphere, maxDowntime: 500ms }
            """;

    private static final List<String> PIECES = List.of(":", " ", "\n", "  ", "{", "}", "[", "]", ",", "-", "#", "&a",
            "*a", "!", "|", ">", "'", "\"", "%", "@", "\t", "0", "010", "9999999999999999999999", "-1", "1.5", "Gbps",
            "GiB", "TiB", "%", "null", "~", "yes", "all", "none", "4095", "0x6E", "web", "esx9", "? ", "--- ", "...",
            "<<: *a", "\\", "\u00e9", "\u0000", "\ufeff");

    /**
     * The suite's richer topologies as more starting points: EVPN anycast gateways over VXLAN, a vPC pair with
     * HSRP, GLBP, routed links with costs, port-channels, per-end settings, two sites, blades, a ring.
     */
    public static final List<String> FEATURE_TOPOLOGIES = List.of("gateways/evpn-fabric.yaml", "gateways/three-tier-vpc.yaml",
            "gateways/three-tier-hsrp.yaml", "l2/vxlan-fabric.yaml", "l2/campus-ring.yaml", "migration/two-sites.yaml",
            "blade-chassis/chassis.yaml", "vlans/dc1.yaml");

    public static List<String> bases() {
        List<String> bases = new java.util.ArrayList<>(List.of(VALID));
        for (String f : FEATURE_TOPOLOGIES) {
            try {
                bases.add(java.nio.file.Files.readString(java.nio.file.Path.of("../features/src/test/features", f)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return bases;
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().withChars(":{}[],-#&*!|>'\"%@\n\t 0123456789abcGiBbps").ofMaxLength(8));
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
        Arbitrary<String> base = Arbitraries.of(bases());
        Arbitrary<String> once = Combinators.combine(base, at, length, piece).as((text, where, l, p) -> {
            int a = (int) (where * (text.length() - 1));
            return text.substring(0, a) + p + text.substring(Math.min(text.length(), a + l));
        });
        return Arbitraries.oneOf(once, Combinators.combine(base, at, at, piece, piece).as((text, x, y, p, q) -> {
            int first = (int) (Math.min(x, y) * (text.length() - 1));
            int second = (int) (Math.max(x, y) * (text.length() - 1));
            return text.substring(0, first) + p + text.substring(first, second) + q + text.substring(second);
        }));
    }

    @Property(tries = 1000, seed = SEED)
    void a_mutated_topology_loads_or_fails_with_the_loaders_located_error(@ForAll("mutated") String text) {
        try {
            ModelExercise.run(new TopologyLoader().load("racks.yaml", text));
        } catch (TopologyLoadException e) {
            assertThat(e.getMessage()).startsWith("racks.yaml");
        }
    }

    @Property(tries = 1)
    void the_unmutated_topologies_load() {
        assertThat(new TopologyLoader().load("racks.yaml", VALID).vms()).containsKey("web01");
        for (String base : bases()) {
            ModelExercise.run(new TopologyLoader().load("racks.yaml", base));
        }
    }
}
