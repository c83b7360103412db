package dev.netmove.engine.migration;

import dev.netmove.engine.l2.Layer2Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a VM can migrate to a host, and if not, every reason why, each a sentence for the
 * people who will fix it.
 *
 * @param reasons what is missing, in the order vMotion, port group, VM VLAN; empty when the migration succeeds
 * @param vmotionPath the layer-2 path of the vMotion VLAN between the hosts, when they share a vMotion
 *        subnet and the VLAN joins them; empty for routed vMotion (see {@code transferPath})
 * @param vmPath the layer-2 path of the VM's VLAN from the source host to the destination, when there is one
 * @param transferPath the devices and links the memory crosses; present exactly when the migration
 *        succeeds (layer 2, or routed through the vMotion gateways)
 */
public record MigrationVerdict(String vm, String sourceHost, String destinationHost, List<String> reasons,
                               Optional<Layer2Path> vmotionPath, Optional<Layer2Path> vmPath,
                               Optional<TransferPath> transferPath) {
    public MigrationVerdict {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(sourceHost, "sourceHost");
        Objects.requireNonNull(destinationHost, "destinationHost");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(vmotionPath, "vmotionPath");
        Objects.requireNonNull(vmPath, "vmPath");
        Objects.requireNonNull(transferPath, "transferPath");
        if (transferPath.isPresent() && !reasons.isEmpty()) {
            throw new IllegalArgumentException("a migration that fails (" + reasons + ") transfers nothing");
        }
    }

    /** A verdict whose memory takes the vMotion VLAN's layer-2 path when the migration succeeds. */
    public MigrationVerdict(String vm, String sourceHost, String destinationHost, List<String> reasons,
                            Optional<Layer2Path> vmotionPath, Optional<Layer2Path> vmPath) {
        this(vm, sourceHost, destinationHost, reasons, vmotionPath, vmPath,
                reasons.isEmpty() ? vmotionPath.map(TransferPath::of) : Optional.empty());
    }

    /** Whether nothing stands in the migration's way. */
    public boolean succeeds() {
        return reasons.isEmpty();
    }

    /** {@code migration of VM web01 from esx-a1 to esx-b1 succeeds} or {@code ... fails: reason; reason}. */
    @Override
    public String toString() {
        String head = "migration of VM " + vm + " from " + sourceHost + " to " + destinationHost;
        return succeeds() ? head + " succeeds" : head + " fails: " + String.join("; ", reasons);
    }
}
