package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.topology.Topology;
import java.util.Objects;

/**
 * How much of a migration's memory crosses the data-center core (STEPS.md: the core is the devices whose
 * role is {@code core}; a path crosses it once for each entry into it). What counts is the migration's
 * data, each stream's share times the number of times its path enters the core.
 */
public final class CoreCrossings {

    private final Topology topology;

    public CoreCrossings(Topology topology) {
        this.topology = Objects.requireNonNull(topology, "topology");
    }

    /** How many times {@code path} enters a core device (moving from a device outside the core to one in it). */
    public int entries(TransferPath path) {
        return path.walk().coreCrossings(topology);
    }

    /** Whether any stream of {@code migration} enters the core. */
    public boolean crosses(MigrationResult migration) {
        return migration.streams().stream().anyMatch(stream -> entries(stream.path()) > 0);
    }

    /** The migration's data that enters the core: each stream's data times its entries. */
    public DataSize volume(MigrationResult migration) {
        DataSize volume = DataSize.ZERO;
        for (MigrationStream stream : migration.streams()) {
            for (int entry = 0; entry < entries(stream.path()); entry++) {
                volume = volume.plus(stream.sent());
            }
        }
        return volume;
    }
}
