package dev.netmove.engine.topology.load;

import java.util.List;
import java.util.Set;

/**
 * The keys allowed in one kind of map, in the order the messages list them.
 *
 * @param names the keys, in documentation order
 * @param set the same keys, for fast membership tests
 */
record Keys(List<String> names, Set<String> set) {

    static Keys of(String... names) {
        return new Keys(List.of(names), Set.of(names));
    }

    boolean contains(String key) {
        return set.contains(key);
    }

    /** The keys separated by commas: {@code role, site, pod}. */
    @Override
    public String toString() {
        return String.join(", ", names);
    }
}
