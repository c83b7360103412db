package dev.netmove.engine.l2;

import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.HostConfig;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.graph.Multigraph;

/**
 * The layer-2 questions about one topology: which links carry a VLAN, the forwarding path between
 * two devices in it, and why it does not reach somewhere. Cheap to create; each VLAN's graph is
 * built the first time it is asked about, then kept (safe to share between threads).
 *
 * <p>A link carries VLAN v when it is up, neither end is routed, both ends allow v (a trunk end
 * lists it, an access end is in it) and both devices have v (a switch in its {@code vlans}, a host
 * in a port group or its vMotion interface). A host with an untagged port group or vMotion
 * interface also has, on each of its links, the VLAN its own end sends untagged (the access VLAN
 * or the trunk's native VLAN). Only switches bridge: hosts, routers, firewalls and external
 * networks end a VLAN and are never crossed.
 */
public final class Layer2Analysis {

    private final Topology topology;
    private final ForwardingPathSelector selector;
    private final ConcurrentMap<Integer, VlanGraph> vlanGraphs = new ConcurrentHashMap<>();
    private volatile Graph<String, Link> physical;
    // most topologies have nothing down; then the per-link up checks are skipped
    private final boolean everythingUp;

    /** The analysis of {@code topology}, with fewest-hop forwarding paths. */
    public Layer2Analysis(Topology topology) {
        this(topology, FewestHopsPathSelector.INSTANCE);
    }

