package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.PortOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One VLAN's rapid-PVST spanning tree, as {@link SpanningTreeSolver} computes it: the root bridge
 * of each layer-2 domain, every switch port's role and cost, the ports it blocks and the links
 * that forward. Where the VLAN is in several domains (split by a failure, or one per VTEP of a
 * VXLAN fabric, since spanning tree never crosses the fabric) each has its own root.
 *
 * <p>Immutable once solved; safe to share between threads.
 */
public final class SpanningTree {

    private final VlanGraph graph;
    private final List<Bridge> bridges;
    // built by the solver and never changed afterwards; not exposed
    private final Map<String, Bridge> bridgeByDevice;
    private final Map<String, TreePort> portByLink;
    private final Map<String, Bridge> peerLinkOwner;
    private final Set<String> blockedLinks;
    private final List<StpBridge> roots;
    // every port of every carrying link: only built when asked for, as most callers want a path
    private volatile PortLists portLists;

    private record PortLists(List<StpPort> ports, List<StpPort> blocked, List<Link> forwarding) {
    }

    SpanningTree(VlanGraph graph, List<Bridge> bridges, Map<String, Bridge> bridgeByDevice,
                 Map<String, TreePort> portByLink, Map<String, Bridge> peerLinkOwner) {
        this.graph = graph;
        this.bridges = List.copyOf(bridges);
        this.bridgeByDevice = bridgeByDevice;
        this.portByLink = portByLink;
        this.peerLinkOwner = peerLinkOwner;
        Set<String> notForwarding = new HashSet<>();
        List<StpBridge> rootIds = new ArrayList<>();
        for (Bridge bridge : bridges) {
            if (bridge.root == bridge) {
                rootIds.add(bridge.id);
            }
            for (TreePort port : bridge.ports) {
                if (port.x == bridge && !port.forwards()) {
                    port.members.forEach(member -> notForwarding.add(member.name()));
                }
            }
        }
        rootIds.sort(null);
        this.blockedLinks = Collections.unmodifiableSet(notForwarding);
        this.roots = List.copyOf(rootIds);
    }

    private PortLists portLists() {
        PortLists lists = portLists;
        if (lists == null) {
            List<StpPort> all = new ArrayList<>();
            List<StpPort> discarding = new ArrayList<>();
            List<Link> forwards = new ArrayList<>();
            for (Link link : graph.links()) {
                for (LinkEnd end : link.ends()) {
                    Optional<StpPort> port = port(link, end);
                    if (port.isPresent()) {
                        all.add(port.get());
                        if (port.get().blocked()) {
                            discarding.add(port.get());
                        }
                    }
                }
                if (!blockedLinks.contains(link.name())) {
                    forwards.add(link);
                }
            }
            lists = new PortLists(List.copyOf(all), List.copyOf(discarding), List.copyOf(forwards));
            portLists = lists;
        }
        return lists;
    }

    /** The VLAN. */
    public int vlan() {
        return graph.vlan();
    }

    /** The VLAN graph the tree was solved on. */
    public VlanGraph graph() {
        return graph;
    }

    /**
     * The root bridge's name (for a vPC pair, its lower name) of the domain holding the lowest
     * bridge; empty when no switch has the VLAN. See {@link #roots()} where the VLAN is in several
     * domains.
     */
    public Optional<String> root() {
        return rootBridge().map(StpBridge::name);
    }

    /** The root bridge of the domain holding the lowest bridge (priority, then name). */
    public Optional<StpBridge> rootBridge() {
        return roots.isEmpty() ? Optional.empty() : Optional.of(roots.get(0));
    }

    /** The root bridge of every layer-2 domain of the VLAN, lowest first. */
    public List<StpBridge> roots() {
        return roots;
    }

    /** The root bridge of {@code device}'s domain; empty for a device that is not a switch of the VLAN. */
    public Optional<String> rootOf(String device) {
        Bridge bridge = bridgeByDevice.get(device);
        return bridge == null ? Optional.empty() : Optional.of(bridge.root.id.name());
    }

    /** The cost from {@code device} to its root bridge (0 on the root); empty for a device that is not a switch of the VLAN. */
    public OptionalLong rootPathCost(String device) {
        Bridge bridge = bridgeByDevice.get(device);
        return bridge == null ? OptionalLong.empty() : OptionalLong.of(bridge.rootCost);
    }

    /**
     * The role of {@code device}'s port on {@code link}: empty when the link does not carry the VLAN
     * or the device is not a switch (hosts, routers and firewalls run no spanning tree).
     */
    public Optional<PortRole> portRole(Link link, String device) {
        if (!link.touches(device)) {
            throw new IllegalArgumentException("link " + link.name() + " does not touch " + device);
        }
        return port(link, link.end(device)).map(StpPort::role);
    }

    /** Every switch port that carries the VLAN, in topology link order (the first end of a link first). */
    public List<StpPort> ports() {
        return portLists().ports();
    }

    /** The ports spanning tree blocks (alternate), in topology link order. */
    public List<StpPort> blockedPorts() {
        return portLists().blocked();
    }

