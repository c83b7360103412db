package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.DataSize;
import java.util.List;
import java.util.Objects;

/**
 * A VM that no host can take during an evacuation, and why each candidate cannot.
 *
 * @param vm      the VM
 * @param host    the host it has to leave
 * @param memory  its memory
 * @param reasons one sentence per candidate host (or one saying there is none)
 */
public record UnplacedVm(String vm, String host, DataSize memory, List<String> reasons) {
    public UnplacedVm {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(memory, "memory");
        reasons = List.copyOf(reasons);
    }

    /** {@code VM db01 (64GiB) on esx-a1: esx-a2 has 12GiB free; esx-b2 has no port group "db"}. */
    @Override
    public String toString() {
        return "VM " + vm + " (" + memory + ") on " + host + ": " + String.join("; ", reasons);
    }
}
