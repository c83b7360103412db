package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.ValueReader.describe;
import static dev.netmove.engine.topology.load.ValueReader.isNull;
import static dev.netmove.engine.topology.load.ValueReader.position;
import static dev.netmove.engine.topology.load.ValueReader.quote;
import static dev.netmove.engine.topology.load.yaml.KeyPaths.child;

import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Makes a YAML map into a {@link MapNode}: keys checked (duplicates, unknown keys with a
 * did-you-mean, keys that are not names), merge keys applied, and a VLAN list that YAML split at
 * its commas in a flow map joined back.
 */
final class MapReader {

    private static final String MERGE_KEY = "<<";

    private final ProblemList problems;

    MapReader(ProblemList problems) {
        this.problems = problems;
    }

    /**
     * The map at {@code node}; reports duplicate keys, non-scalar keys and (when {@code allowed}
     * is not null) unknown keys with a did-you-mean. Merge keys ({@code <<: *anchor}) are applied:
     * keys written in the map win over merged ones.
     */
    MapNode read(YamlNode.Mapping mapping, String path, Keys allowed) {
        MapNode.Table entries = new MapNode.Table();
        Set<String> misspelled = new HashSet<>(2);
        List<YamlNode> merged = null;
        for (MapNode.Entry entry : entriesOf(mapping, path)) {
            if (entry.key().equals(MERGE_KEY) && entry.keyNode().plain()) {
                if (merged == null) {
                    merged = new ArrayList<>();
                }
                merged.add(entry.value());
            } else {
                addEntry(entries, misspelled, entry, path, allowed, true);
            }
        }
        if (merged != null) {
            Set<YamlNode> visiting = Collections.newSetFromMap(new IdentityHashMap<>());
            visiting.add(mapping);
            for (YamlNode source : merged) {
                merge(entries, misspelled, source, path, allowed, visiting);
            }
        }
        return new MapNode(mapping, path, entries, misspelled);
    }

    /** The entries of a mapping with scalar keys, in file order; other keys are reported when {@code path} is given. */
    private List<MapNode.Entry> entriesOf(YamlNode.Mapping mapping, String path) {
        List<YamlNode> keys = mapping.keys();
        List<YamlNode> values = mapping.values();
        List<MapNode.Entry> entries = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            YamlNode keyNode = keys.get(i);
            if (!(keyNode instanceof YamlNode.Scalar key) || isNull(keyNode)) {
                if (path != null) {
                    problems.add(keyNode, path, "found " + describe(keyNode) + " as a key; expected a name");
                }
                continue;
            }
            if (mapping.flow() && key.value().equals("vlans") && i + 1 < keys.size() && isBareVlanKey(keys.get(i + 1), values.get(i + 1))
                    && values.get(i) instanceof YamlNode.Scalar value && value.plain() && !isNull(value)) {
                // YAML splits {port: esx-a1:vmnic0, vlans: 110,120} at the comma into vlans: 110 and a key 120
                // without a value; TOPOLOGY.md writes VLAN lists that way, so the pieces are joined back
                StringBuilder text = new StringBuilder(value.value());
                while (i + 1 < keys.size() && isBareVlanKey(keys.get(i + 1), values.get(i + 1))) {
                    i++;
                    text.append(',').append(((YamlNode.Scalar) keys.get(i)).value());
                }
                entries.add(new MapNode.Entry("vlans", key,
                        new YamlNode.Scalar(text.toString(), true, value.line(), value.column())));
                continue;
            }
            entries.add(new MapNode.Entry(key.value(), key, values.get(i)));
        }
        return entries;
    }

    private static boolean isBareVlanKey(YamlNode keyNode, YamlNode value) {
        if (!(keyNode instanceof YamlNode.Scalar key) || !key.plain() || !isNull(value) || key.value().isEmpty()) {
            return false;
        }
        String text = key.value();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '-' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    private void addEntry(MapNode.Table entries, Set<String> misspelled, MapNode.Entry entry, String path,
                          Keys allowed, boolean explicit) {
        if (allowed != null && !allowed.contains(entry.key())) {
            List<String> closest = ClosestNames.closest(entry.key(), allowed.names());
            misspelled.addAll(closest);
            problems.add(entry.keyNode(), child(path, entry.key()), "unknown key " + quote(entry.key())
                    + ClosestNames.didYouMean(closest) + "; expected one of: " + allowed);
            return;
        }
        MapNode.Entry first = entries.putIfAbsent(entry);
        if (first != null && explicit) {
            problems.add(entry.keyNode(), child(path, entry.key()), "duplicate key " + quote(entry.key())
                    + " (first at " + position(first.keyNode()) + "); expected each key once: remove or rename one of them");
        }
        // a merged key that is already present is overridden, as YAML merge keys specify
    }

    private void merge(MapNode.Table entries, Set<String> misspelled, YamlNode source, String path,
                       Keys allowed, Set<YamlNode> visiting) {
        if (source instanceof YamlNode.Sequence sequence) {
            for (YamlNode each : sequence.items()) {
                if (each instanceof YamlNode.Mapping) {
                    merge(entries, misspelled, each, path, allowed, visiting);
                } else {
                    notMergeable(each, path);
                }
            }
            return;
        }
        if (!(source instanceof YamlNode.Mapping mapping)) {
            notMergeable(source, path);
            return;
        }
        if (!visiting.add(mapping)) {
            problems.add(source, child(path, MERGE_KEY), "found a merge that includes itself; expected a merge of other maps");
            return;
        }
        List<YamlNode> nested = new ArrayList<>();
        for (MapNode.Entry entry : entriesOf(mapping, null)) {
            if (entry.key().equals(MERGE_KEY) && entry.keyNode().plain()) {
                nested.add(entry.value());
            } else {
                addEntry(entries, misspelled, entry, path, allowed, false);
            }
        }
        for (YamlNode each : nested) {
            merge(entries, misspelled, each, path, allowed, visiting);
        }
        visiting.remove(mapping);
    }

    private void notMergeable(YamlNode node, String path) {
        problems.add(node, child(path, MERGE_KEY), "found " + describe(node) + "; expected a map (an alias such as "
                + "*defaults) to merge");
    }
}
