package dev.netmove.engine.l2;

import java.util.Optional;

/**
 * Chooses the path frames of a VLAN take between two devices of its graph. The first cut picks
 * the fewest hops ({@link FewestHopsPathSelector}); the spanning-tree solver will pick the path
 * along the VLAN's rapid-PVST tree instead, without callers of {@link Layer2Analysis} changing.
 *
 * <p>Contract (checked by {@code ForwardingPathSelectorContract} in the tests): the path uses only
 * links of {@code graph}, starts at {@code from}, ends at {@code to}, crosses every device at most
 * once and crosses only devices that {@linkplain VlanGraph#bridges(String) bridge} between its
 * ends; it is empty exactly when {@code to} is not in {@code from}'s
 * {@linkplain VlanGraph#segment(String) segment}; the same graph always gives the same path.
 */
@FunctionalInterface
public interface ForwardingPathSelector {

    /**
     * The forwarding path from {@code from} to {@code to} in VLAN {@code graph.vlan()}, or empty
     * when the VLAN does not join them. Both devices are vertices of {@code graph}.
     */
    Optional<Layer2Path> select(VlanGraph graph, String from, String to);
}
