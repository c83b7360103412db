package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import java.util.Objects;

/** A trunk end whose allowed list does not contain the VLAN (the VLAN is pruned there). */
public record TrunkPruned(Link link, LinkEnd end, int vlan) implements PortDrop {
    public TrunkPruned {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(end, "end");
        if (end.mode() != LinkMode.TRUNK || end.allows(vlan)) {
            throw new IllegalArgumentException(end.endpoint() + " is not a trunk that drops VLAN " + vlan);
        }
    }

    @Override
    public String describe() {
        return "link \"" + link.name() + "\" drops VLAN " + vlan + " at " + describePort();
    }

    @Override
    public String describePort() {
        return end.endpoint() + " (allowed there: " + end.vlans() + end.sourceSuffix() + otherEnd() + ")";
    }

    /** Where the end across allows the VLAN, when both ends' sources are known: the two lines to compare. */
    private String otherEnd() {
        LinkEnd other = link.a() == end ? link.b() : link.a();
        return end.source().isPresent() && other.source().isPresent() && other.allows(vlan)
                ? "; " + other.endpoint() + " allows it: " + other.source().get() : "";
    }

    @Override
    public String toString() {
        return describe();
    }
}
