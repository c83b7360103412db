package dev.netmove.engine.flow;

import dev.netmove.engine.topology.AnycastGateway;
import dev.netmove.engine.topology.Fhrp;
import dev.netmove.engine.topology.Glbp;
import dev.netmove.engine.topology.Hsrp;
import dev.netmove.engine.topology.Ipv4Address;
import dev.netmove.engine.topology.Vrrp;
import java.util.Objects;

/**
 * The first-hop redundancy protocol of a gateway candidate as its election sees it: an HSRP, VRRP
 * or GLBP group with the candidate's own priority, or an anycast gateway, which elects nobody.
 */
public sealed interface GatewayProtocol permits GatewayProtocol.FhrpGroup, GatewayProtocol.Anycast {

    /** The protocol as users read it in sentences: HSRP, VRRP, GLBP, anycast. */
    String shown();

    /** The election priority, 0-255. */
    int priority();

    /** The kind of gateway a device running this protocol is. */
    GatewayKind kind();

    /** The protocol of {@code fhrp}. */
    static GatewayProtocol of(Fhrp fhrp) {
        if (fhrp instanceof Hsrp h) {
            return new FhrpGroup(Elects.HSRP, h.group(), h.priority());
        }
        if (fhrp instanceof Vrrp v) {
            return new FhrpGroup(Elects.VRRP, v.group(), v.priority());
        }
        if (fhrp instanceof Glbp g) {
            return new FhrpGroup(Elects.GLBP, g.group(), g.priority());
        }
        return new Anycast(((AnycastGateway) fhrp).gateway());
    }

    /** The protocols that elect one winner by priority, then by the highest interface IP, and what they call it. */
    enum Elects {
        HSRP("active", GatewayKind.HSRP), VRRP("master", GatewayKind.VRRP), GLBP("AVG", GatewayKind.GLBP);

        private final String winnerRole;
        private final GatewayKind kind;

        Elects(String winnerRole, GatewayKind kind) {
            this.winnerRole = winnerRole;
            this.kind = kind;
        }

        /** What the winner of the election is called: HSRP active, VRRP master, GLBP AVG. */
        public String winnerRole() {
            return winnerRole;
        }
    }

    /** A candidate's membership of one HSRP / VRRP / GLBP group (a VRRP group is its virtual router id). */
    record FhrpGroup(Elects protocol, int group, int priority) implements GatewayProtocol {
        public FhrpGroup {
            Objects.requireNonNull(protocol, "protocol");
            Fhrp.checkPriority(priority);
        }

        @Override
        public String shown() {
            return protocol.name();
        }

        @Override
        public GatewayKind kind() {
            return protocol.kind;
        }
    }

    /** An EVPN anycast gateway: every device with the SVI answers for {@code address}. */
    record Anycast(Ipv4Address address) implements GatewayProtocol {
        public Anycast {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String shown() {
            return "anycast";
        }

        @Override
        public int priority() {
            return Fhrp.DEFAULT_PRIORITY;
        }

        @Override
        public GatewayKind kind() {
            return GatewayKind.ANYCAST;
        }
    }
}
