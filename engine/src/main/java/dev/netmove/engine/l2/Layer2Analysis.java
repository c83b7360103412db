package dev.netmove.engine.l2;

import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
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
 * The layer-2 questions about one topology: which links carry a VLAN, its rapid-PVST spanning
 * tree, the forwarding path between two devices in it, and why it does not reach somewhere. Cheap
 * to create; each VLAN's graph and tree are built the first time they are asked about, then kept
 * (safe to share between threads).
 *
 * <p>A link carries VLAN v when it is up, neither end is routed, both ends allow v (a trunk end
 * lists it, an access end is in it), both devices have v (a switch in its {@code vlans}, a host
 * in a port group or its vMotion interface) and, on a trunk, v is not the native VLAN of only one
 * end (a native VLAN mismatch leaks the two native VLANs into each other; see
 * {@link NativeVlanMismatch}). A host with an untagged port group or vMotion interface also has,
 * on each of its links, the VLAN its own end sends untagged (the access VLAN or the trunk's native
 * VLAN). Only switches bridge: hosts, routers, firewalls and external networks end a VLAN and are
 * never crossed. VTEPs that map the VLAN to one VNI join their local domains over the routed
 * underlay ({@link VlanGraph}).
 */
public final class Layer2Analysis {

    private final Topology topology;
    private final ForwardingPathSelector selector;
    private final ConcurrentMap<Integer, VlanGraph> vlanGraphs;
    private volatile Graph<String, Link> physical;
    private volatile IgpShortestPaths underlay;
    private volatile Layer2Analysis allUp;
    // most topologies have nothing down; then the per-link up checks are skipped
    private final boolean everythingUp;
    private final VlanCarrying carrying;

    /** The analysis of {@code topology}, with forwarding paths along the spanning tree ({@link SpanningTreePathSelector}). */
    public Layer2Analysis(Topology topology) {
        this(topology, SpanningTreePathSelector.INSTANCE);
    }

    /**
     * The analysis of {@code topology} along the spanning tree, shared by everyone who asks about the same network
     * ({@link Topology#analyses()}): its VLAN graphs and trees are built once for all scenarios and steps, and
     * for the topologies that only moved VMs.
     */
    public static Layer2Analysis of(Topology topology) {
        Layer2Analysis shared = topology.analyses().get(Layer2Analysis.class, () -> new Layer2Analysis(topology));
        return shared.topology == topology ? shared : new Layer2Analysis(topology, shared);
    }

    // the analysis of topology, whose network is the same as shared's: its caches are shared
    private Layer2Analysis(Topology topology, Layer2Analysis shared) {
        this.topology = topology;
        this.selector = shared.selector;
        this.everythingUp = shared.everythingUp;
        this.carrying = shared.carrying;
        this.vlanGraphs = shared.vlanGraphs;
        this.physical = shared.physical;
        this.underlay = shared.underlay;
        this.allUp = shared.allUp;
    }

