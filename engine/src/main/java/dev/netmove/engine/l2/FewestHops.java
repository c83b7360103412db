package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.PortOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jgrapht.Graph;

/**
 * The deterministic fewest-hop path between two vertices of a device graph whose inner vertices
 * must pass a transit test: among the shortest paths, the one whose device names are
 * lexicographically smallest (compared device by device from the start); between parallel links,
 * the one on the lowest port of the nearer device, then the lowest link name.
 *
 * <p>Virtual neighbours (VXLAN tunnel peers) count as one hop each, and lose a tie to a real link
 * to the same device; the walk returned lists such a hop as the walk the caller expands it to.
 */
final class FewestHops {

    private FewestHops() {
    }

    static Optional<Walk> find(Graph<String, Link> graph, String from, String to, Predicate<String> transits) {
        return find(graph, from, to, transits, device -> List.of(), (a, b) -> {
            throw new IllegalStateException("no virtual hop from " + a + " to " + b);
        });
    }

    /** @param expand the walk a virtual hop from its first device to its second stands for */
    static Optional<Walk> find(Graph<String, Link> graph, String from, String to, Predicate<String> transits,
                               Function<String, List<String>> virtual, BiFunction<String, String, Walk> expand) {
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            return Optional.empty();
        }
        if (from.equals(to)) {
            return Optional.of(Walk.at(from));
        }
        // hops to the target, from it; only vertices nearer to it than the start are needed
        Map<String, Integer> hopsToTarget = new BridgedWalker(graph, transits, virtual, link -> false)
                .flood(to, from).hops();
        Integer remaining = hopsToTarget.get(from);
        if (remaining == null) {
            return Optional.empty();
        }
        Walk.Builder walk = Walk.from(from);
        String current = from;
        while (!current.equals(to)) {
            int wanted = hopsToTarget.get(current) - 1;
            String bestDevice = null;
            Link bestLink = null;
            for (Link link : graph.edgesOf(current)) {
                String next = link.otherDevice(current);
                if (isStep(hopsToTarget, next, wanted, to, transits)
                        && (bestDevice == null || isBetter(current, next, link, bestDevice, bestLink))) {
                    bestDevice = next;
                    bestLink = link;
                }
            }
            for (String next : virtual.apply(current)) {
                if (isStep(hopsToTarget, next, wanted, to, transits)
                        && (bestDevice == null || next.compareTo(bestDevice) < 0)) {
                    bestDevice = next;
                    bestLink = null;
                }
            }
            if (bestDevice == null) {
                throw new IllegalStateException("no next hop from " + current + " towards " + to);
            }
            if (bestLink != null) {
                walk.step(bestLink, bestDevice);
            } else {
                walk.then(expand.apply(current, bestDevice));
            }
            current = bestDevice;
        }
        return Optional.of(walk.build());
    }

    private static boolean isStep(Map<String, Integer> hopsToTarget, String next, int wanted, String to,
                                  Predicate<String> transits) {
        Integer distance = hopsToTarget.get(next);
        return distance != null && distance == wanted && (next.equals(to) || transits.test(next));
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
}
