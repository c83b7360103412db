package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import java.util.Objects;

/** Both ends of a link drop the VLAN; named together so that fixing one end is not mistaken for the fix. */
public record BothEndsDrop(Link link, PortDrop first, PortDrop second) implements VlanDrop {
    public BothEndsDrop {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (!first.link().equals(link) || !second.link().equals(link) || first.end().equals(second.end())
                || first.vlan() != second.vlan()) {
            throw new IllegalArgumentException("both ends of link " + link.name() + " must drop the same VLAN");
        }
    }

    /** The VLAN dropped. */
    public int vlan() {
        return first.vlan();
    }

    @Override
    public String describe() {
        return "link \"" + link.name() + "\" drops VLAN " + vlan() + " at both ends: at " + first.describePort()
                + " and at " + second.describePort();
    }

    @Override
    public String toString() {
        return describe();
    }
}
