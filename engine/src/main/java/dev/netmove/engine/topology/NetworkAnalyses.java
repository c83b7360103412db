package dev.netmove.engine.topology;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The analyses of one network state (devices, links, what is down), made once and shared: a topology is
 * immutable, so whatever is worked out from its network holds for every scenario and step that uses it. A topology
 * with VMs moved shares its origin's analyses (moving a VM changes no VLAN graph); a what-if on the network
 * starts with none. Safe to share between threads.
 */
public final class NetworkAnalyses {

    private final Map<Class<?>, Object> made = new ConcurrentHashMap<>();

    NetworkAnalyses() {
    }

    /** The analysis of type {@code type}, made by {@code make} the first time it is asked for. */
    public <T> T get(Class<T> type, Supplier<? extends T> make) {
        return type.cast(made.computeIfAbsent(type, t -> make.get()));
    }
}
