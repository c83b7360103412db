package dev.netmove.engine.flow;

/** How the device serving a VM's default gateway got the job. */
public enum GatewayKind {
    /** The only SVI of the VLAN in the VM's layer-2 domain (no FHRP), or the nearest of several. */
    SVI("SVI"),
    /** HSRP active: highest priority, then highest interface IP. */
    HSRP("HSRP"),
    /** VRRP master: highest priority, then highest interface IP. */
    VRRP("VRRP"),
    /** A GLBP forwarder handed out by the AVG. */
    GLBP("GLBP"),
    /** The vPC / VSS peer of the HSRP or VRRP active, forwarding for the same group (active/active). */
    VPC("vPC"),
    /** An EVPN anycast gateway: every device with the SVI serves; the nearest one does. */
    ANYCAST("anycast");

    private final String shown;

    GatewayKind(String shown) {
        this.shown = shown;
    }

    @Override
    public String toString() {
        return shown;
    }
}
