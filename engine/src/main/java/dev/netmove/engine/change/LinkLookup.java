package dev.netmove.engine.change;

import dev.netmove.engine.imports.LinkEnds;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.UnknownNameException;
import java.util.Optional;

/**
 * Finds the link a change file or a step names, the one way for both: by its name first, else by its ends
 * {@code a:port--b:port} in either order, each port in any spelling of its interface
 * ({@code acc2:Fo1/0/49} is {@code acc2:FortyGigabitEthernet1/0/49}, see {@link LinkEnds#canonical}).
 */
public final class LinkLookup {

    private static final String BETWEEN = "--";

    private LinkLookup() {
    }

    /** The link {@code written} names: its name, else its two ends in either order; empty when none. */
    public static Optional<Link> find(Topology topology, String written) {
        Optional<Link> byName = topology.link(written);
        if (byName.isPresent() || !written.contains(BETWEEN)) {
            return byName;
        }
        int between = written.indexOf(BETWEEN);
        String a = LinkEnds.canonical(written.substring(0, between).strip());
        String b = LinkEnds.canonical(written.substring(between + BETWEEN.length()).strip());
        for (Link link : topology.links()) {
            String x = LinkEnds.canonical(link.a().endpoint());
            String y = LinkEnds.canonical(link.b().endpoint());
            if (x.equals(a) && y.equals(b) || x.equals(b) && y.equals(a)) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    /**
     * The link {@code written} names, as {@link #find}; throws {@link UnknownNameException} with the closest
     * names ({@link Topology#requireLink}) when there is none.
     */
    public static Link require(Topology topology, String written) {
        return find(topology, written).orElseGet(() -> topology.requireLink(written));
    }
}
