package dev.netmove.engine.l2;

import java.util.Optional;

/**
 * The first-cut forwarding path: the fewest hops in the VLAN's graph (a VXLAN tunnel counting as
 * one hop, listed as its underlay path), ties broken by device names (compared device by device
 * from the start), then by the lowest port of the nearer device, then by link name. It ignores
 * spanning tree, which may block some of those links; {@link SpanningTreePathSelector} does not.
 */
final class FewestHopsPathSelector implements ForwardingPathSelector {

    /** The one instance; it holds no state. */
    public static final FewestHopsPathSelector INSTANCE = new FewestHopsPathSelector();

    private FewestHopsPathSelector() {
    }

    @Override
    public Optional<Layer2Path> select(VlanGraph graph, String from, String to) {
        return FewestHops.find(graph.graph(), from, to, graph::bridges, graph::tunnelPeers,
                        (a, b) -> graph.tunnelPath(a, b).orElseThrow().walk())
                .map(walk -> new Layer2Path(graph.vlan(), walk));
    }

    @Override
    public String toString() {
        return "fewest hops";
    }
}
