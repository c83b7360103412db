package dev.netmove.engine.migration;

import java.util.List;
import java.util.Objects;

/**
 * The moves an evacuation needs (maintenance mode, consolidation), in the order they are asked for, and
 * the VMs no host can take.
 *
 * @param purpose  what the plan is for, e.g. {@code host esx-a1 enters maintenance mode}
 * @param moves    each VM to its new host
 * @param unplaced the VMs that have nowhere to go; the plan can only be carried out when there are none
 */
public record MigrationPlan(String purpose, List<MigrationRequest> moves, List<UnplacedVm> unplaced) {
    public MigrationPlan {
        Objects.requireNonNull(purpose, "purpose");
        moves = List.copyOf(moves);
        unplaced = List.copyOf(unplaced);
    }

    /** Whether every VM found a host. */
    public boolean complete() {
        return unplaced.isEmpty();
    }
}
