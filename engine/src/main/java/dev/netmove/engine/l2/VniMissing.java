package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Device;
import java.util.Objects;

/**
 * A VLAN that one VTEP stretches over VXLAN but the switch across the routed fabric does not: it
 * is no VTEP, or does not map the VLAN to a VNI. There the VLAN stays local.
 *
 * @param vtep the VTEP that maps the VLAN
 * @param vni its VNI there
 * @param without the switch across the fabric that does not map it
 */
public record VniMissing(Device vtep, int vni, Device without, int vlan) implements VlanDrop {
    public VniMissing {
        Objects.requireNonNull(vtep, "vtep");
        Objects.requireNonNull(without, "without");
        if (vtep.vxlan().map(v -> v.vniOf(vlan)).orElse(0) != vni || vni == 0) {
            throw new IllegalArgumentException(vtep.name() + " does not map VLAN " + vlan + " to VNI " + vni);
        }
        if (without.vxlan().map(v -> v.vniOf(vlan)).orElse(0) != 0) {
            throw new IllegalArgumentException(without.name() + " maps VLAN " + vlan + " to a VNI");
        }
    }

    @Override
    public String describe() {
        String other = "VTEP " + vtep.name() + " maps it to VNI " + vni;
        if (without.vxlan().isEmpty()) {
            return "switch " + without.name() + " is not a VTEP, so VLAN " + vlan
                    + " does not cross the routed fabric to it (" + other + ")";
        }
        return "VTEP " + without.name() + " does not map VLAN " + vlan
                + " to a VNI, so the VLAN does not cross the routed fabric to it (" + other + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
