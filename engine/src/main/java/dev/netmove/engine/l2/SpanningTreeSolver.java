package dev.netmove.engine.l2;

import dev.netmove.engine.l2.SpanningTree.Bridge;
import dev.netmove.engine.l2.SpanningTree.TreePort;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.PortOrder;
import dev.netmove.engine.topology.Stp;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Computes one VLAN's rapid-PVST spanning tree as TOPOLOGY.md defines it. Per layer-2 domain the
 * root is the lowest bridge (priority for the VLAN, then name); a port costs 20 Tbit/s divided by
 * its speed; each other bridge's root port has the lowest root path cost, ties going to the lowest
 * neighbour bridge (priority, name), then the neighbour's lowest port name (the designated port ID
 * a real switch compares), then its own; on each link the end with the lower (root path cost,
 * bridge, port) is designated; every other switch port is an alternate and blocks.
 *
 * <p>Only switches run spanning tree: ports facing hosts, routers and firewalls are designated
 * edge ports and create no loop. Links with the same {@code lag} between the same two switches are
 * one port whose speed is the sum of the members that carry the VLAN. A vPC pair (two switches
 * naming each other as {@code vpc} peer, both in the VLAN and joined by a link that carries it,
 * the peer link) is one logical bridge named after its lower name with the lower priority; all
 * links between a device and both switches of a pair are one multi-chassis port-channel. VXLAN
 * tunnels are not spanning-tree ports: each VTEP's local domain has its own tree.
 */
public final class SpanningTreeSolver {

    /** The reference of rapid-PVST's (802.1t, "long") port costs: 20 Tbit/s. */
    public static final long REFERENCE_BITS_PER_SECOND = 20_000_000_000_000L;

    private SpanningTreeSolver() {
    }

    /** The STP cost of a port of {@code bitsPerSecond}: 20 Tbit/s divided by it, rounded down, at least 1. */
    public static long portCost(long bitsPerSecond) {
        if (bitsPerSecond <= 0) {
            throw new IllegalArgumentException("a port speed must be more than zero, not " + bitsPerSecond + " bps");
        }
        return Math.max(1, REFERENCE_BITS_PER_SECOND / bitsPerSecond);
    }

    /** The spanning tree of {@code graph}'s VLAN. */
    public static SpanningTree solve(VlanGraph graph) {
        Topology topology = graph.topology();
        int vlan = graph.vlan();
        Map<String, Bridge> bridgeByDevice = new HashMap<>();
        List<Bridge> bridges = new ArrayList<>();
        for (String name : graph.switches()) {
            if (bridgeByDevice.containsKey(name)) {
                continue;
            }
            Device device = topology.requireDevice(name);
            Optional<String> peer = vpcPeer(graph, device);
            StpBridge id;
            if (peer.isPresent()) {
                String low = name.compareTo(peer.get()) < 0 ? name : peer.get();
                String high = low.equals(name) ? peer.get() : name;
                int priority = Math.min(priority(device, vlan), priority(topology.requireDevice(peer.get()), vlan));
                id = new StpBridge(low, priority, List.of(low, high));
            } else {
                id = new StpBridge(name, priority(device, vlan), List.of(name));
            }
            Bridge bridge = new Bridge(bridges.size(), id);
            bridges.add(bridge);
            id.devices().forEach(d -> bridgeByDevice.put(d, bridge));
        }

        Map<String, TreePort> portByLink = new HashMap<>();
        Map<String, Bridge> peerLinkOwner = new HashMap<>();
        for (TreePort port : ports(graph, bridges.size(), bridgeByDevice, peerLinkOwner)) {
            port.x.ports.add(port);
            port.y.ports.add(port);
            port.members.forEach(member -> portByLink.put(member.name(), port));
        }
        for (List<Bridge> domain : domains(bridges)) {
            solveDomain(domain);
        }
        joinOverVxlan(graph, bridges, bridgeByDevice);
        return new SpanningTree(graph, bridges, bridgeByDevice, portByLink, peerLinkOwner);
    }

    private static int priority(Device device, int vlan) {
        return device.stp().map(stp -> stp.priorityFor(vlan)).orElse(Stp.DEFAULT_PRIORITY);
    }

