package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Device;
import java.util.Objects;

/** A device where the VLAN does not exist: a switch without it in {@code vlans}, a host without a port group or vMotion interface in it. */
public record VlanMissingOnDevice(Device device, int vlan) implements VlanDrop {
    public VlanMissingOnDevice {
        Objects.requireNonNull(device, "device");
    }

    @Override
    public String describe() {
        if (device.isHost()) {
            return "host " + device.name() + " has no port group or vMotion interface in VLAN " + vlan;
        }
        String kind = device.isSwitch() ? "switch" : device.role().yamlName();
        return kind + " " + device.name() + " does not have VLAN " + vlan + " (its VLANs: " + device.vlans() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