    /** The links that carry the VLAN and forward it: no end blocks it; in topology order. */
    public List<Link> forwardingLinks() {
        return portLists().forwarding();
    }

    /** Whether {@code link} carries the VLAN and no end blocks it. */
    public boolean forwards(Link link) {
        return graph.graph().containsEdge(link) && !blockedLinks.contains(link.name());
    }

    private Optional<StpPort> port(Link link, LinkEnd end) {
        String device = end.device();
        Bridge bridge = bridgeByDevice.get(device);
        if (bridge == null || !graph.graph().containsEdge(link)) {
            return Optional.empty();
        }
        if (peerLinkOwner.containsKey(link.name())) {
            return Optional.of(new StpPort(link, end, PortRole.PEER_LINK, 0));
        }
        TreePort treePort = portByLink.get(link.name());
        if (treePort == null) {
            // a switch port facing a host, router or firewall: an edge port, designated
            return Optional.of(new StpPort(link, end, PortRole.DESIGNATED,
                    SpanningTreeSolver.portCost(link.speed().bitsPerSecond())));
        }
        return Optional.of(new StpPort(link, end, treePort.roleAt(bridge), treePort.cost));
    }

    // ---- for the path selector -----------------------------------------------------------------

    Bridge bridge(String device) {
        return bridgeByDevice.get(device);
    }

    List<Bridge> bridges() {
        return bridges;
    }

    /** Whether frames of the VLAN get from switch {@code a} to switch {@code b}, over the trees and VXLAN. */
    boolean joins(String a, String b) {
        Bridge x = bridgeByDevice.get(a);
        Bridge y = bridgeByDevice.get(b);
        return x != null && y != null && x.extendedDomain == y.extendedDomain;
    }

    /** {@code VLAN 110: root core1 (priority 4096), blocked: agg2:Eth1/50 of link "..." ...}. */
    @Override
    public String toString() {
        return "VLAN " + vlan() + ": " + (roots.isEmpty() ? "no switch" : "root " + String.join(", ",
                roots.stream().map(StpBridge::toString).toList())) + (blockedPorts().isEmpty() ? ", nothing blocked"
                : ", blocked: " + String.join("; ", blockedPorts().stream().map(StpPort::toString).toList()));
    }

    /** A bridge while and after the tree is solved (mutable only inside {@link SpanningTreeSolver}). */
    static final class Bridge {
        final int index;
        final StpBridge id;
        final List<TreePort> ports = new ArrayList<>();
        final List<Link> peerLinks = new ArrayList<>();
        Bridge root;
        long rootCost;
        TreePort rootPort;
        Bridge parent;
        int depth;
        int extendedDomain;

        Bridge(int index, StpBridge id) {
            this.index = index;
            this.id = id;
        }

        /** The other switch of a vPC pair. */
        String peerOf(String device) {
            if (!id.isVpcPair()) {
                throw new IllegalStateException(id.name() + " is not a vPC pair");
            }
            return id.devices().get(0).equals(device) ? id.devices().get(1) : id.devices().get(0);
        }

        /** The peer link a frame on {@code device} takes to the other switch of the pair: the lowest port of {@code device}. */
        Link peerLinkFrom(String device) {
            return peerLinks.stream().min(Comparator.comparing((Link l) -> l.end(device).port(), PortOrder.NATURAL)
                    .thenComparing(Link::name)).orElseThrow(() -> new IllegalStateException(id + " has no peer link"));
        }

        @Override
        public String toString() {
            return id.toString();
        }
    }

    /** One STP port between two bridges: a link, a port-channel, or a vPC multi-chassis port-channel. */
    static final class TreePort {
        final Bridge x;
        final Bridge y;
        final List<Link> members;
        final long cost;
        final String portAtX;
        final String portAtY;
        PortRole roleAtX;
        PortRole roleAtY;

        TreePort(Bridge x, Bridge y, List<Link> members) {
            this.x = x;
            this.y = y;
            this.members = List.copyOf(members);
            long speed = 0;
            for (Link member : members) {
                speed += member.speed().bitsPerSecond();
            }
            this.cost = SpanningTreeSolver.portCost(speed);
            this.portAtX = lowestPort(x);
            this.portAtY = lowestPort(y);
        }

        private String lowestPort(Bridge side) {
            String lowest = null;
            for (Link member : members) {
                String device = side.id.devices().contains(member.a().device()) ? member.a().device() : member.b().device();
                String port = member.end(device).port();
                if (lowest == null || PortOrder.NATURAL.compare(port, lowest) < 0) {
                    lowest = port;
                }
            }
            return lowest;
        }

        Bridge other(Bridge side) {
            return side == x ? y : x;
        }

        /** The port's name at {@code side}: its lowest member port there (a port-channel's lowest member). */
        String portAt(Bridge side) {
            return side == x ? portAtX : portAtY;
        }

        PortRole roleAt(Bridge side) {
            return side == x ? roleAtX : roleAtY;
        }

        boolean forwards() {
            return roleAtX.forwards() && roleAtY.forwards();
        }

        /** The members with an end on {@code device}. */
        List<Link> membersOn(String device) {
            return members.stream().filter(l -> l.touches(device)).toList();
        }
    }
}