    /** The vPC peer that forms one logical bridge with {@code device} in this VLAN, if any. */
    private static Optional<String> vpcPeer(VlanGraph graph, Device device) {
        if (device.vpcPeer().isEmpty()) {
            return Optional.empty();
        }
        String peer = device.vpcPeer().get();
        Device other = graph.topology().devices().get(peer);
        if (other == null || !graph.contains(peer) || !graph.bridges(peer)
                || !other.vpcPeer().equals(Optional.of(device.name()))) {
            return Optional.empty();
        }
        for (Link link : graph.graph().edgesOf(device.name())) {
            if (link.otherDevice(device.name()).equals(peer)) {
                return Optional.of(peer);
            }
        }
        return Optional.empty(); // no peer link carries the VLAN: the two switches stand alone in it
    }

    /** The STP ports between different bridges; links inside a vPC pair are recorded as its peer links. */
    private static List<TreePort> ports(VlanGraph graph, int bridgeCount, Map<String, Bridge> bridgeByDevice,
                                        Map<String, Bridge> peerLinkOwner) {
        Map<Long, List<Link>> between = new LinkedHashMap<>();
        for (Link link : graph.switchLinks()) {
            Bridge x = bridgeByDevice.get(link.a().device());
            Bridge y = bridgeByDevice.get(link.b().device());
            if (x == null || y == null) {
                continue;
            }
            if (x == y) {
                x.peerLinks.add(link);
                peerLinkOwner.put(link.name(), x);
                continue;
            }
            long key = (long) Math.min(x.index, y.index) * bridgeCount + Math.max(x.index, y.index);
            between.computeIfAbsent(key, k -> new ArrayList<>()).add(link);
        }
        List<TreePort> ports = new ArrayList<>();
        for (List<Link> links : between.values()) {
            Bridge x = bridgeByDevice.get(links.get(0).a().device());
            Bridge y = bridgeByDevice.get(links.get(0).b().device());
            if (spansPair(x, links) || spansPair(y, links)) {
                ports.add(new TreePort(x, y, links));
                continue;
            }
            Map<String, List<Link>> lags = new LinkedHashMap<>();
            for (Link link : links) {
                if (link.lag().isPresent()) {
                    lags.computeIfAbsent(link.lag().get(), lag -> new ArrayList<>()).add(link);
                } else {
                    ports.add(new TreePort(x, y, List.of(link)));
                }
            }
            lags.values().forEach(members -> ports.add(new TreePort(x, y, members)));
        }
        return ports;
    }

    /** Whether {@code links} reach both switches of {@code bridge}, a vPC pair: a multi-chassis port-channel. */
    private static boolean spansPair(Bridge bridge, List<Link> links) {
        if (!bridge.id.isVpcPair()) {
            return false;
        }
        return bridge.id.devices().stream().allMatch(device -> links.stream().anyMatch(l -> l.touches(device)));
    }

