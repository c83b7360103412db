package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * One VLAN's layer-2 graph: the devices that are up and have the VLAN, joined by the links that
 * carry it. What a {@link ForwardingPathSelector} (and later the spanning-tree solver) works on.
 * Only switches {@linkplain #bridges(String) bridge}; the other devices are endpoints.
 */
public final class VlanGraph {

    private final Topology topology;
    private final int vlan;
    private final Graph<String, Link> graph;
    private final List<Link> links;

    VlanGraph(Topology topology, int vlan, Graph<String, Link> graph, List<Link> links) {
        this.topology = topology;
        this.vlan = vlan;
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.links = List.copyOf(links);
    }

    public Topology topology() {
        return topology;
    }

    public int vlan() {
        return vlan;
    }

    /** A read-only view: device names as vertices (topology order), carrying links as edges (parallel links kept). */
    public Graph<String, Link> graph() {
        return graph;
    }

    /** The links that carry the VLAN, in topology order. */
    public List<Link> links() {
        return links;
    }

    /** Whether {@code device} is up and takes part in the VLAN. */
    public boolean contains(String device) {
        return graph.containsVertex(device);
    }

    /** Whether frames of the VLAN may cross {@code device} from one link to another: only switches bridge. */
    public boolean bridges(String device) {
        Device known = topology.devices().get(device);
        return known != null && known.isSwitch();
    }

    /**
     * The devices in {@code device}'s layer-2 domain of the VLAN, itself included: everything
     * reachable from it over carrying links through switches. Empty when the device does not take
     * part in the VLAN (down, or the VLAN does not exist there).
     */
    public SortedSet<String> segment(String device) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(reachable(device)));
    }

    /** {@link #segment(String)} unsorted, for membership tests. */
    Set<String> reachable(String device) {
        if (!contains(device)) {
            return Set.of();
        }
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        seen.add(device);
        queue.add(device);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            if (!current.equals(device) && !bridges(current)) {
                continue;
            }
            for (Link link : graph.edgesOf(current)) {
                String next = link.otherDevice(current);
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    @Override
    public String toString() {
        return "VLAN " + vlan + " of " + topology.name() + ": " + graph.vertexSet().size() + " devices, "
                + links.size() + " links";
    }
}
