package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Stp;
import java.util.List;
import java.util.Objects;

/**
 * A bridge of one VLAN's spanning tree: a switch, or a vPC pair acting as one logical bridge
 * (named after its lower name, with the lower of the two priorities).
 *
 * @param name the switch's name; for a vPC pair the lower of the two names
 * @param priority the bridge priority for the VLAN ({@link Stp#priorityFor(int)})
 * @param devices the switch, or both switches of the pair sorted by name
 */
public record StpBridge(String name, int priority, List<String> devices) implements Comparable<StpBridge> {
    public StpBridge {
        Objects.requireNonNull(name, "name");
        devices = List.copyOf(devices);
        if (devices.isEmpty() || devices.size() > 2 || !devices.get(0).equals(name)) {
            throw new IllegalArgumentException("a bridge is one switch or a vPC pair named after its lower name, not "
                    + name + " of " + devices);
        }
        Stp.checkPriority(priority);
    }

    /** Whether this bridge is a vPC pair. */
    public boolean isVpcPair() {
        return devices.size() == 2;
    }

    /** Bridge ID order: the lower priority first, then the lower name (the root is the lowest). */
    @Override
    public int compareTo(StpBridge other) {
        int byPriority = Integer.compare(priority, other.priority);
        return byPriority != 0 ? byPriority : name.compareTo(other.name);
    }

    /** {@code core1 (priority 4096)} or {@code vPC pair agg1+agg2 (priority 8192)}. */
    @Override
    public String toString() {
        return (isVpcPair() ? "vPC pair " + String.join("+", devices) : name) + " (priority " + priority + ")";
    }
}
