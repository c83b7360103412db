package dev.netmove.engine.imports.vcenter;

import dev.netmove.engine.imports.Origin;
import java.util.Objects;

/**
 * A cable from a host's vmnic to a switch port, as the host's CDP or LLDP neighbour hint tells it.
 *
 * @param host the host
 * @param nic the vmnic
 * @param neighbour the switch as the hint names it (CDP device id, LLDP system name or chassis id)
 * @param neighbourPort the switch port as the hint names it
 * @param speedMbps the vmnic's link speed, or null when unknown
 * @param origin where the hint was read
 */
public record VcenterLink(String host, String nic, String neighbour, String neighbourPort, Long speedMbps,
        Origin origin) {

    public VcenterLink {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(nic, "nic");
        Objects.requireNonNull(neighbour, "neighbour");
        Objects.requireNonNull(neighbourPort, "neighbourPort");
        Objects.requireNonNull(origin, "origin");
    }
}
