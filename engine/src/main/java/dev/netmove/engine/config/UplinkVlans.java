package dev.netmove.engine.config;

import dev.netmove.engine.quantity.VlanSet;
import java.util.Objects;

/**
 * What one host link carries, compared with its cluster's VLANs.
 *
 * @param uplink the host port and the switch port
 * @param carried the VLANs both ports allow and the switch has
 * @param missing the cluster's VLANs it does not carry
 * @param extra VLANs it carries that no host of the cluster uses (not an error: a note for pruning);
 *        a trunk's native VLAN is never extra, it is there for untagged frames
 */
public record UplinkVlans(HostUplink uplink, VlanSet carried, VlanSet missing, VlanSet extra) {
    public UplinkVlans {
        Objects.requireNonNull(uplink, "uplink");
        Objects.requireNonNull(carried, "carried");
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(extra, "extra");
    }
}
