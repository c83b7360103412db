package dev.netmove.engine.l2;

/** The answer to "does VLAN v get from one device to another": a {@link Layer2Path} or a {@link VlanBlocked}. */
public sealed interface Layer2Reach permits Layer2Path, VlanBlocked {

    /** The VLAN asked about. */
    int vlan();

    /** Where the frames start. */
    String from();

    /** Where they should arrive. */
    String to();

    /** Whether the VLAN gets there. */
    boolean reaches();
}
