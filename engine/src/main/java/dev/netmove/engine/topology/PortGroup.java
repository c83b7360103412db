package dev.netmove.engine.topology;

import java.util.Objects;

/**
 * A VM network on a host: a name and the VLAN its frames are tagged with.
 *
 * @param name the port group's name, as VMs refer to it
 * @param vlan 1-4094, or {@link #UNTAGGED} (0): frames leave untagged and travel in the native
 *        VLAN of the host's link
 */
public record PortGroup(String name, int vlan) {

    /** The VLAN number of an untagged port group. */
    public static final int UNTAGGED = 0;

    public PortGroup {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a port group needs a name");
        }
        if (vlan < 0 || vlan > 4094) {
            throw new IllegalArgumentException("port group " + name + ": VLAN " + vlan + " is outside 1-4094 (or 0 = untagged)");
        }
    }

    public boolean isUntagged() {
        return vlan == UNTAGGED;
    }
}
