package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jgrapht.Graph;

/**
 * Breadth-first search over a bridged device graph, the one search behind a VLAN's layer-2 domain,
 * an FHRP hello domain and the fewest-hop path: the start always sends on; any other device only
 * when it bridges (a switch), so hosts, routers and firewalls end the search; links the filter
 * refuses are not crossed (and are noted); virtual neighbours (VXLAN tunnel peers) are one hop.
 *
 * <p>Neighbours come from the link itself ({@link Link#otherDevice(String)}): asking the graph for
 * an edge's ends hashes the whole {@code Link} record at every step, which dominated large graphs.
 */
final class BridgedWalker {

    /** What one search reached: the hops to each device reached, and the links refused on the way, by name. */
    record Flood(Map<String, Integer> hops, List<Link> refused) {
    }

    private final Graph<String, Link> graph;
    private final Predicate<String> bridges;
    private final Function<String, List<String>> virtual;
    private final Predicate<Link> refuses;

    /**
     * @param bridges whether frames may cross a device from one link to another
     * @param virtual the virtual neighbours of a device, none for most
     * @param refuses the links the search does not cross
     */
    BridgedWalker(Graph<String, Link> graph, Predicate<String> bridges, Function<String, List<String>> virtual,
                  Predicate<Link> refuses) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.bridges = Objects.requireNonNull(bridges, "bridges");
        this.virtual = Objects.requireNonNull(virtual, "virtual");
        this.refuses = Objects.requireNonNull(refuses, "refuses");
    }

    /**
     * Everything {@code start} reaches, with the hops to each; stops as soon as {@code goal} is
     * reached (null: never), when every device nearer to {@code start} than {@code goal} is known.
     * A start outside the graph reaches nothing, itself included.
     */
    Flood flood(String start, String goal) {
        Map<String, Integer> hops = new HashMap<>();
        TreeMap<String, Link> refused = new TreeMap<>();
        if (!graph.containsVertex(start)) {
            return new Flood(hops, List.of());
        }
        ArrayDeque<String> queue = new ArrayDeque<>();
        hops.put(start, 0);
        queue.add(start);
        while (!queue.isEmpty()) {
            String device = queue.poll();
            if (!device.equals(start) && !bridges.test(device)) {
                continue;
            }
            int next = hops.get(device) + 1;
            for (Link link : graph.edgesOf(device)) {
                if (refuses.test(link)) {
                    refused.putIfAbsent(link.name(), link);
                    continue;
                }
                String neighbour = link.otherDevice(device);
                if (hops.putIfAbsent(neighbour, next) == null) {
                    if (neighbour.equals(goal)) {
                        return new Flood(hops, List.copyOf(refused.values()));
                    }
                    queue.add(neighbour);
                }
            }
            for (String neighbour : virtual.apply(device)) {
                if (hops.putIfAbsent(neighbour, next) == null) {
                    if (neighbour.equals(goal)) {
                        return new Flood(hops, List.copyOf(refused.values()));
                    }
                    queue.add(neighbour);
                }
            }
        }
        return new Flood(hops, List.copyOf(refused.values()));
    }
}
