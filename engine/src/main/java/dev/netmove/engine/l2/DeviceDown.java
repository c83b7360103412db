package dev.netmove.engine.l2;

import java.util.Objects;

/** A device taken down (a what-if): nothing crosses it. */
public record DeviceDown(String device) implements VlanDrop {
    public DeviceDown {
        Objects.requireNonNull(device, "device");
    }

    @Override
    public String describe() {
        return "device " + device + " is down";
    }

    @Override
    public String toString() {
        return describe();
    }
}
