package dev.netmove.engine.topology;

/**
 * The first-hop redundancy protocol that makes an SVI a shared default gateway: one of HSRP,
 * VRRP, GLBP or an EVPN anycast gateway.
 */
public sealed interface Fhrp permits Hsrp, Vrrp, Glbp, AnycastGateway {

    /** The priority a gateway has when none is configured. */
    int DEFAULT_PRIORITY = 100;

    /** The protocol's name as written in topology files: hsrp, vrrp, glbp, anycast. */
    String protocol();

    /** The address VMs use as their default gateway. */
    Ipv4Address gateway();

    static void checkPriority(int priority) {
        if (priority < 0 || priority > 255) {
            throw new IllegalArgumentException("FHRP priority " + priority + " is outside 0-255");
        }
    }
}
