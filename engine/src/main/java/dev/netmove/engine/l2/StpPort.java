package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import java.util.Objects;

/**
 * One switch end of a link that carries the VLAN, with the role spanning tree gives it. The
 * members of a port-channel (and of a vPC multi-chassis port-channel) share one STP port, so they
 * share its role and cost.
 *
 * @param link the link
 * @param end the end on the switch
 * @param role its role in the VLAN's tree
 * @param cost the STP port cost: 20 Tbit/s divided by the speed of the port (a port-channel's summed
 *        speed); 0 on a vPC peer link, which is inside a logical bridge
 */
public record StpPort(Link link, LinkEnd end, PortRole role, long cost) {
    public StpPort {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(role, "role");
        if (!link.ends().contains(end)) {
            throw new IllegalArgumentException(end.endpoint() + " is not an end of link " + link.name());
        }
        if (cost < 0) {
            throw new IllegalArgumentException("a port cost cannot be negative: " + cost);
        }
    }

    /** The switch the port is on. */
    public String device() {
        return end.device();
    }

    /** Whether spanning tree blocks the port. */
    public boolean blocked() {
        return !role.forwards();
    }

    /** {@code agg2:Eth1/50 of link "agg2--acc1": alternate (blocked), cost 500}. */
    @Override
    public String toString() {
        return end.endpoint() + " of link \"" + link.name() + "\": " + role + (blocked() ? " (blocked)" : "")
                + ", cost " + cost;
    }
}
