package dev.netmove.engine.flow;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Fhrp;
import dev.netmove.engine.topology.Ipv4Address;
import dev.netmove.engine.topology.Svi;
import java.util.Optional;

/** A device with an SVI (with an IP) in a VM's VLAN, and the protocol its SVI runs, if any. */
record GatewayCandidate(Device device, Svi svi, Optional<GatewayProtocol> protocol) {

    GatewayCandidate(Device device, Svi svi) {
        this(device, svi, svi.fhrp().map(GatewayProtocol::of));
    }

    String name() {
        return device.name();
    }

    int priority() {
        return protocol.map(GatewayProtocol::priority).orElse(Fhrp.DEFAULT_PRIORITY);
    }

    Ipv4Address address() {
        return svi.ip().orElseThrow().address();
    }

    boolean isAnycast() {
        return protocol.orElse(null) instanceof GatewayProtocol.Anycast;
    }

    boolean isGlbp() {
        return protocol.orElse(null) instanceof GatewayProtocol.FhrpGroup g && g.protocol() == GatewayProtocol.Elects.GLBP;
    }

    private static String groupKey(GatewayProtocol protocol) {
        return protocol instanceof GatewayProtocol.FhrpGroup g ? g.protocol() + " " + g.group() : protocol.shown();
    }

    /** Whether this candidate votes in the same group as {@code other}: the same protocol and group, or both plain SVIs. */
    boolean sameGroup(GatewayCandidate other) {
        return protocol.map(GatewayCandidate::groupKey).equals(other.protocol.map(GatewayCandidate::groupKey));
    }
}
