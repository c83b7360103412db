package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import java.util.Objects;

/** An access end in another VLAN than the one wanted. */
public record AccessPortInOtherVlan(Link link, LinkEnd end, int vlan) implements PortDrop {
    public AccessPortInOtherVlan {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(end, "end");
        if (end.mode() != LinkMode.ACCESS || end.allows(vlan)) {
            throw new IllegalArgumentException(end.endpoint() + " is not an access port outside VLAN " + vlan);
        }
    }

    @Override
    public String describe() {
        return "access port " + end.endpoint() + " of link \"" + link.name() + "\" is in VLAN " + end.nativeVlan()
                + ", not VLAN " + vlan;
    }

    @Override
    public String describePort() {
        return "access port " + end.endpoint() + " (in VLAN " + end.nativeVlan() + end.sourceSuffix() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
