package dev.netmove.engine.l2;

import dev.netmove.engine.l2.SpanningTree.Bridge;
import dev.netmove.engine.l2.SpanningTree.TreePort;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.PortOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The forwarding path along the VLAN's rapid-PVST tree ({@link VlanGraph#spanningTree()}): the one
 * path the tree leaves between two switches of a domain, across VXLAN tunnels between domains.
 *
 * <ul>
 *   <li>A host (or router, firewall) sends on the first of its links, in the order it uses them,
 *       whose switch gets to the destination: its vMotion NICs for its vMotion VLAN, else its
 *       uplinks in teaming order, then its other ports; the destination is reached on the first
 *       of its own links in that order, where the switches learned its address.</li>
 *   <li>A port-channel carries a stream on one member: the one on the sending switch's lowest port.
 *       A vPC pair forwards on the switch the frame is on when that switch has a member of the next
 *       port, else crosses the peer link (its lowest port) first.</li>
 *   <li>Between domains the path takes the fewest VXLAN tunnels, then the fewest tree hops; a
 *       tunnel is listed as the underlay devices and routed links between the VTEPs
 *       ({@code leaf1 > spine1 > leaf3}).</li>
 * </ul>
 */
public final class SpanningTreePathSelector implements ForwardingPathSelector {

    /** The one instance; it holds no state (each VLAN graph keeps its own tree). */
    public static final SpanningTreePathSelector INSTANCE = new SpanningTreePathSelector();

    private SpanningTreePathSelector() {
    }

