package dev.netmove.engine.topology;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import java.util.Objects;
import java.util.Optional;

/**
 * A virtual machine: where it runs, its network, and what the live-migration model needs of its memory.
 *
 * @param name unique among VMs and devices
 * @param host the host it runs on
 * @param portGroup its network: a port group of its host
 * @param ip its address, if given
 * @param memory its configured memory, more than zero
 * @param inUse share of memory the guest has touched; round 0 sends only that (default 100%)
 * @param dirtyRate how fast the running guest dirties memory (default 0)
 * @param workingSet the writable working set: no pre-copy round sends more (default 90% of memory)
 */
public record Vm(String name, String host, String portGroup, Optional<Ipv4Address> ip, DataSize memory,
                 Percent inUse, Bandwidth dirtyRate, DataSize workingSet) {

    /** The default working set as a share of memory. */
    public static final Percent DEFAULT_WORKING_SET_SHARE = Percent.ofWhole(90);

    public Vm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(portGroup, "portGroup");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(inUse, "inUse");
        Objects.requireNonNull(dirtyRate, "dirtyRate");
        Objects.requireNonNull(workingSet, "workingSet");
        if (name.isBlank() || host.isBlank() || portGroup.isBlank()) {
            throw new IllegalArgumentException("a VM needs a name, a host and a port group");
        }
        if (memory.bytes() <= 0) {
            throw new IllegalArgumentException("VM " + name + ": memory must be more than zero");
        }
        if (inUse.ppm() < 0 || inUse.ppm() > 1_000_000) {
            throw new IllegalArgumentException("VM " + name + ": inUse " + inUse + " is not within 0%-100%");
        }
        if (dirtyRate.bitsPerSecond() < 0) {
            throw new IllegalArgumentException("VM " + name + ": dirtyRate cannot be negative");
        }
        if (workingSet.bytes() < 0 || workingSet.bytes() > memory.bytes()) {
            throw new IllegalArgumentException("VM " + name + ": workingSet " + workingSet
                    + " is larger than its memory " + memory);
        }
    }

    /** A VM with the default inUse (100%), dirty rate (0) and working set (90% of memory). */
    public static Vm of(String name, String host, String portGroup, DataSize memory) {
        return new Vm(name, host, portGroup, Optional.empty(), memory, Percent.HUNDRED, Bandwidth.ZERO,
                memory.times(DEFAULT_WORKING_SET_SHARE));
    }

    /** This VM dirtying its memory at {@code rate}. */
    public Vm withDirtyRate(Bandwidth rate) {
        return new Vm(name, host, portGroup, ip, memory, inUse, rate, workingSet);
    }

    /** This VM on another host (same port group name). */
    public Vm onHost(String newHost) {
        return new Vm(name, newHost, portGroup, ip, memory, inUse, dirtyRate, workingSet);
    }
}
