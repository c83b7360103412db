package dev.netmove.engine.topology.load;

import dev.netmove.engine.topology.load.yaml.KeyPaths;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML map as the loader sees it: its entries by key in file order (merge keys applied,
 * duplicates and unknown keys already reported), and its key path.
 */
final class MapNode {

    /** One key of the map with its value. */
    record Entry(String key, YamlNode.Scalar keyNode, YamlNode value) {
    }

    /**
     * Entries in file order, found by key. Most maps of a topology have a handful of keys, where a
     * scan beats hashing; a large map (devices, VMs) gets a hash index.
     */
    static final class Table {
        private static final int INDEX_FROM = 12;

        private final List<Entry> entries = new ArrayList<>();
        private Map<String, Entry> index;

        Entry get(String key) {
            if (index != null) {
                return index.get(key);
            }
            for (int i = 0, n = entries.size(); i < n; i++) {
                Entry e = entries.get(i);
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        /** Adds {@code entry} unless its key is there; returns the entry already there, or null. */
        Entry putIfAbsent(Entry entry) {
            Entry first = get(entry.key());
            if (first != null) {
                return first;
            }
            entries.add(entry);
            if (index != null) {
                index.put(entry.key(), entry);
            } else if (entries.size() > INDEX_FROM) {
                index = new HashMap<>();
                for (Entry e : entries) {
                    index.put(e.key(), e);
                }
            }
            return null;
        }

        List<Entry> entries() {
            return entries;
        }
    }

    private final YamlNode node;
    private final String path;
    private final Table table;
    private final Set<String> misspelled;

    MapNode(YamlNode node, String path, Table table, Set<String> misspelled) {
        this.node = node;
        this.path = path;
        this.table = table;
        this.misspelled = misspelled;
    }

    /**
     * Whether an unknown key of this map was reported with {@code key} as its did-you-mean: then
     * {@code key} is not reported missing as well (one mistake, one problem).
     */
    boolean isMisspelled(String key) {
        return misspelled.contains(key);
    }

    /** The map's own node, where "missing key" problems point. */
    YamlNode node() {
        return node;
    }

    String path() {
        return path;
    }

    /** The path of {@code key} in this map. */
    String pathOf(String key) {
        return KeyPaths.child(path, key);
    }

    boolean has(String key) {
        return table.get(key) != null;
    }

    /** The value of {@code key}, or null when absent. */
    YamlNode value(String key) {
        Entry e = table.get(key);
        return e == null ? null : e.value();
    }

    /** The key node of {@code key}, or null when absent. */
    YamlNode.Scalar keyNode(String key) {
        Entry e = table.get(key);
        return e == null ? null : e.keyNode();
    }

    List<Entry> entries() {
        return table.entries();
    }

    boolean isEmpty() {
        return table.entries().isEmpty();
    }

    static MapNode empty(YamlNode node, String path) {
        return new MapNode(node, path, new Table(), Set.of());
    }
}
