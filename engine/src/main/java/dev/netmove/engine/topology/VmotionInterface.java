package dev.netmove.engine.topology;

import java.util.List;
import java.util.Objects;

/**
 * A host's vMotion vmkernel interface.
 *
 * @param vlan the vMotion VLAN, 1-4094 (or 0 = untagged, the native VLAN of the host's link)
 * @param ip the interface's address; hosts whose vMotion IPs share a subnet migrate over layer 2
 * @param nics the NICs for multi-NIC vMotion, one stream each; empty = one stream on the first
 *        uplink that is up
 */
public record VmotionInterface(int vlan, InterfaceAddress ip, List<String> nics) {
    public VmotionInterface {
        if (vlan < 0 || vlan > 4094) {
            throw new IllegalArgumentException("vMotion VLAN " + vlan + " is outside 1-4094 (or 0 = untagged)");
        }
        Objects.requireNonNull(ip, "ip");
        nics = List.copyOf(nics);
        if (nics.stream().distinct().count() != nics.size()) {
            throw new IllegalArgumentException("vMotion NICs " + nics + " name a NIC twice");
        }
    }
}
