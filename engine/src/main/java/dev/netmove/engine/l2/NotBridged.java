package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Device;
import java.util.Objects;

/** A device that is not a switch (router, firewall, external network) on the way: it ends a VLAN, it does not bridge it on. */
public record NotBridged(Device device, int vlan) implements VlanDrop {
    public NotBridged {
        Objects.requireNonNull(device, "device");
    }

    @Override
    public String describe() {
        return device.role().yamlName() + " " + device.name() + " does not bridge VLAN " + vlan
                + " between its links (only switches do)";
    }

    @Override
    public String toString() {
        return describe();
    }
}
