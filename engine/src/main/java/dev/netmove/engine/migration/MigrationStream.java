package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.DataSize;
import java.util.Objects;

/**
 * One TCP stream of a migration: multi-NIC vMotion runs one per vMotion NIC.
 *
 * @param sourceNic      the source host's NIC it leaves on
 * @param destinationNic the destination host's NIC it arrives on
 * @param path           the devices and links it crosses (for a port-channel, the member it uses)
 * @param sent           the migration's data it carried (memory and device state; the wire carries a little more)
 */
public record MigrationStream(String sourceNic, String destinationNic, TransferPath path, DataSize sent) {
    public MigrationStream {
        Objects.requireNonNull(sourceNic, "sourceNic");
        Objects.requireNonNull(destinationNic, "destinationNic");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sent, "sent");
    }
}
