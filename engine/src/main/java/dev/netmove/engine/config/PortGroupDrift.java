package dev.netmove.engine.config;

/**
 * One way a host's port groups differ from the other hosts it is compared with: a port group it
 * lacks, or one it has in another VLAN.
 */
public sealed interface PortGroupDrift permits MissingPortGroup, PortGroupInOtherVlan {

    /** The host that differs. */
    String host();

    /** The port group's name. */
    String portGroup();

    /** One sentence naming the host, the port group and the VLANs, e.g. {@code host esx-b2 has no port group "web" (in VLAN 110 on esx-a1)}. */
    String describe();
}
