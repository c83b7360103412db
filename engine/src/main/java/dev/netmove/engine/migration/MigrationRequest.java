package dev.netmove.engine.migration;

import java.util.Objects;

/**
 * A move to make: VM {@code vm} to host {@code destinationHost}.
 *
 * @param vm              the VM's name
 * @param destinationHost the host it should run on afterwards
 */
public record MigrationRequest(String vm, String destinationHost) {
    public MigrationRequest {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(destinationHost, "destinationHost");
        if (vm.isBlank() || destinationHost.isBlank()) {
            throw new IllegalArgumentException("a migration needs a VM and a destination host");
        }
    }

    /** {@code web01 -> esx-b1}. */
    @Override
    public String toString() {
        return vm + " -> " + destinationHost;
    }
}
