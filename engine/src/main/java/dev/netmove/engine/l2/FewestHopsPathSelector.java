package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first-cut forwarding path: the fewest hops in the VLAN's graph (a VXLAN tunnel counting as
 * one hop, listed as its underlay path), ties broken by device names (compared device by device
 * from the start), then by the lowest port of the nearer device, then by link name. It ignores
 * spanning tree, which may block some of those links; {@link SpanningTreePathSelector} does not.
 */
public final class FewestHopsPathSelector implements ForwardingPathSelector {

    /** The one instance; it holds no state. */
    public static final FewestHopsPathSelector INSTANCE = new FewestHopsPathSelector();

    private FewestHopsPathSelector() {
    }

    @Override
    public Optional<Layer2Path> select(VlanGraph graph, String from, String to) {
        return FewestHops.find(graph.graph(), from, to, graph::bridges, graph::tunnelPeers)
                .map(hops -> expand(graph, hops));
    }

    private static Layer2Path expand(VlanGraph graph, FewestHops.Hops hops) {
        List<String> devices = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        devices.add(hops.devices().get(0));
        for (int i = 0; i < hops.links().size(); i++) {
            Link link = hops.links().get(i);
            if (link != null) {
                links.add(link);
                devices.add(hops.devices().get(i + 1));
            } else {
                RoutedPath underlay = graph.tunnelPath(hops.devices().get(i), hops.devices().get(i + 1)).orElseThrow();
                links.addAll(underlay.links());
                devices.addAll(underlay.devices().subList(1, underlay.devices().size()));
            }
        }
        return new Layer2Path(graph.vlan(), devices, links);
    }

    @Override
    public String toString() {
        return "fewest hops";
    }
}
