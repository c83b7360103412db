package dev.netmove.engine.flow;

import dev.netmove.engine.topology.AnycastGateway;
import dev.netmove.engine.topology.Fhrp;
import dev.netmove.engine.topology.Glbp;
import dev.netmove.engine.topology.Hsrp;
import dev.netmove.engine.topology.Ipv4Address;
import dev.netmove.engine.topology.Vrrp;
import java.util.Objects;

/**
 * The first-hop redundancy protocol of a gateway candidate as its election sees it: the group it
 * votes in, its own priority and what the winner is called (HSRP active, VRRP master, GLBP AVG);
 * anycast gateways do not elect.
 */
public sealed interface GatewayProtocol {

    /** The protocol as users write it in sentences: HSRP, VRRP, GLBP, anycast. */
    String shown();

    /** The group (virtual router id for VRRP); 0 for anycast. */
    int group();

    /** The election priority, 0-255. */
    int priority();

    /** What the winner of the election is called. */
    String winnerRole();

    /** The kind of gateway the winner is. */
    GatewayKind kind();

    /** The protocol of {@code fhrp}. */
    static GatewayProtocol of(Fhrp fhrp) {
        if (fhrp instanceof Hsrp h) {
            return new HsrpGroup(h.group(), h.priority());
        }
        if (fhrp instanceof Vrrp v) {
            return new VrrpGroup(v.group(), v.priority());
        }
        if (fhrp instanceof Glbp g) {
            return new GlbpGroup(g.group(), g.priority());
        }
        return new Anycast(((AnycastGateway) fhrp).gateway());
    }

    /** HSRP: the highest priority, then the highest interface IP, is active. */
    record HsrpGroup(int group, int priority) implements GatewayProtocol {
        public HsrpGroup {
            Fhrp.checkPriority(priority);
        }

        @Override
        public String shown() {
            return "HSRP";
        }

        @Override
        public String winnerRole() {
            return "active";
        }

        @Override
        public GatewayKind kind() {
            return GatewayKind.HSRP;
        }
    }

    /** VRRP: the highest priority, then the highest interface IP, is master. */
    record VrrpGroup(int group, int priority) implements GatewayProtocol {
        public VrrpGroup {
            Fhrp.checkPriority(priority);
        }

        @Override
        public String shown() {
            return "VRRP";
        }

        @Override
        public String winnerRole() {
            return "master";
        }

        @Override
        public GatewayKind kind() {
            return GatewayKind.VRRP;
        }
    }

    /** GLBP: the highest priority, then the highest interface IP, is the AVG that hands out forwarders. */
    record GlbpGroup(int group, int priority) implements GatewayProtocol {
        public GlbpGroup {
            Fhrp.checkPriority(priority);
        }

        @Override
        public String shown() {
            return "GLBP";
        }

        @Override
        public String winnerRole() {
            return "AVG";
        }

        @Override
        public GatewayKind kind() {
            return GatewayKind.GLBP;
        }
    }

    /** An EVPN anycast gateway: every device with the SVI answers for {@code address}; nobody is elected. */
    record Anycast(Ipv4Address address) implements GatewayProtocol {
        public Anycast {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String shown() {
            return "anycast";
        }

        @Override
        public int group() {
            return 0;
        }

        @Override
        public int priority() {
            return Fhrp.DEFAULT_PRIORITY;
        }

        @Override
        public String winnerRole() {
            return "gateway";
        }

        @Override
        public GatewayKind kind() {
            return GatewayKind.ANYCAST;
        }
    }
}