    /** The analysis of {@code topology}, choosing forwarding paths with {@code selector}. */
    public Layer2Analysis(Topology topology, ForwardingPathSelector selector) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.selector = Objects.requireNonNull(selector, "selector");
        this.everythingUp = topology.downDevices().isEmpty() && topology.downLinks().isEmpty();
    }

    public Topology topology() {
        return topology;
    }

    public ForwardingPathSelector selector() {
        return selector;
    }

    /** VLAN {@code vlan}'s graph; throws {@link dev.netmove.engine.quantity.QuantityFormatException} outside 1-4094. */
    public VlanGraph vlanGraph(int vlan) {
        VlanSet.checkId(vlan);
        return vlanGraphs.computeIfAbsent(vlan, this::buildVlanGraph);
    }

    /** The links that carry {@code vlan}, in topology order. */
    public List<Link> linksCarrying(int vlan) {
        return vlanGraph(vlan).links();
    }

    /** Whether {@code link} (a link of this topology, looked up by name) carries {@code vlan}. */
    public boolean carries(Link link, int vlan) {
        return whyNotCarried(link, vlan).isEmpty();
    }

    /**
     * Why {@code link} does not carry {@code vlan}, or empty when it does. The link is looked up by
     * name in this topology ({@link dev.netmove.engine.topology.UnknownNameException} if unknown).
     * The strongest reason wins: a device down, the link down, a routed end, the ports (both named
     * when both drop it), a device without the VLAN.
     */
    public Optional<VlanDrop> whyNotCarried(Link link, int vlan) {
        VlanSet.checkId(vlan);
        return Optional.ofNullable(dropOf(topology.requireLink(link.name()), vlan));
    }

    /** The devices in {@code device}'s layer-2 domain of {@code vlan}; see {@link VlanGraph#segment(String)}. */
    public SortedSet<String> segment(int vlan, String device) {
        VlanSet.checkId(vlan);
        topology.requireDevice(device);
        return vlanGraph(vlan).segment(device);
    }

    /**
     * Whether {@code vlan} joins {@code fromDevice} and {@code toDevice}: the forwarding path, or
     * the first place that drops it on the way. Unknown names throw
     * {@link dev.netmove.engine.topology.UnknownNameException} with the closest names.
     */
    public Layer2Reach reach(int vlan, String fromDevice, String toDevice) {
        VlanSet.checkId(vlan);
        topology.requireDevice(fromDevice);
        topology.requireDevice(toDevice);
        VlanGraph graph = vlanGraph(vlan);
        if (graph.contains(fromDevice) && graph.contains(toDevice)) {
            Optional<Layer2Path> path = selector.select(graph, fromDevice, toDevice);
            if (path.isPresent()) {
                Layer2Path found = path.get();
                if (found.vlan() != vlan || !found.from().equals(fromDevice) || !found.to().equals(toDevice)) {
                    throw new IllegalStateException(selector + " answered " + found + " in VLAN " + found.vlan()
                            + " for VLAN " + vlan + " from " + fromDevice + " to " + toDevice);
                }
                return found;
            }
        }
        return blocked(graph, fromDevice, toDevice);
    }

    // ---- why a VLAN does not get there -------------------------------------------------------

    private VlanBlocked blocked(VlanGraph graph, String from, String to) {
        int vlan = graph.vlan();
        Device start = topology.requireDevice(from);
        if (!topology.isUp(start)) {
            return new VlanBlocked(vlan, from, to, new DeviceDown(from), List.of(), List.of());
        }
        if (!graph.contains(from) && !sendsUntagged(start)) {
            return new VlanBlocked(vlan, from, to, new VlanMissingOnDevice(start, vlan), List.of(), List.of());
        }
        if (from.equals(to)) {
            // only an untagged host without any link carrying the VLAN gets here
            return new VlanBlocked(vlan, from, to, new VlanMissingOnDevice(start, vlan), List.of(), List.of());
        }
        Optional<FewestHops.Hops> tried = physicalPath(from, to);
        if (tried.isEmpty()) {
            return new VlanBlocked(vlan, from, to, new NoPhysicalPath(from, to), List.of(), List.of());
        }
        List<String> devices = tried.get().devices();
        List<Link> links = tried.get().links();
        Set<String> domain = graph.contains(from) ? graph.reachable(from) : Set.of(from);
        for (int i = 0; i < links.size(); i++) {
            if (domain.contains(devices.get(i + 1))) {
                continue;
            }
            VlanDrop drop = dropOf(links.get(i), vlan);
            if (drop == null) {
                Device last = topology.requireDevice(devices.get(i));
                if (i == 0 || last.isSwitch()) {
                    throw new IllegalStateException("link " + links.get(i).name() + " carries VLAN " + vlan
                            + " out of the domain of " + from);
                }
                drop = new NotBridged(last, vlan);
            }
            return new VlanBlocked(vlan, from, to, drop, devices, links);
        }
        throw new IllegalStateException(selector + " found no path in VLAN " + vlan + " from " + from + " to " + to
                + " although both are in one segment");
    }

    /**
     * The physical path the frames would try: over up, non-routed links if there is one; else
     * including down links and devices (to name the one that is down); else including routed
     * links. Hosts are never crossed.
     */
    private Optional<FewestHops.Hops> physicalPath(String from, String to) {
        Graph<String, Link> all = physicalGraph();
        Predicate<String> transits = name -> !topology.requireDevice(name).isHost();
        Optional<FewestHops.Hops> path = FewestHops.find(
                new MaskSubgraph<>(all, v -> false, link -> !topology.isUp(link) || hasRoutedEnd(link)),
                from, to, transits);
        if (path.isEmpty()) {
            path = FewestHops.find(new MaskSubgraph<>(all, v -> false, Layer2Analysis::hasRoutedEnd), from, to, transits);
        }
        if (path.isEmpty()) {
            path = FewestHops.find(all, from, to, transits);
        }
        return path;
    }

    private Graph<String, Link> physicalGraph() {
        Graph<String, Link> graph = physical;
        if (graph == null) {
            synchronized (this) {
                graph = physical;
                if (graph == null) {
                    Multigraph<String, Link> built = new Multigraph<>(null, null, false);
                    topology.devices().keySet().forEach(built::addVertex);
                    for (Link link : topology.links()) {
                        built.addEdge(link.a().device(), link.b().device(), link);
                    }
                    physical = built;
                    graph = built;
                }
            }
        }
        return graph;
    }

    // ---- carrying ----------------------------------------------------------------------------

    private VlanGraph buildVlanGraph(int vlan) {
        Multigraph<String, Link> graph = new Multigraph<>(null, null, false);
        for (Device device : topology.devices().values()) {
            if (topology.isUp(device) && device.effectiveVlans().contains(vlan)) {
                graph.addVertex(device.name());
            }
        }
        List<Link> carrying = new ArrayList<>();
        for (Link link : topology.links()) {
            if (dropOf(link, vlan) == null) {
                carrying.add(link);
                // an untagged host joins the graph through its links only
                graph.addVertex(link.a().device());
                graph.addVertex(link.b().device());
                graph.addEdge(link.a().device(), link.b().device(), link);
            }
        }
        return new VlanGraph(topology, vlan, graph, carrying);
    }

    /** Why {@code link} drops {@code vlan}, or null when it carries it (null keeps graph building allocation-free). */
    private VlanDrop dropOf(Link link, int vlan) {
        Device a = topology.requireDevice(link.a().device());
        Device b = topology.requireDevice(link.b().device());
        if (!everythingUp) {
            if (!topology.isUp(a)) {
                return new DeviceDown(a.name());
            }
            if (!topology.isUp(b)) {
                return new DeviceDown(b.name());
            }
            if (!topology.isUp(link)) {
                return new LinkDown(link);
            }
        }
        if (hasRoutedEnd(link)) {
            return new LinkRouted(link, link.ends().stream().filter(end -> end.mode() == LinkMode.ROUTED).toList());
        }
        PortDrop atA = portDrop(link, link.a(), vlan);
        PortDrop atB = portDrop(link, link.b(), vlan);
        if (atA != null && atB != null) {
            return new BothEndsDrop(link, atA, atB);
        }
        if (atA != null) {
            return atA;
        }
        if (atB != null) {
            return atB;
        }
        if (!hasVlan(a, link.a(), vlan)) {
            return new VlanMissingOnDevice(a, vlan);
        }
        if (!hasVlan(b, link.b(), vlan)) {
            return new VlanMissingOnDevice(b, vlan);
        }
        return null;
    }

    private static PortDrop portDrop(Link link, LinkEnd end, int vlan) {
        if (end.allows(vlan)) {
            return null;
        }
        return end.mode() == LinkMode.ACCESS ? new AccessPortInOtherVlan(link, end, vlan) : new TrunkPruned(link, end, vlan);
    }

    private static boolean hasRoutedEnd(Link link) {
        return link.a().mode() == LinkMode.ROUTED || link.b().mode() == LinkMode.ROUTED;
    }

    /** Whether {@code device} has {@code vlan} on the port {@code end}; see the class comment for untagged hosts. */
    private static boolean hasVlan(Device device, LinkEnd end, int vlan) {
        if (device.effectiveVlans().contains(vlan)) {
            return true;
        }
        return sendsUntagged(device) && end.mode() != LinkMode.ROUTED && end.nativeVlan() == vlan;
    }

    private static boolean sendsUntagged(Device device) {
        if (!device.isHost()) {
            return false;
        }
        HostConfig host = device.hostConfig();
        return host.portGroups().values().stream().anyMatch(PortGroup::isUntagged)
                || host.vmotion().map(v -> v.vlan() == PortGroup.UNTAGGED).orElse(false);
    }

    @Override
    public String toString() {
        return "layer 2 of " + topology.name() + " (" + selector + " paths)";
    }
}
