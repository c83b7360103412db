package dev.netmove.engine.flow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Both directions of the traffic between a VM and a peer (a VM or a device).
 *
 * @param vm the VM
 * @param peer the other end
 * @param outbound from the VM's host to the peer (the peer's host, or the peer device)
 * @param inbound from the peer back to the VM's host
 * @param gateway the VM's default gateway, when its traffic is routed
 * @param notes why the paths are these (attracting gateways, static routes, equal-cost choices)
 */
public record FlowRoute(String vm, String peer, TrafficPath outbound, TrafficPath inbound, Optional<Gateway> gateway,
                        List<String> notes) {
    public FlowRoute {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(outbound, "outbound");
        Objects.requireNonNull(inbound, "inbound");
        Objects.requireNonNull(gateway, "gateway");
        notes = List.copyOf(notes);
    }

    /**
     * Whether the return traffic passes the same stateful devices (firewalls) as the outbound
     * traffic; where neither passes one, whether both pass the same devices.
     */
    public boolean symmetric() {
        if (outbound.statefulDevices().isEmpty() && inbound.statefulDevices().isEmpty()) {
            return new TreeSet<>(outbound.devices()).equals(new TreeSet<>(inbound.devices()));
        }
        return new TreeSet<>(outbound.statefulDevices()).equals(new TreeSet<>(inbound.statefulDevices()));
    }
}
