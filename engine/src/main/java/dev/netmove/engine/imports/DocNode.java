package dev.netmove.engine.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A node of a partial topology document: the shape of a topology file (TOPOLOGY.md), built by a
 * source reader instead of parsed from YAML, each node remembering where it came from. Scalars are
 * written as a user would write them in the file ({@code 10Gbps}, {@code 16GiB}, {@code 110,120},
 * {@code agg1:Eth1/49}), so the loader reads and checks imported and typed facts alike.
 */
public sealed interface DocNode permits DocNode.DocMap, DocNode.DocList, DocNode.DocScalar {

    Origin origin();

    /** A text value; {@code null} text is the YAML {@code null} that removes a key in a merge. */
    record DocScalar(String text, Origin origin) implements DocNode {
    }

    /** A list, in source order. */
    record DocList(List<DocNode> items, Origin origin) implements DocNode {

        public DocList(Origin origin) {
            this(new ArrayList<>(), origin);
        }

        public DocList add(DocNode item) {
            items.add(item);
            return this;
        }
    }

    /** A map in insertion order; readers fill it, the merge combines maps key by key. */
    record DocMap(Map<String, DocNode> entries, Origin origin) implements DocNode {

        public DocMap(Origin origin) {
            this(new SmallMap<>(), origin);
        }

        /** The map under {@code key}, created (with this origin) when absent. */
        public DocMap map(String key, Origin where) {
            DocNode node = entries.computeIfAbsent(key, k -> new DocMap(where));
            if (!(node instanceof DocMap map)) {
                throw new IllegalStateException(key + " is not a map");
            }
            return map;
        }

        /** The list under {@code key}, created (with this origin) when absent. */
        public DocList list(String key, Origin where) {
            DocNode node = entries.computeIfAbsent(key, k -> new DocList(where));
            if (!(node instanceof DocList list)) {
                throw new IllegalStateException(key + " is not a list");
            }
            return list;
        }

        public DocMap put(String key, String text, Origin where) {
            entries.put(key, new DocScalar(text, where));
            return this;
        }

        public DocMap put(String key, DocNode node) {
            entries.put(key, node);
            return this;
        }
    }
}
