package dev.netmove.engine.imports.lldp;

import dev.netmove.engine.imports.Origin;
import java.util.Objects;

/**
 * One neighbour seen from one port: {@code device:port} sees {@code neighbour:neighbourPort}.
 *
 * @param speed the link speed as written in TOPOLOGY.md units, or null when the table gives none
 */
record NeighbourRow(String device, String port, String neighbour, String neighbourPort, String speed, Origin origin) {

    NeighbourRow {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(neighbour, "neighbour");
        Objects.requireNonNull(neighbourPort, "neighbourPort");
        Objects.requireNonNull(origin, "origin");
    }
}
