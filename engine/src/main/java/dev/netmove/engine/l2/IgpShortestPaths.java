package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.PortOrder;
import dev.netmove.engine.topology.Svi;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Shortest IGP paths between devices over the routed part of a topology: the VXLAN underlay that
 * tunnels ride, and the routed hop of a routed vMotion. Routed links (both ends routed) that are up
 * count with {@link Link#igpCost()}; with {@link #overRoutedLinksAndTransitSvis(Layer2Analysis)}, two
 * devices whose SVIs in one VLAN say {@code transit: true}, share a subnet and are joined by the VLAN
 * are neighbours too. Hosts are never crossed; devices that are down neither.
 *
 * <p>Among paths of equal cost the one whose next hop has the lowest neighbour name wins at every
 * step (then the lowest local port, then the link name), so the same topology always gives the
 * same path. Safe to share between threads.
 */
public final class IgpShortestPaths {

    /** The reference bandwidth of a transit SVI's cost, as for routed links: 100Gbps / speed. */
    private static final long REFERENCE_BITS_PER_SECOND = Link.REFERENCE_BITS_PER_SECOND;

    private final Map<String, List<Edge>> adjacency;
    private final Map<String, Integer> component;
    private final ConcurrentMap<String, Optional<RoutedPath>> pairs = new ConcurrentHashMap<>();

    /** One direction of a routed hop; {@code walk} runs from the near device to {@code to}. */
    private record Edge(String to, long cost, String port, String name, Walk walk) {
    }

    private IgpShortestPaths(Map<String, List<Edge>> adjacency) {
        this.adjacency = adjacency;
        this.component = components(adjacency);
    }

    /** Paths over the routed links of {@code topology} that are up: the VXLAN underlay. */
    public static IgpShortestPaths overRoutedLinks(Topology topology) {
        Map<String, List<Edge>> adjacency = new LinkedHashMap<>();
        addRoutedLinks(topology, adjacency);
        return new IgpShortestPaths(adjacency);
    }

    /**
     * Paths over the routed links and the transit SVIs of {@code layer2}'s topology, as routing runs
     * (TOPOLOGY.md: SVIs are passive unless {@code transit: true}). A transit-SVI hop costs
     * 100Gbps divided by the slowest link of the VLAN's path between the two devices (at least 1),
     * as a routed link of that speed would; its links are that layer-2 path.
     */
    public static IgpShortestPaths overRoutedLinksAndTransitSvis(Layer2Analysis layer2) {
        Topology topology = layer2.topology();
        Map<String, List<Edge>> adjacency = new LinkedHashMap<>();
        addRoutedLinks(topology, adjacency);
        Map<Integer, List<Device>> transitByVlan = new TreeMap<>();
        for (Device device : topology.devices().values()) {
            if (device.isHost() || !topology.isUp(device)) {
                continue;
            }
            for (Svi svi : device.svis().values()) {
                if (svi.transit() && svi.ip().isPresent()) {
                    transitByVlan.computeIfAbsent(svi.vlan(), v -> new ArrayList<>()).add(device);
                }
            }
        }
        transitByVlan.forEach((vlan, devices) -> {
            for (int i = 0; i < devices.size(); i++) {
                for (int j = i + 1; j < devices.size(); j++) {
                    Device x = devices.get(i);
                    Device y = devices.get(j);
                    if (!x.svi(vlan).orElseThrow().ip().orElseThrow()
                            .sameSubnet(y.svi(vlan).orElseThrow().ip().orElseThrow())) {
                        continue;
                    }
                    if (layer2.reach(vlan, x.name(), y.name()) instanceof Layer2Path path) {
                        long slowest = path.links().stream().mapToLong(l -> l.speed().bitsPerSecond()).min().orElseThrow();
                        long cost = Math.max(1, REFERENCE_BITS_PER_SECOND / slowest);
                        String port = "Vlan" + vlan;
                        String name = "SVI " + vlan;
                        add(adjacency, x.name(), new Edge(y.name(), cost, port, name, path.walk()));
                        add(adjacency, y.name(), new Edge(x.name(), cost, port, name, path.walk().reversed()));
                    }
                }
            }
        });
        return new IgpShortestPaths(adjacency);
    }

    private static void addRoutedLinks(Topology topology, Map<String, List<Edge>> adjacency) {
        for (Link link : topology.links()) {
            if (!link.isRouted() || !topology.isUp(link)) {
                continue;
            }
            String a = link.a().device();
            String b = link.b().device();
            if (topology.requireDevice(a).isHost() || topology.requireDevice(b).isHost()) {
                continue;
            }
            Walk ab = new Walk(List.of(a, b), List.of(link));
            add(adjacency, a, new Edge(b, link.igpCost(), link.a().port(), link.name(), ab));
            add(adjacency, b, new Edge(a, link.igpCost(), link.b().port(), link.name(), ab.reversed()));
        }
    }

    private static void add(Map<String, List<Edge>> adjacency, String device, Edge edge) {
        adjacency.computeIfAbsent(device, d -> new ArrayList<>()).add(edge);
    }

    /** Each routing device's connected component of the adjacency, numbered in no particular order. */
    private static Map<String, Integer> components(Map<String, List<Edge>> adjacency) {
        Graph<String, DefaultEdge> joined = new SimpleGraph<>(DefaultEdge.class);
        adjacency.keySet().forEach(joined::addVertex);
        adjacency.forEach((device, edges) -> {
            for (Edge edge : edges) {
                joined.addVertex(edge.to());
                if (!device.equals(edge.to())) {
                    joined.addEdge(device, edge.to());
                }
            }
        });
        Map<String, Integer> ids = new HashMap<>();
        List<Set<String>> sets = new ConnectivityInspector<>(joined).connectedSets();
        for (int id = 0; id < sets.size(); id++) {
            for (String device : sets.get(id)) {
                ids.put(device, id);
            }
        }
        return ids;
    }

    /** Whether a routed path joins {@code a} and {@code b} (a device always reaches itself). */
    public boolean connected(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Integer x = component.get(a);
        return x != null && x.equals(component.get(b));
    }

    /** The cheapest routed path from {@code from} to {@code to}; empty when none joins them. */
    public Optional<RoutedPath> path(String from, String to) {
        if (!connected(from, to)) {
            return Optional.empty();
        }
        return pairs.computeIfAbsent(from + '\u0000' + to, key -> toNearest(from, List.of(to)));
    }

    /**
     * The cheapest routed path from {@code from} to whichever of {@code targets} is cheapest to
     * reach (equal costs: the one the lowest-neighbour rule leads to); {@code from} alone when it is
     * one of them; empty when none is reachable.
     */
    public Optional<RoutedPath> toNearest(String from, Collection<String> targets) {
        if (targets.contains(from)) {
            return Optional.of(new RoutedPath(Walk.at(from), 0));
        }
        Map<String, Long> distance = distancesTo(from, targets);
        Long total = distance.get(from);
        if (total == null) {
            return Optional.empty();
        }
        Walk.Builder walk = Walk.from(from);
        String current = from;
        long left = total;
        while (left > 0) {
            Edge best = null;
            for (Edge edge : adjacency.getOrDefault(current, List.of())) {
                Long rest = distance.get(edge.to());
                if (rest == null || rest + edge.cost() != left) {
                    continue;
                }
                if (best == null || isBetter(edge, best)) {
                    best = edge;
                }
            }
            if (best == null) {
                throw new IllegalStateException("no next hop from " + current + " at cost " + left);
            }
            walk.then(best.walk());
            left -= best.cost();
            current = best.to();
        }
        return Optional.of(new RoutedPath(walk.build(), total));
    }

    /**
     * The neighbours of {@code from} that lie on a cheapest routed path to whichever of
     * {@code targets} is cheapest to reach, sorted by name (the first is the one
     * {@link #toNearest(String, Collection)} takes); empty when {@code from} is a target or none is
     * reachable. More than one means equal-cost paths.
     */
    public List<String> cheapestNextHops(String from, Collection<String> targets) {
        if (targets.contains(from)) {
            return List.of();
        }
        Map<String, Long> distance = distancesTo(from, targets);
        Long total = distance.get(from);
        if (total == null) {
            return List.of();
        }
        java.util.TreeSet<String> next = new java.util.TreeSet<>();
        for (Edge edge : adjacency.getOrDefault(from, List.of())) {
            Long rest = distance.get(edge.to());
            if (rest != null && rest + edge.cost() == total) {
                next.add(edge.to());
            }
        }
        return List.copyOf(next);
    }

    private static boolean isBetter(Edge edge, Edge best) {
        int byNeighbour = edge.to().compareTo(best.to());
        if (byNeighbour != 0) {
            return byNeighbour < 0;
        }
        int byPort = PortOrder.NATURAL.compare(edge.port(), best.port());
        if (byPort != 0) {
            return byPort < 0;
        }
        return edge.name().compareTo(best.name()) < 0;
    }

    /**
     * Dijkstra from the targets (hops cost the same both ways) until {@code from} is settled; only
     * settled distances are kept, so every distance returned is final.
     */
    private Map<String, Long> distancesTo(String from, Collection<String> targets) {
        Map<String, Long> tentative = new HashMap<>();
        Map<String, Long> settled = new HashMap<>();
        PriorityQueue<Map.Entry<String, Long>> queue = new PriorityQueue<>(
                (x, y) -> x.getValue().equals(y.getValue()) ? x.getKey().compareTo(y.getKey())
                        : Long.compare(x.getValue(), y.getValue()));
        Set<String> seeds = new HashSet<>(targets);
        for (String target : seeds) {
            if (adjacency.containsKey(target)) {
                tentative.put(target, 0L);
                queue.add(Map.entry(target, 0L));
            }
        }
        while (!queue.isEmpty()) {
            Map.Entry<String, Long> head = queue.poll();
            String vertex = head.getKey();
            long cost = head.getValue();
            if (settled.containsKey(vertex) || cost != tentative.get(vertex)) {
                continue;
            }
            settled.put(vertex, cost);
            if (vertex.equals(from)) {
                break;
            }
            for (Edge edge : adjacency.getOrDefault(vertex, List.of())) {
                long next = cost + edge.cost();
                Long known = tentative.get(edge.to());
                if (!settled.containsKey(edge.to()) && (known == null || next < known)) {
                    tentative.put(edge.to(), next);
                    queue.add(Map.entry(edge.to(), next));
                }
            }
        }
        return settled;
    }

    @Override
    public String toString() {
        return "IGP paths over " + adjacency.size() + " routing devices";
    }
}
