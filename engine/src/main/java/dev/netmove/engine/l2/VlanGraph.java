package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.HostConfig;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.PortOrder;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * One VLAN's layer-2 graph: the devices that are up and have the VLAN, joined by the links that
 * carry it, plus the VXLAN tunnels that stretch it between VTEPs. What a
 * {@link ForwardingPathSelector} and the {@link SpanningTreeSolver} work on. Only switches
 * {@linkplain #bridges(String) bridge}; the other devices are endpoints.
 *
 * <p>VXLAN: VTEPs that are up, have the VLAN and map it to the same VNI share one layer-2 domain
 * when the routed underlay joins them; frames between them ride the underlay's shortest IGP path
 * ({@link #tunnelPath(String, String)}), never a spanning tree.
 */
public final class VlanGraph {

    private final Topology topology;
    private final int vlan;
    private final Graph<String, Link> graph;
    private final List<Link> links;
    // what spanning tree works on: the switches of the graph and the carrying links between two of them
    private final List<String> switches;
    private final List<Link> switchLinks;
    private final SortedMap<String, Integer> vteps;
    // VTEPs that reach each other: same VNI and the same underlay component
    private final Map<String, List<String>> tunnelPeers;
    private final Supplier<IgpShortestPaths> underlay;
    private final BridgedWalker walker;
    private final java.util.Map<String, Set<String>> reached = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, SortedSet<String>> segments = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile SpanningTree spanningTree;

    /**
     * @param links the links that carry the VLAN, in topology order
     * @param switches the switches of the graph, in topology order
     * @param switchLinks the links of {@code links} between two switches, in topology order
     * @param vteps the VTEPs of the graph that map the VLAN, to their VNI
     * @param underlay the routed underlay, asked only where there are VTEPs
     */
    VlanGraph(Topology topology, int vlan, Graph<String, Link> graph, List<Link> links, List<String> switches,
              List<Link> switchLinks, SortedMap<String, Integer> vteps, Supplier<IgpShortestPaths> underlay) {
        this.topology = topology;
        this.vlan = vlan;
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.links = List.copyOf(links);
        this.switches = List.copyOf(switches);
        this.switchLinks = List.copyOf(switchLinks);
        this.vteps = Collections.unmodifiableSortedMap(new TreeMap<>(vteps));
        this.underlay = underlay;
        this.tunnelPeers = vteps.size() < 2 ? Map.of() : tunnelPeers(this.vteps, underlay.get());
        this.walker = new BridgedWalker(this.graph, this::bridges, this::tunnelPeers, link -> false);
    }

    private static Map<String, List<String>> tunnelPeers(SortedMap<String, Integer> vteps, IgpShortestPaths underlay) {
        Map<String, List<String>> peers = new HashMap<>();
        for (String x : vteps.keySet()) {
            List<String> joined = new ArrayList<>();
            for (String y : vteps.keySet()) {
                if (!x.equals(y) && vteps.get(x).equals(vteps.get(y)) && underlay.connected(x, y)) {
                    joined.add(y);
                }
            }
            if (!joined.isEmpty()) {
                peers.put(x, List.copyOf(joined));
            }
        }
        return peers;
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

    /** The switches of the graph, in topology order. */
    List<String> switches() {
        return switches;
    }

    /** The carrying links between two switches, in topology order. */
    List<Link> switchLinks() {
        return switchLinks;
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

    /** The VTEPs of this graph that stretch the VLAN over VXLAN, by name, each with its VNI for the VLAN. */
    public SortedMap<String, Integer> vteps() {
        return vteps;
    }

    /**
     * The VTEPs that {@code vtep} reaches over VXLAN in this VLAN: same VNI, and joined by the
     * routed underlay; sorted by name, empty for a device that is not such a VTEP.
     */
    public List<String> tunnelPeers(String vtep) {
        return tunnelPeers.getOrDefault(vtep, List.of());
    }

    /** The underlay path a VXLAN frame takes from VTEP {@code from} to VTEP {@code to}; empty unless they are {@linkplain #tunnelPeers(String) peers}. */
    public Optional<RoutedPath> tunnelPath(String from, String to) {
        if (!tunnelPeers(from).contains(to)) {
            return Optional.empty();
        }
        return underlay.get().path(from, to);
    }

    /** The VLAN's rapid-PVST spanning tree, solved the first time it is asked for. */
    public SpanningTree spanningTree() {
        SpanningTree tree = spanningTree;
        if (tree == null) {
            synchronized (this) {
                tree = spanningTree;
                if (tree == null) {
                    tree = SpanningTreeSolver.solve(this);
                    spanningTree = tree;
                }
            }
        }
        return tree;
    }

    /**
     * The devices in {@code device}'s layer-2 domain of the VLAN, itself included: everything
     * reachable from it over carrying links through switches, and over VXLAN tunnels between
     * VTEPs. Empty when the device does not take part in the VLAN (down, or the VLAN does not
     * exist there).
     */
    public SortedSet<String> segment(String device) {
        return segments.computeIfAbsent(device, d -> Collections.unmodifiableSortedSet(new TreeSet<>(reachable(d))));
    }

    /** {@link #segment(String)} unsorted, for membership tests. */
    Set<String> reachable(String device) {
        // the graph is immutable and shared by the scenarios on the same network: each device's flood is done once
        return reached.computeIfAbsent(device, d -> Collections.unmodifiableSet(walker.flood(d, null).hops().keySet()));
    }

    /**
     * {@code device}'s layer-2 domain of the VLAN where the frames considered never cross a link
     * that {@code refuses} (FHRP hellos on {@code fhrpFilter} links), and the links refused at its
     * edge, sorted by name. A device outside the graph has itself alone.
     */
    public Domain domain(String device, Predicate<Link> refuses) {
        if (!contains(device)) {
            return new Domain(Set.of(device), List.of());
        }
        BridgedWalker.Flood flood = new BridgedWalker(graph, this::bridges, this::tunnelPeers, refuses)
                .flood(device, null);
        return new Domain(flood.hops().keySet(), flood.refused());
    }

    /**
     * The devices a search from one device reaches in a VLAN, and the links that stopped it.
     *
     * @param refused sorted by name
     */
    public record Domain(Set<String> devices, List<Link> refused) {
        public Domain {
            devices = Set.copyOf(devices);
            refused = List.copyOf(refused);
        }
    }

    /**
     * The carrying links of a device that does not bridge, in the order it uses them: a host sends
     * a VLAN on its vMotion NICs when the VLAN is its vMotion VLAN, else on its uplinks (teaming
     * order), then on its other links in port order; any other device in port order.
     */
    List<Link> endpointLinks(String device) {
        Device known = topology.requireDevice(device);
        List<String> preferred = new ArrayList<>();
        if (known.isHost()) {
            HostConfig host = known.hostConfig();
            host.vmotion().filter(v -> v.vlan() == vlan).ifPresent(v -> preferred.addAll(v.nics()));
            for (String nic : topology.uplinksOf(device)) {
                if (!preferred.contains(nic)) {
                    preferred.add(nic);
                }
            }
        }
        List<Link> ordered = new ArrayList<>(graph.edgesOf(device));
        Comparator<Link> byPort = Comparator.comparing((Link l) -> l.end(device).port(), PortOrder.NATURAL)
                .thenComparing(Link::name);
        ordered.sort(Comparator.comparingInt((Link l) -> {
            int at = preferred.indexOf(l.end(device).port());
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(byPort));
        return ordered;
    }

    @Override
    public String toString() {
        return "VLAN " + vlan + " of " + topology.name() + ": " + graph.vertexSet().size() + " devices, "
                + links.size() + " links" + (vteps.isEmpty() ? "" : ", " + vteps.size() + " VTEPs");
    }
}
