package dev.netmove.engine.change;

import static dev.netmove.engine.PropertySeeds.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.ModelExercise;
import dev.netmove.engine.topology.load.MutatedTopologyProperties;
import dev.netmove.engine.topology.load.TopologyLoadException;
import dev.netmove.engine.topology.load.TopologyLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Randomly mutated change files applied to a real topology: whatever the mutation, the change applies or
 * fails with the loader's own error naming the change file; never another exception.
 */
class MutatedChangeProperties {

    static final String VALID = """
            change: CR-1 widen the pod B trunk
            topology: core-pruning
            devices:
              agg-a1: { svis: { 110: { ip: 10.3.110.2/24, hsrp: { vip: 10.3.110.1, priority: 120 } } } }
              agg-b9: { role: aggregation, vlans: 110,900 }
            links:
              agg-b1-core1: { vlans: 110,900, speed: 100Gbps }
              esx-a2-acc-a1: null
              agg-b9-core1: { between: [agg-b9:Eth1/1, core1:Eth1/9], speed: 40Gbps }
              "acc-b1:Eth1/49--agg-b1:Eth1/1": { load: 2Gbps }
            vms:
              web09: { host: esx-b1, portGroup: web, memory: 8GiB }
              web01: { dirtyRate: 50MB/s }
            flows: []
            """;

    /** A second change that removes a device (and every link of it) and a VM. */
    static final String REMOVING = """
            change: CR-2 retire acc-b1
            devices:
              acc-b1: null
              esx-b1: null
            vms:
              web01: null
            """;

    private static final List<String> PIECES = List.of(":", " ", "\n", "  ", "{", "}", "[", "]", ",", "-", "#", "null",
            "~", "\"", "'", "&a", "*a", "0", "-1", "4095", "99999999999999999999", "Gbps", "GiB", "%", "esx-b9", "agg-a9",
            "core-pruning", "other-topology", "\u0000", "\ufeff", "change:", "links: []", "devices: null", "vms: {}");

    private static Topology twoPods;

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> base = Arbitraries.of(VALID, REMOVING);
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().withChars(":{}[],-#\n 0123456789abcGiBbps").ofMaxLength(8));
        return Combinators.combine(base, at, length, piece).as((text, where, l, p) -> {
            int a = (int) (where * (text.length() - 1));
            return text.substring(0, a) + p + text.substring(Math.min(text.length(), a + l));
        });
    }

    @Property(tries = 600, edgeCases = EdgeCasesMode.MIXIN, seed = SEED)
    void a_mutated_change_applies_or_fails_with_the_loaders_error(@ForAll("mutated") String text) {
        try {
            ModelExercise.run(
                    NetworkChange.apply(topology(), ChangeFile.parse("cr-1.yaml", text, 1)));
        } catch (TopologyLoadException | ConfigurationChangeException e) {
            assertThat(e.getMessage()).as(text).startsWith("cr-1.yaml").doesNotContain("Exception", "\tat ");
        }
    }

    /** A change of random operations on one of the suite's richer topologies, by the names that topology has. */
    @Provide
    Arbitrary<String[]> richChanges() {
        return Arbitraries.integers().between(0, MutatedTopologyProperties.bases().size() - 1)
                .flatMap(which -> Arbitraries.longs().map(seed -> {
                    String base = MutatedTopologyProperties.bases().get(which);
                    return new String[] {base, randomChange(new TopologyLoader().load("t.yaml", base), new Random(seed))};
                }));
    }

    private static String randomChange(Topology t, Random r) {
        List<String> devices = List.copyOf(t.devices().keySet());
        List<String> links = t.links().stream().map(dev.netmove.engine.topology.Link::name).toList();
        List<String> vms = List.copyOf(t.vms().keySet());
        List<String> hosts = t.devices().values().stream().filter(dev.netmove.engine.topology.Device::isHost)
                .map(dev.netmove.engine.topology.Device::name).toList();
        StringBuilder d = new StringBuilder();
        StringBuilder l = new StringBuilder();
        StringBuilder v = new StringBuilder();
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            switch (r.nextInt(9)) {
                case 0 -> d.append("  ").append(devices.get(r.nextInt(devices.size()))).append(": null\n");
                case 1 -> d.append("  ").append(devices.get(r.nextInt(devices.size()))).append(": { vlans: \"")
                        .append(r.nextBoolean() ? "1-4094" : "110").append("\" }\n");
                case 2 -> d.append("  new").append(i).append(": { role: aggregation, vlans: \"110,900\" }\n");
                case 3 -> l.append("  \"").append(links.get(r.nextInt(links.size()))).append("\": null\n");
                case 4 -> l.append("  \"").append(links.get(r.nextInt(links.size()))).append("\": { speed: ")
                        .append(r.nextBoolean() ? "1Gbps" : "400Gbps").append(", vlans: ").append(r.nextBoolean() ? "all" : "none")
                        .append(" }\n");
                case 5 -> l.append("  new-link").append(i).append(": { between: [").append(devices.get(r.nextInt(devices.size())))
                        .append(":Eth9/").append(i).append(", ").append(devices.get(r.nextInt(devices.size()))).append(":Eth9/")
                        .append(i + 10).append("], speed: 10Gbps }\n");
                case 6 -> {
                    if (!vms.isEmpty() && !hosts.isEmpty()) {
                        v.append("  ").append(vms.get(r.nextInt(vms.size()))).append(": { host: ")
                                .append(hosts.get(r.nextInt(hosts.size()))).append(" }\n");
                    }
                }
                case 7 -> {
                    if (!vms.isEmpty()) {
                        v.append("  ").append(vms.get(r.nextInt(vms.size()))).append(": null\n");
                    }
                }
                default -> l.append("  \"").append(links.get(r.nextInt(links.size()))).append("\": { load: 5Gbps, qos: { vmotion: 30% } }\n");
            }
        }
        return "change: CR-random\n" + (d.isEmpty() ? "" : "devices:\n" + d) + (l.isEmpty() ? "" : "links:\n" + l)
                + (v.isEmpty() ? "" : "vms:\n" + v);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN, seed = SEED)
    void a_random_change_of_a_rich_topology_applies_or_fails_with_the_loaders_error(
            @ForAll("richChanges") String[] baseAndChange) {
        Topology base = new TopologyLoader().load("t.yaml", baseAndChange[0]);
        try {
            ModelExercise.run(NetworkChange.apply(base, ChangeFile.parse("cr-1.yaml", baseAndChange[1], 1)));
        } catch (TopologyLoadException | ConfigurationChangeException e) {
            assertThat(e.getMessage()).as(baseAndChange[1]).startsWith("cr-1.yaml").doesNotContain("Exception", "\tat ");
        }
    }

    @Property(tries = 1)
    void the_unmutated_change_applies() {
        assertThat(NetworkChange.apply(topology(), ChangeFile.parse("cr-1.yaml", VALID, 1)).vms()).containsKey("web09");
        Topology retired = NetworkChange.apply(topology(), ChangeFile.parse("cr-1.yaml", REMOVING, 1));
        assertThat(retired.devices()).doesNotContainKeys("acc-b1", "esx-b1");
        assertThat(retired.vms()).doesNotContainKey("web01");
    }

    private static synchronized Topology topology() {
        if (twoPods == null) {
            twoPods = new TopologyLoader().load(Path.of("../features/src/test/features/vmotion-pruning/two-pods.yaml"));
        }
        return twoPods;
    }
}
