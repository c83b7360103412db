package dev.netmove.engine.l2;

import java.util.Optional;

/**
 * Chooses the path frames of a VLAN take between two devices of its graph: along the VLAN's
 * rapid-PVST tree ({@link SpanningTreePathSelector}, the default), or the fewest hops
 * ({@link FewestHopsPathSelector}, which ignores blocked ports).
 *
 * <p>Contract (checked by {@code ForwardingPathSelectorContract} in the tests): the path uses only
 * links of {@code graph} (or, for a hop over a VXLAN tunnel, the links of its
 * {@linkplain VlanGraph#tunnelPath(String, String) underlay path}), starts at {@code from}, ends at
 * {@code to}, crosses every device at most once and crosses only devices that
 * {@linkplain VlanGraph#bridges(String) bridge} between its ends (or the underlay's devices); it is
 * empty exactly when {@code to} is not in {@code from}'s {@linkplain VlanGraph#segment(String)
 * segment}; the same graph always gives the same path.
 */
@FunctionalInterface
public interface ForwardingPathSelector {

    /**
     * The forwarding path from {@code from} to {@code to} in VLAN {@code graph.vlan()}, or empty
     * when the VLAN does not join them. Both devices are vertices of {@code graph}.
     */
    Optional<Layer2Path> select(VlanGraph graph, String from, String to);
}