    /** The analysis of {@code topology}, choosing forwarding paths with {@code selector}. */
    public Layer2Analysis(Topology topology, ForwardingPathSelector selector) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.selector = Objects.requireNonNull(selector, "selector");
        this.everythingUp = topology.downDevices().isEmpty() && topology.downLinks().isEmpty();
        this.carrying = new VlanCarrying(topology);
        this.vlanGraphs = new ConcurrentHashMap<>();
    }

    public Topology topology() {
        return topology;
    }

    public ForwardingPathSelector selector() {
        return selector;
    }

    /**
     * VLAN {@code vlan}'s rapid-PVST spanning tree (root per domain, port roles, blocked ports),
     * whatever selector this analysis uses; throws
     * {@link dev.netmove.engine.quantity.QuantityFormatException} outside 1-4094.
     */
    public SpanningTree spanningTree(int vlan) {
        return vlanGraph(vlan).spanningTree();
    }

    /** The routed underlay of the topology (routed links that are up), which VXLAN tunnels ride. */
    public IgpShortestPaths underlay() {
        IgpShortestPaths paths = underlay;
        if (paths == null) {
            synchronized (this) {
                paths = underlay;
                if (paths == null) {
                    paths = IgpShortestPaths.overRoutedLinks(topology);
                    underlay = paths;
                }
            }
        }
        return paths;
    }

    /** VLAN {@code vlan}'s graph; throws {@link dev.netmove.engine.quantity.QuantityFormatException} outside 1-4094. */
    public VlanGraph vlanGraph(int vlan) {
        VlanSet.checkId(vlan);
        return vlanGraphs.computeIfAbsent(vlan, v -> carrying.buildVlanGraph(v, this::underlay));
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
        return Optional.ofNullable(carrying.dropOf(topology.requireLink(link.name()), vlan));
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
        if (!graph.contains(from) && !VlanCarrying.sendsUntagged(start)) {
            return new VlanBlocked(vlan, from, to, new VlanMissingOnDevice(start, vlan), List.of(), List.of());
        }
        if (from.equals(to)) {
            // only an untagged host without any link carrying the VLAN gets here
            return new VlanBlocked(vlan, from, to, new VlanMissingOnDevice(start, vlan), List.of(), List.of());
        }
        if (!everythingUp) {
            Optional<VlanBlocked> split = splitByFailure(vlan, from, to);
            if (split.isPresent()) {
                return split.get();
            }
        }
        Optional<Walk> tried = physicalPath(graph, from, to);
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
            VlanDrop drop = carrying.dropOf(links.get(i), vlan);
            if (drop instanceof LinkRouted && domain.contains(devices.get(i)) && graph.bridges(devices.get(i))) {
                // the path enters the routed fabric: where it comes out is the next place the VLAN could be
                int exit = i + 1;
                while (exit < links.size() && VlanCarrying.hasRoutedEnd(links.get(exit))) {
                    exit++;
                }
                if (domain.contains(devices.get(exit))) {
                    i = exit - 1; // a VXLAN tunnel carries the VLAN across
                    continue;
                }
                drop = acrossFabric(graph, devices, links, i, exit).orElse(drop);
            }
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
     * When the VLAN would join the two devices with everything up, it is split by what is down:
     * the first down device or link on the path it takes with everything up names the failure.
     */
    private Optional<VlanBlocked> splitByFailure(int vlan, String from, String to) {
        if (!(allUp().reach(vlan, from, to) instanceof Layer2Path before)) {
            return Optional.empty();
        }
        List<String> devices = before.devices();
        for (int i = 0; i < before.links().size(); i++) {
            Link link = before.links().get(i);
            VlanDrop drop = null;
            if (!topology.isUp(topology.requireDevice(devices.get(i + 1)))) {
                drop = new DeviceDown(devices.get(i + 1));
            } else if (!topology.isUp(link)) {
                drop = new LinkDown(link);
            }
            if (drop != null) {
                return Optional.of(new VlanBlocked(vlan, from, to, drop, devices, before.links()));
            }
        }
        return Optional.empty();
    }

    /** This topology with everything up again, for the path the VLAN took before the failures. */
    private Layer2Analysis allUp() {
        Layer2Analysis analysis = allUp;
        if (analysis == null) {
            Topology up = topology;
            for (String link : topology.downLinks()) {
                up = up.withLinkUp(link);
            }
            for (String device : topology.downDevices()) {
                up = up.withDeviceUp(device);
            }
            analysis = new Layer2Analysis(up, selector);
            allUp = analysis;
        }
        return analysis;
    }

    /**
     * Why the VLAN does not come out of the routed fabric at {@code devices.get(exit)} although it
     * enters it at {@code devices.get(entry)}: a failure inside the fabric, the exit switch without
     * the VLAN, or the two switches not stretching it over one VNI. Empty when neither is a VTEP of
     * the VLAN (a plain routed link, named as such).
     */
    private Optional<VlanDrop> acrossFabric(VlanGraph graph, List<String> devices, List<Link> links, int entry,
                                            int exit) {
        for (int i = entry; i < exit; i++) {
            VlanDrop drop = carrying.dropOf(links.get(i), graph.vlan());
            if (drop instanceof DeviceDown || drop instanceof LinkDown) {
                return Optional.of(drop);
            }
        }
        Device in = topology.requireDevice(devices.get(entry));
        Device out = topology.requireDevice(devices.get(exit));
        int vlan = graph.vlan();
        int vniIn = in.vxlan().map(v -> v.vniOf(vlan)).orElse(0);
        int vniOut = out.vxlan().map(v -> v.vniOf(vlan)).orElse(0);
        if ((vniIn == 0 && vniOut == 0) || !out.isSwitch()) {
            return Optional.empty();
        }
        if (!graph.contains(out.name())) {
            return Optional.of(new VlanMissingOnDevice(out, vlan));
        }
        if (vniIn != 0 && vniOut != 0) {
            return vniIn == vniOut ? Optional.empty() : Optional.of(new VniMismatch(in, vniIn, out, vniOut, vlan));
        }
        return Optional.of(vniIn != 0 ? new VniMissing(in, vniIn, out, vlan) : new VniMissing(out, vniOut, in, vlan));
    }

    /**
     * The physical path the frames would try, hosts never crossed: over up switched links if there
     * is one; else over up links, routed ones included (a VXLAN fabric); else over switched links
     * including those down; else over every link.
     */
    private Optional<Walk> physicalPath(VlanGraph graph, String from, String to) {
        Graph<String, Link> all = physicalGraph();
        Predicate<String> transits = name -> !topology.requireDevice(name).isHost();
        Optional<Walk> path = FewestHops.find(
                new MaskSubgraph<>(all, v -> false, link -> !topology.isUp(link) || VlanCarrying.hasRoutedEnd(link)),
                from, to, transits);
        if (path.isEmpty()) {
            path = FewestHops.find(new MaskSubgraph<>(all, v -> false, link -> !topology.isUp(link)), from, to, transits);
        }
        if (path.isEmpty()) {
            path = FewestHops.find(new MaskSubgraph<>(all, v -> false, VlanCarrying::hasRoutedEnd), from, to, transits);
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

    @Override
    public String toString() {
        return "layer 2 of " + topology.name() + " (" + selector + " paths)";
    }
}