    /** The bridges joined by STP ports, each domain in bridge order. */
    private static List<List<Bridge>> domains(List<Bridge> bridges) {
        List<List<Bridge>> domains = new ArrayList<>();
        boolean[] seen = new boolean[bridges.size()];
        for (Bridge start : bridges) {
            if (seen[start.index]) {
                continue;
            }
            List<Bridge> domain = new ArrayList<>();
            ArrayDeque<Bridge> queue = new ArrayDeque<>();
            seen[start.index] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                Bridge bridge = queue.poll();
                domain.add(bridge);
                for (TreePort port : bridge.ports) {
                    Bridge next = port.other(bridge);
                    if (!seen[next.index]) {
                        seen[next.index] = true;
                        queue.add(next);
                    }
                }
            }
            domains.add(domain);
        }
        return domains;
    }

    private static void solveDomain(List<Bridge> domain) {
        Bridge root = domain.stream().min(Comparator.comparing(b -> b.id)).orElseThrow();
        domain.forEach(b -> {
            b.root = root;
            b.rootCost = Long.MAX_VALUE;
        });
        root.rootCost = 0;
        // entries are {cost, bridge index}; stale ones (a cheaper cost was found since) are skipped
        Map<Integer, Bridge> byIndex = new HashMap<>();
        domain.forEach(b -> byIndex.put(b.index, b));
        PriorityQueue<long[]> queue = new PriorityQueue<>((p, q) -> p[0] != q[0] ? Long.compare(p[0], q[0])
                : Long.compare(p[1], q[1]));
        queue.add(new long[] {0, root.index});
        while (!queue.isEmpty()) {
            long[] head = queue.poll();
            Bridge bridge = byIndex.get((int) head[1]);
            if (head[0] != bridge.rootCost) {
                continue;
            }
            for (TreePort port : bridge.ports) {
                Bridge next = port.other(bridge);
                long cost = bridge.rootCost + port.cost;
                if (cost < next.rootCost) {
                    next.rootCost = cost;
                    queue.add(new long[] {cost, next.index});
                }
            }
        }
        for (Bridge bridge : domain) {
            if (bridge != root) {
                bridge.rootPort = rootPort(bridge);
                bridge.parent = bridge.rootPort.other(bridge);
            }
        }
        // parents are strictly cheaper, so in cost order every parent's depth is known first
        List<Bridge> byCost = new ArrayList<>(domain);
        byCost.sort(Comparator.comparingLong(b -> b.rootCost));
        for (Bridge bridge : byCost) {
            bridge.depth = bridge.parent == null ? 0 : bridge.parent.depth + 1;
        }
        for (Bridge bridge : domain) {
            for (TreePort port : bridge.ports) {
                if (port.x == bridge) {
                    assignRoles(port);
                }
            }
        }
    }

    /** The root port: lowest root path cost, then lowest neighbour (priority, name), its port, our port, the link. */
    private static TreePort rootPort(Bridge bridge) {
        TreePort best = null;
        for (TreePort port : bridge.ports) {
            Bridge neighbour = port.other(bridge);
            if (neighbour.rootCost == Long.MAX_VALUE || neighbour.rootCost + port.cost != bridge.rootCost) {
                continue;
            }
            if (best == null || compareOffers(bridge, port, best) < 0) {
                best = port;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no root port on " + bridge + " at cost " + bridge.rootCost);
        }
        return best;
    }

    private static int compareOffers(Bridge bridge, TreePort a, TreePort b) {
        Bridge na = a.other(bridge);
        Bridge nb = b.other(bridge);
        int c = na.id.compareTo(nb.id);
        if (c == 0) {
            c = PortOrder.NATURAL.compare(a.portAt(na), b.portAt(nb));
        }
        if (c == 0) {
            c = PortOrder.NATURAL.compare(a.portAt(bridge), b.portAt(bridge));
        }
        if (c == 0) {
            c = a.members.get(0).name().compareTo(b.members.get(0).name());
        }
        return c;
    }

    private static void assignRoles(TreePort port) {
        if (port.x.rootPort == port) {
            port.roleAtX = PortRole.ROOT;
            port.roleAtY = PortRole.DESIGNATED;
        } else if (port.y.rootPort == port) {
            port.roleAtY = PortRole.ROOT;
            port.roleAtX = PortRole.DESIGNATED;
        } else {
            boolean xDesignated = designatedFirst(port.x, port.y, port) < 0;
            port.roleAtX = xDesignated ? PortRole.DESIGNATED : PortRole.ALTERNATE;
            port.roleAtY = xDesignated ? PortRole.ALTERNATE : PortRole.DESIGNATED;
        }
    }

    /** Negative when {@code x}'s end is the designated one: lower root path cost, bridge, then port. */
    private static int designatedFirst(Bridge x, Bridge y, TreePort port) {
        int c = Long.compare(x.rootCost, y.rootCost);
        if (c == 0) {
            c = x.id.compareTo(y.id);
        }
        if (c == 0) {
            c = PortOrder.NATURAL.compare(port.portAt(x), port.portAt(y));
        }
        return c;
    }

    /** Domains joined by VXLAN tunnels share an extended domain: frames get from one to the other. */
    private static void joinOverVxlan(VlanGraph graph, List<Bridge> bridges, Map<String, Bridge> bridgeByDevice) {
        int[] parent = new int[bridges.size()];
        for (Bridge bridge : bridges) {
            parent[bridge.index] = bridge.root.index;
        }
        for (String vtep : graph.vteps().keySet()) {
            Bridge from = bridgeByDevice.get(vtep);
            for (String peer : graph.tunnelPeers(vtep)) {
                Bridge to = bridgeByDevice.get(peer);
                if (from != null && to != null) {
                    int a = find(parent, from.root.index);
                    int b = find(parent, to.root.index);
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        for (Bridge bridge : bridges) {
            bridge.extendedDomain = find(parent, bridge.root.index);
        }
    }

    private static int find(int[] parent, int index) {
        int at = index;
        while (parent[at] != at) {
            parent[at] = parent[parent[at]];
            at = parent[at];
        }
        return at;
    }
}
