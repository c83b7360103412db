package dev.netmove.engine.migration;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The migration slots of hosts: a host runs at most its limit of migrations at once, as source or destination
 * (vCenter's per-host concurrency, which depends on the speed of the host's vMotion NICs).
 */
final class HostSlots {

    private final ToIntFunction<String> limitOf;
    private final Map<String, Integer> busy = new HashMap<>();
    private final Map<String, Integer> limits = new HashMap<>();

    /** Slots for hosts whose limit {@code limitOf} computes (once per host). */
    HostSlots(ToIntFunction<String> limitOf) {
        this.limitOf = limitOf;
    }

    /** Takes a slot on both hosts when both have one free; otherwise takes none. */
    boolean take(String source, String destination) {
        if (busy.getOrDefault(source, 0) < limit(source) && busy.getOrDefault(destination, 0) < limit(destination)) {
            busy.merge(source, 1, Integer::sum);
            busy.merge(destination, 1, Integer::sum);
            return true;
        }
        return false;
    }

    /** Gives back the slots a migration between the two hosts took. */
    void release(String source, String destination) {
        busy.merge(source, -1, Integer::sum);
        busy.merge(destination, -1, Integer::sum);
    }

    /** Whether {@code host} has a free slot. */
    boolean hasFree(String host) {
        return busy.getOrDefault(host, 0) < limit(host);
    }

    private int limit(String host) {
        return limits.computeIfAbsent(host, limitOf::applyAsInt);
    }
}
