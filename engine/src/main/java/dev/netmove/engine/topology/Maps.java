package dev.netmove.engine.topology;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Immutable copies of the maps the model holds, keeping their iteration order. */
final class Maps {
    private Maps() {
    }

    static <K, V> SortedMap<K, V> sortedCopy(Map<K, V> map) {
        if (map == null || map.isEmpty()) {
            return Collections.emptySortedMap();
        }
        TreeMap<K, V> copy = new TreeMap<>(map);
        copy.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException("null key or value");
            }
        });
        return Collections.unmodifiableSortedMap(copy);
    }

    static <K, V> Map<K, V> orderedCopy(Map<K, V> map) {
        LinkedHashMap<K, V> copy = new LinkedHashMap<>(map);
        copy.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException("null key or value");
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
