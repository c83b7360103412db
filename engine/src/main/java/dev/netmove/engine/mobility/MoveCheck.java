package dev.netmove.engine.mobility;

import java.util.List;
import java.util.Objects;

/**
 * Whether one VM can migrate to one host (the migration's pre-check), and if not why.
 *
 * @param vm the VM
 * @param host the destination host
 * @param reasons the pre-check's reasons, empty when the VM can migrate
 */
public record MoveCheck(String vm, String host, List<String> reasons) {
    public MoveCheck {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(host, "host");
        reasons = List.copyOf(reasons);
    }

    public boolean canMigrate() {
        return reasons.isEmpty();
    }
}
