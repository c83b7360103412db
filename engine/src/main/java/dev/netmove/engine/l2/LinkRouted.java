package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import java.util.List;
import java.util.Objects;

/**
 * A link with a routed end: it carries packets, not VLANs.
 *
 * @param routedEnds the routed ends, in link order (both for a routed link; one where the other
 *        end is a switchport, which is a misconfiguration worth naming)
 */
public record LinkRouted(Link link, List<LinkEnd> routedEnds) implements VlanDrop {
    public LinkRouted {
        Objects.requireNonNull(link, "link");
        routedEnds = List.copyOf(routedEnds);
        if (routedEnds.isEmpty() || routedEnds.stream().anyMatch(end -> end.mode() != LinkMode.ROUTED)) {
            throw new IllegalArgumentException("link " + link.name() + ": routedEnds must be its routed ends, not "
                    + routedEnds);
        }
    }

    @Override
    public String describe() {
        if (routedEnds.size() == 2) {
            return "link \"" + link.name() + "\" is routed";
        }
        return "link \"" + link.name() + "\" is routed at " + routedEnds.get(0).endpoint();
    }

    @Override
    public String toString() {
        return describe();
    }
}
