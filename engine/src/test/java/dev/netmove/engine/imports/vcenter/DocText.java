package dev.netmove.engine.imports.vcenter;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import java.util.Map;
import java.util.stream.Collectors;

/** A partial topology document as one line of YAML flow style, keys in their order: what tests compare. */
public final class DocText {

    private DocText() {
    }

    public static String of(DocNode node) {
        if (node instanceof DocScalar s) {
            return s.text() == null ? "null" : s.text();
        }
        if (node instanceof DocList l) {
            return l.items().stream().map(DocText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        DocMap m = (DocMap) node;
        return m.entries().entrySet().stream().map(DocText::entry).collect(Collectors.joining(", ", "{", "}"));
    }

    private static String entry(Map.Entry<String, DocNode> e) {
        return e.getKey() + ": " + of(e.getValue());
    }

    /** The node at a path of map keys ({@code "devices", "esx-a1"}). */
    public static DocNode at(DocNode root, String... keys) {
        DocNode node = root;
        for (String key : keys) {
            node = ((DocMap) node).entries().get(key);
            if (node == null) {
                throw new AssertionError("no key " + key + " in " + String.join(".", keys));
            }
        }
        return node;
    }
}
