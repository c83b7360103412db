package dev.netmove.engine.flow;

import dev.netmove.engine.l2.Layer2Path;
import java.util.Objects;

/**
 * The device that serves a VM's default gateway, and why.
 *
 * @param vm the VM
 * @param vlan the VLAN of its port group
 * @param device the device its outbound traffic is routed by
 * @param kind how that device got the job
 * @param reason the election, or the nearness, that gave {@code device} the job
 * @param path the layer-2 path from the VM's host to {@code device}
 */
public record Gateway(String vm, int vlan, String device, GatewayKind kind, GatewayReason reason, Layer2Path path) {
    public Gateway {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (!reason.device().equals(device)) {
            throw new IllegalArgumentException("the reason for gateway " + device + " is about " + reason.device());
        }
        Objects.requireNonNull(path, "path");
        if (!path.to().equals(device)) {
            throw new IllegalArgumentException("the path to gateway " + device + " ends at " + path.to());
        }
    }

    /** Each device the traffic reaches after the VM's host, the gateway included. */
    public int hops() {
        return path.hops();
    }
}
