package dev.netmove.engine.config;

/** Why a host's link does not carry a VLAN its cluster needs; a link may have several. */
public enum PortGap {
    /** The link is routed: it carries no VLAN. */
    ROUTED_LINK,
    /** The switch port does not allow the VLAN: a trunk's allowed list without it, or an access port in another VLAN. */
    SWITCH_PORT,
    /** The switch does not have the VLAN in its {@code vlans}. */
    SWITCH_VLANS,
    /** The host's own port does not allow the VLAN (a per-end allowed list written on the host's side). */
    HOST_PORT
}
