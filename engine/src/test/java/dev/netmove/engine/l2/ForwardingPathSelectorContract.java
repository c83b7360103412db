package dev.netmove.engine.l2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ForwardingPathSelector} must do, whatever path it prefers; each implementation
 * gets a test class that extends this one.
 */
abstract class ForwardingPathSelectorContract {

    /** The selector under test. */
    protected abstract ForwardingPathSelector selector();

    private static final String MESH = """
            topology: mesh
            devices:
              core1: { role: core, vlans: "110" }
              core2: { role: core, vlans: "110" }
              agg1: { role: aggregation, vlans: "110" }
              agg2: { role: aggregation, vlans: "110" }
              acc1: { role: access, vlans: "110" }
              acc2: { role: access, vlans: "110" }
              esx1: { role: host, portGroups: { web: 110 } }
              esx2: { role: host, portGroups: { web: 110 } }
            links:
              - { between: [esx1:vmnic0, acc1:Eth1/1], speed: 10Gbps }
              - { between: [esx1:vmnic1, acc2:Eth1/1], speed: 10Gbps }
              - { between: [esx2:vmnic0, acc2:Eth1/2], speed: 10Gbps }
              - { between: [acc1:Eth1/49, agg1:Eth1/1], speed: 40Gbps }
              - { between: [acc1:Eth1/50, agg2:Eth1/1], speed: 40Gbps }
              - { between: [acc2:Eth1/49, agg1:Eth1/2], speed: 40Gbps }
              - { between: [acc2:Eth1/50, agg2:Eth1/2], speed: 40Gbps }
              - { between: [agg1:Eth1/49, core1:Eth1/1], speed: 40Gbps }
              - { between: [agg2:Eth1/49, core2:Eth1/1], speed: 40Gbps }
              - { between: [core1:Eth1/2, core2:Eth1/2], speed: 100Gbps }
              - { between: [agg1:Eth1/50, agg2:Eth1/50], speed: 40Gbps }
            """;

    private VlanGraph graph(Topology topology) {
        return new Layer2Analysis(topology, selector()).vlanGraph(110);
    }

    @Test
    void every_path_joins_its_ends_over_carrying_links_and_crosses_only_switches_once() {
        VlanGraph graph = graph(TwoPods.load(MESH));
        List<String> devices = List.copyOf(graph.graph().vertexSet());

        for (String from : devices) {
            for (String to : devices) {
                Layer2Path path = selector().select(graph, from, to).orElseThrow(
                        () -> new AssertionError("no path from " + from + " to " + to));
                assertThat(path.from()).isEqualTo(from);
                assertThat(path.to()).isEqualTo(to);
                assertThat(path.vlan()).isEqualTo(110);
                assertThat(new HashSet<>(path.devices())).hasSameSizeAs(path.devices());
                assertThat(graph.links()).containsAll(path.links());
                for (String inner : path.devices().subList(1, Math.max(1, path.devices().size() - 1))) {
                    assertThat(graph.bridges(inner)).as("%s crosses %s", path, inner).isTrue();
                }
            }
        }
    }

    @Test
    void a_path_is_empty_exactly_when_the_destination_is_outside_the_segment() {
        Topology pruned = TwoPods.with("between: [core1:Eth1/3, agg3:Eth1/49]",
                "between: [core1:Eth1/3, {port: agg3:Eth1/49, vlans: 120}]");
        VlanGraph graph = graph(pruned);

        assertThat(selector().select(graph, "esx-a1", "esx-b1")).isEmpty();
        assertThat(selector().select(graph, "esx-a1", "core1")).isPresent();
        assertThat(selector().select(graph, "agg3", "esx-b1")).isPresent();
    }

    @Test
    void a_host_is_never_crossed_even_when_it_is_the_only_way() {
        Topology topology = TwoPods.load(MESH.replace("  - { between: [acc2:Eth1/49, agg1:Eth1/2], speed: 40Gbps }\n", "")
                .replace("  - { between: [acc2:Eth1/50, agg2:Eth1/2], speed: 40Gbps }\n", ""));
        VlanGraph graph = graph(topology);

        assertThat(graph.segment("acc1")).doesNotContain("acc2");
        assertThat(selector().select(graph, "acc1", "acc2")).isEmpty();
        assertThat(selector().select(graph, "esx1", "acc2")).map(Layer2Path::toString).hasValue("esx1 > acc2");
    }

    @Test
    void across_a_vxlan_fabric_every_path_joins_its_ends_over_carrying_links_or_a_tunnels_underlay() {
        VlanGraph graph = graph(TwoPods.load(SpanningTreeSolverTest.FABRIC));
        List<String> devices = List.copyOf(graph.graph().vertexSet());

        for (String from : devices) {
            for (String to : devices) {
                Layer2Path path = selector().select(graph, from, to).orElseThrow(
                        () -> new AssertionError("no path from " + from + " to " + to));
                assertThat(path.from()).isEqualTo(from);
                assertThat(path.to()).isEqualTo(to);
                assertThat(new HashSet<>(path.devices())).hasSameSizeAs(path.devices());
                for (int i = 0; i < path.links().size(); i++) {
                    Link link = path.links().get(i);
                    if (graph.links().contains(link)) {
                        continue;
                    }
                    // an underlay hop: routed, between devices outside the VLAN, starting at a VTEP of the VLAN
                    assertThat(link.isRouted()).as("%s in %s", link.name(), path).isTrue();
                    int start = i;
                    while (start > 0 && !graph.links().contains(path.links().get(start - 1))) {
                        start--;
                    }
                    assertThat(graph.vteps()).containsKey(path.devices().get(start));
                }
            }
        }
        assertThat(selector().select(graph, "esx1", "esx3")).map(Layer2Path::toString)
                .hasValueSatisfying(p -> assertThat(p).contains("leaf1 > spine1 > leaf3"));
    }

    @Test
    void the_same_graph_always_gives_the_same_path() {
        Optional<Layer2Path> first = selector().select(graph(TwoPods.load(MESH)), "esx1", "core2");
        Optional<Layer2Path> again = selector().select(graph(TwoPods.load(MESH)), "esx1", "core2");

        assertThat(first).isPresent().isEqualTo(again);
        assertThat(first.get().links()).extracting(Link::name).isEqualTo(again.get().links().stream().map(Link::name).toList());
    }
}
