package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Device;
import java.util.Objects;

/** Two VTEPs that map a VLAN to different VNIs: two layer-2 domains that do not meet. */
public record VniMismatch(Device first, int firstVni, Device second, int secondVni, int vlan) implements VlanDrop {
    public VniMismatch {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (firstVni == secondVni || firstVni == 0 || secondVni == 0) {
            throw new IllegalArgumentException("VNIs " + firstVni + " and " + secondVni + " are not two different VNIs");
        }
    }

    @Override
    public String describe() {
        return "VLAN " + vlan + " is VNI " + firstVni + " on VTEP " + first.name() + " but VNI " + secondVni
                + " on VTEP " + second.name() + ": different VNIs are different layer-2 domains";
    }

    @Override
    public String toString() {
        return describe();
    }
}