    @Override
    public Optional<Layer2Path> select(VlanGraph graph, String from, String to) {
        if (!graph.contains(from) || !graph.contains(to)) {
            return Optional.empty();
        }
        if (from.equals(to)) {
            return Optional.of(new Layer2Path(graph.vlan(), Walk.at(from)));
        }
        SpanningTree tree = graph.spanningTree();
        List<Link> lastLinks = graph.bridges(to) ? null : graph.endpointLinks(to);
        if (graph.bridges(from)) {
            return fromSwitch(graph, tree, from, to, lastLinks).map(route -> new Layer2Path(graph.vlan(), route.build()));
        }
        for (Link first : graph.endpointLinks(from)) {
            String next = first.otherDevice(from);
            if (next.equals(to)) {
                return Optional.of(new Layer2Path(graph.vlan(), List.of(from, to), List.of(first)));
            }
            if (!graph.bridges(next)) {
                continue;
            }
            Optional<Walk.Builder> rest = fromSwitch(graph, tree, next, to, lastLinks);
            if (rest.isPresent()) {
                return Optional.of(new Layer2Path(graph.vlan(), Walk.from(from).step(first, next).then(rest.get().build())
                        .build()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Walk.Builder> fromSwitch(VlanGraph graph, SpanningTree tree, String start, String to,
                                              List<Link> lastLinks) {
        if (lastLinks == null) {
            return tree.joins(start, to) ? Optional.of(between(graph, tree, start, to)) : Optional.empty();
        }
        for (Link last : lastLinks) {
            String end = last.otherDevice(to);
            if (graph.bridges(end) && tree.joins(start, end)) {
                Walk.Builder route = between(graph, tree, start, end);
                route.step(last, to);
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** The route between two switches that the trees (and VXLAN) join. */
    private static Walk.Builder between(VlanGraph graph, SpanningTree tree, String start, String end) {
        Bridge from = tree.bridge(start);
        Bridge to = tree.bridge(end);
        List<Leg> legs = from.root == to.root ? treeLegs(from, to) : overlayLegs(graph, tree, from, to);
        Walk.Builder route = Walk.from(start);
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = legs.get(i);
            if (leg.port != null) {
                List<Link> members = leg.port.membersOn(route.at());
                if (members.isEmpty()) {
                    crossPeerLink(route, leg.from);
                    members = leg.port.membersOn(route.at());
                }
                String here = route.at();
                Link member = members.stream().min(Comparator.comparing((Link l) -> l.end(here).port(), PortOrder.NATURAL)
                        .thenComparing(Link::name)).orElseThrow();
                route.step(member, member.otherDevice(here));
            } else {
                String wanted = i + 1 < legs.size() ? entryFor(legs.get(i + 1)) : end;
                tunnel(graph, route, leg, wanted);
            }
        }
        if (!route.at().equals(end)) {
            crossPeerLink(route, to);
        }
        return route;
    }

    /** A switch of the next leg's bridge that has a member of its port, so that no peer link is needed. */
    private static String entryFor(Leg next) {
        if (next.port == null) {
            return null;
        }
        return next.from.id.devices().stream().filter(d -> !next.port.membersOn(d).isEmpty()).findFirst().orElse(null);
    }

    private static void crossPeerLink(Walk.Builder route, Bridge pair) {
        String here = route.at();
        Link peerLink = pair.peerLinkFrom(here);
        route.step(peerLink, pair.peerOf(here));
    }

    private static void tunnel(VlanGraph graph, Walk.Builder route, Leg leg, String wanted) {
        String here = route.at();
        String bestFrom = null;
        String bestTo = null;
        int bestRank = Integer.MAX_VALUE;
        for (String x : leg.from.id.devices()) {
            for (String y : graph.tunnelPeers(x)) {
                if (!leg.to.id.devices().contains(y)) {
                    continue;
                }
                // prefer leaving from the switch we are on, arriving where the next leg starts
                int rank = (x.equals(here) ? 0 : 2) + (y.equals(wanted) ? 0 : 1);
                if (rank < bestRank) {
                    bestRank = rank;
                    bestFrom = x;
                    bestTo = y;
                }
            }
        }
        if (bestFrom == null) {
            throw new IllegalStateException("no VXLAN tunnel from " + leg.from + " to " + leg.to);
        }
        if (!bestFrom.equals(here)) {
            crossPeerLink(route, leg.from);
        }
        route.then(graph.tunnelPath(bestFrom, bestTo).orElseThrow().walk());
    }

    /** The legs of the tree path between two bridges of one domain: up to their common ancestor, then down. */
    private static List<Leg> treeLegs(Bridge from, Bridge to) {
        List<Leg> up = new ArrayList<>();
        List<Leg> down = new ArrayList<>();
        Bridge a = from;
        Bridge b = to;
        while (a.depth > b.depth) {
            up.add(new Leg(a.rootPort, a, a.parent));
            a = a.parent;
        }
        while (b.depth > a.depth) {
            down.add(new Leg(b.rootPort, b.parent, b));
            b = b.parent;
        }
        while (a != b) {
            up.add(new Leg(a.rootPort, a, a.parent));
            a = a.parent;
            down.add(new Leg(b.rootPort, b.parent, b));
            b = b.parent;
        }
        Collections.reverse(down);
        up.addAll(down);
        return up;
    }

    /**
     * The legs between bridges of different domains: fewest tunnels, then fewest tree hops (a
     * tunnel costs more than any tree path); ties to the lowest next bridge, then its port.
     */
    private static List<Leg> overlayLegs(VlanGraph graph, SpanningTree tree, Bridge from, Bridge to) {
        List<Bridge> bridges = tree.bridges();
        long tunnelCost = bridges.size() + 1L;
        long[] distance = new long[bridges.size()];
        Arrays.fill(distance, Long.MAX_VALUE);
        boolean[] settled = new boolean[bridges.size()];
        PriorityQueue<long[]> queue = new PriorityQueue<>((p, q) -> p[0] != q[0] ? Long.compare(p[0], q[0])
                : Long.compare(p[1], q[1]));
        distance[to.index] = 0;
        queue.add(new long[] {0, to.index});
        while (!queue.isEmpty()) {
            long[] head = queue.poll();
            int index = (int) head[1];
            if (settled[index] || head[0] != distance[index]) {
                continue;
            }
            settled[index] = true;
            if (index == from.index) {
                break;
            }
            for (Leg leg : legsFrom(graph, tree, bridges.get(index))) {
                long cost = head[0] + (leg.port == null ? tunnelCost : 1);
                if (!settled[leg.to.index] && cost < distance[leg.to.index]) {
                    distance[leg.to.index] = cost;
                    queue.add(new long[] {cost, leg.to.index});
                }
            }
        }
        if (!settled[from.index]) {
            throw new IllegalStateException("no overlay path from " + from + " to " + to);
        }
        List<Leg> legs = new ArrayList<>();
        Bridge at = from;
        while (at != to) {
            Leg best = null;
            for (Leg leg : legsFrom(graph, tree, at)) {
                long cost = leg.port == null ? tunnelCost : 1;
                if (settled[leg.to.index] && distance[leg.to.index] + cost == distance[at.index]
                        && (best == null || leg.isBetterThan(best))) {
                    best = leg;
                }
            }
            if (best == null) {
                throw new IllegalStateException("no next hop from " + at + " towards " + to);
            }
            legs.add(best);
            at = best.to;
        }
        return legs;
    }

    /** The forwarding tree ports and the VXLAN tunnels out of {@code bridge}. */
    private static List<Leg> legsFrom(VlanGraph graph, SpanningTree tree, Bridge bridge) {
        List<Leg> legs = new ArrayList<>();
        for (TreePort port : bridge.ports) {
            if (port.forwards()) {
                legs.add(new Leg(port, bridge, port.other(bridge)));
            }
        }
        for (String vtep : bridge.id.devices()) {
            for (String peer : graph.tunnelPeers(vtep)) {
                Bridge other = tree.bridge(peer);
                if (other != null && other != bridge) {
                    legs.add(new Leg(null, bridge, other));
                }
            }
        }
        return legs;
    }

    /** One step between bridges: over a tree port, or over a VXLAN tunnel when {@code port} is null. */
    private record Leg(TreePort port, Bridge from, Bridge to) {
        boolean isBetterThan(Leg other) {
            int c = to.id.name().compareTo(other.to.id.name());
            if (c != 0) {
                return c < 0;
            }
            if ((port == null) != (other.port == null)) {
                return port != null;
            }
            if (port == null) {
                return false;
            }
            c = PortOrder.NATURAL.compare(port.portAt(from), other.port.portAt(from));
            return c != 0 ? c < 0 : port.members.get(0).name().compareTo(other.port.members.get(0).name()) < 0;
        }
    }

    @Override
    public String toString() {
        return "spanning tree";
    }
}
