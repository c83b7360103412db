package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.PortOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jgrapht.Graph;

/**
 * The deterministic fewest-hop path between two vertices of a device graph whose inner vertices
 * must pass a transit test: among the shortest paths, the one whose device names are
 * lexicographically smallest (compared device by device from the start); between parallel links,
 * the one on the lowest port of the nearer device, then the lowest link name.
 *
 * <p>Virtual neighbours (VXLAN tunnel peers) count as one hop each; a hop to one is returned with
 * a {@code null} link for the caller to expand, and loses a tie to a real link to the same device.
 *
 * <p>Neighbours come from the link itself ({@link Link#otherDevice(String)}): asking the graph for
 * an edge's ends hashes the whole {@code Link} record at every step, which dominated large graphs.
 */
final class FewestHops {

    /** Devices and links of a path found, in order from the start; a {@code null} link is a virtual hop. */
    record Hops(List<String> devices, List<Link> links) {
        Hops {
            devices = List.copyOf(devices);
            links = Collections.unmodifiableList(new ArrayList<>(links));
        }
    }

    private FewestHops() {
    }

    static Optional<Hops> find(Graph<String, Link> graph, String from, String to, Predicate<String> transits) {
        return find(graph, from, to, transits, device -> List.of());
    }

    static Optional<Hops> find(Graph<String, Link> graph, String from, String to, Predicate<String> transits,
                               Function<String, List<String>> virtual) {
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            return Optional.empty();
        }
        if (from.equals(to)) {
            return Optional.of(new Hops(List.of(from), List.of()));
        }
        Map<String, Integer> hopsToTarget = distancesTo(graph, from, to, transits, virtual);
        Integer remaining = hopsToTarget.get(from);
        if (remaining == null) {
            return Optional.empty();
        }
        List<String> devices = new ArrayList<>(remaining + 1);
        List<Link> links = new ArrayList<>(remaining);
        String current = from;
        devices.add(current);
        while (!current.equals(to)) {
            int wanted = hopsToTarget.get(current) - 1;
            String bestDevice = null;
            Link bestLink = null;
            for (Link link : graph.edgesOf(current)) {
                String next = link.otherDevice(current);
                Integer distance = hopsToTarget.get(next);
                if (distance == null || distance != wanted || !(next.equals(to) || transits.test(next))) {
                    continue;
                }
                if (bestDevice == null || isBetter(current, next, link, bestDevice, bestLink)) {
                    bestDevice = next;
                    bestLink = link;
                }
            }
            for (String next : virtual.apply(current)) {
                Integer distance = hopsToTarget.get(next);
                if (distance == null || distance != wanted || !(next.equals(to) || transits.test(next))) {
                    continue;
                }
                if (bestDevice == null || next.compareTo(bestDevice) < 0) {
                    bestDevice = next;
                    bestLink = null;
                }
            }
            if (bestDevice == null) {
                throw new IllegalStateException("no next hop from " + current + " towards " + to);
            }
            links.add(bestLink);
            devices.add(bestDevice);
            current = bestDevice;
        }
        return Optional.of(new Hops(devices, links));
    }

    private static boolean isBetter(String current, String device, Link link, String bestDevice, Link bestLink) {
        int byDevice = device.compareTo(bestDevice);
        if (byDevice != 0) {
            return byDevice < 0;
        }
        int byPort = PortOrder.NATURAL.compare(link.end(current).port(), bestLink.end(current).port());
        if (byPort != 0) {
            return byPort < 0;
        }
        return link.name().compareTo(bestLink.name()) < 0;
    }

    /**
     * Breadth-first from {@code to}, passing only through {@code to} itself and transit vertices,
     * until {@code from} is found: every vertex closer to {@code to} than {@code from} is then known.
     */
    private static Map<String, Integer> distancesTo(Graph<String, Link> graph, String from, String to,
                                                    Predicate<String> transits, Function<String, List<String>> virtual) {
        Map<String, Integer> distance = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        distance.put(to, 0);
        queue.add(to);
        while (!queue.isEmpty()) {
            String vertex = queue.poll();
            if (!vertex.equals(to) && !transits.test(vertex)) {
                continue;
            }
            int next = distance.get(vertex) + 1;
            for (Link link : graph.edgesOf(vertex)) {
                String neighbour = link.otherDevice(vertex);
                if (distance.putIfAbsent(neighbour, next) == null) {
                    if (neighbour.equals(from)) {
                        return distance;
                    }
                    queue.add(neighbour);
                }
            }
            for (String neighbour : virtual.apply(vertex)) {
                if (distance.putIfAbsent(neighbour, next) == null) {
                    if (neighbour.equals(from)) {
                        return distance;
                    }
                    queue.add(neighbour);
                }
            }
        }
        return distance;
    }
}
