package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;

/** One end of a link whose switchport configuration does not let the VLAN through. */
public sealed interface PortDrop extends VlanDrop permits TrunkPruned, AccessPortInOtherVlan {

    /** The link. */
    Link link();

    /** The end that drops the VLAN. */
    LinkEnd end();

    /** The VLAN dropped. */
    int vlan();

    /** The part of {@link #describe()} that names the port, for a sentence naming both ends. */
    String describePort();
}
