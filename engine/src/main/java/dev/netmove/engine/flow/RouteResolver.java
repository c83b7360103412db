package dev.netmove.engine.flow;

import dev.netmove.engine.l2.IgpShortestPaths;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.l2.RoutedPath;
import dev.netmove.engine.l2.Walk;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Ipv4Address;
import dev.netmove.engine.topology.Ipv4Prefix;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.StaticRoute;
import dev.netmove.engine.topology.Svi;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes traffic between devices as TOPOLOGY.md defines routing: shortest IGP paths over routed
 * links and transit SVIs ({@link IgpShortestPaths}), static routes winning over learned ones, and
 * among equal-cost next hops the neighbour whose name sorts first (the others are reported).
 *
 * <p>A static route wins at a device when its prefix holds the destination and is at least as
 * long as the route the IGP learned for it (the destination's subnet), or when the IGP does not
 * reach the destination at all (a default route to the outside). Safe to share between threads.
 */
final class RouteResolver {

    /** An address the traffic is for, and the length of the prefix the IGP learns it by. */
    public record Destination(Ipv4Address address, int learnedLength) {
    }

    private final Topology topology;
    private final IgpShortestPaths igp;
    private final Map<Ipv4Address, String> owners = new HashMap<>();

    public RouteResolver(Layer2Analysis layer2) {
        this.topology = layer2.topology();
        this.igp = IgpShortestPaths.overRoutedLinksAndTransitSvis(layer2);
        for (Link link : topology.links()) {
            for (LinkEnd end : link.ends()) {
                end.ip().ifPresent(ip -> owners.putIfAbsent(ip.address(), end.device()));
            }
        }
        for (Device device : topology.devices().values()) {
            for (Svi svi : device.svis().values()) {
                svi.ip().ifPresent(ip -> owners.putIfAbsent(ip.address(), device.name()));
            }
        }
    }

    /**
     * The route from {@code from} to whichever of {@code targets} routing leads to; throws
     * {@link FlowAnalysisException} naming {@code what} when there is none or routing loops.
     *
     * @param destination the addresses the traffic is for, for static routes
     * @param what the destination in words, for messages
     */
    public Route route(String from, Collection<String> targets, List<Destination> destination, String what) {
        Walk.Builder walk = Walk.from(from);
        List<String> notes = new ArrayList<>();
        String current = from;
        int limit = topology.devices().size() + 2;
        while (!targets.contains(current)) {
            if (--limit < 0) {
                throw new FlowAnalysisException("routing loops on the way to " + what + ": " + walk
                        + "; check the static routes on these devices");
            }
            Optional<StaticRoute> fixed = staticRouteAt(current, targets, destination);
            if (fixed.isPresent()) {
                StaticRoute route = fixed.get();
                String via = owners.get(route.via());
                String at = current;
                if (via == null) {
                    throw new FlowAnalysisException("static route " + route.prefix() + " via " + route.via() + " on "
                            + current + " points to an address no device has; give the next hop's link end or SVI that IP");
                }
                RoutedPath hop = igp.path(current, via).orElseThrow(() -> new FlowAnalysisException(
                        "static route " + route.prefix() + " via " + route.via() + " on " + at + ": "
                                + via + " cannot be reached from " + at + " over routed links"));
                notes.add("at " + current + ": static route " + route.prefix() + " via " + route.via() + " (" + via
                        + ") wins over the IGP");
                walk.then(hop.walk());
                current = via;
                continue;
            }
            String start = current;
            RoutedPath path = igp.toNearest(current, targets).orElseThrow(() -> new FlowAnalysisException(
                    "no route from " + start + " to " + what + ": " + start + " and " + String.join(", ", targets)
                            + " are not joined by routed links or transit SVIs; add a routed link or a static route"));
            int cut = path.devices().size() - 1;
            for (int i = 1; i < cut; i++) {
                if (staticRouteAt(path.devices().get(i), targets, destination).isPresent()) {
                    cut = i;
                    break;
                }
            }
            for (int i = 0; i < cut; i++) {
                if (i == 0 || path.links().get(i).isRouted()) {
                    List<String> next = igp.cheapestNextHops(path.devices().get(i), targets);
                    if (next.size() > 1) {
                        notes.add("at " + path.devices().get(i) + ": equal-cost next hops " + String.join(", ", next)
                                + "; " + next.get(0) + " taken (its name sorts first)");
                    }
                }
            }
            walk.then(path.walk(), cut);
            current = path.devices().get(cut);
        }
        return new Route(walk.build(), notes);
    }

    private Optional<StaticRoute> staticRouteAt(String device, Collection<String> targets, List<Destination> destination) {
        List<StaticRoute> routes = topology.requireDevice(device).routes();
        if (routes.isEmpty()) {
            return Optional.empty();
        }
        boolean learned = targets.stream().anyMatch(t -> igp.connected(device, t));
        StaticRoute best = null;
        for (StaticRoute route : routes) {
            Ipv4Prefix prefix = route.prefix();
            boolean matches = destination.stream().anyMatch(d -> prefix.contains(d.address())
                    && (!learned || prefix.length() >= d.learnedLength()));
            if (matches && !device.equals(owners.get(route.via()))
                    && (best == null || prefix.length() > best.prefix().length())) {
                best = route;
            }
        }
        return Optional.ofNullable(best);
    }
}
