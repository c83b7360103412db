package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import java.util.Map;

/** Reads partial topology documents in tests: a node by its key path, and a scalar with its origin. */
final class Docs {

    private Docs() {
    }

    /** The node at a path of keys ({@code devices agg1 svis 110 hsrp}); list items by index. */
    static DocNode at(DocNode root, String path) {
        DocNode node = root;
        for (String key : path.split(" ")) {
            if (node instanceof DocMap map) {
                node = map.entries().get(key);
            } else if (node instanceof DocList list) {
                int i = Integer.parseInt(key);
                node = i < list.items().size() ? list.items().get(i) : null;
            } else {
                node = null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** {@code text @ file:line} of the scalar at the path. */
    static String fact(DocNode root, String path) {
        DocNode node = at(root, path);
        if (!(node instanceof DocScalar s)) {
            return "no scalar at " + path + ": " + node;
        }
        return s.text() + " @ " + s.origin();
    }

    /** The whole tree, one scalar a line: {@code path = text @ origin}. */
    static String dump(DocNode node) {
        StringBuilder out = new StringBuilder();
        dump(node, "", out);
        return out.toString();
    }

    private static void dump(DocNode node, String path, StringBuilder out) {
        if (node instanceof DocMap map) {
            for (Map.Entry<String, DocNode> e : map.entries().entrySet()) {
                dump(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (node instanceof DocList list) {
            for (int i = 0; i < list.items().size(); i++) {
                dump(list.items().get(i), path + "." + i, out);
            }
        } else if (node instanceof DocScalar s) {
            out.append(path).append(" = ").append(s.text()).append(" @ ").append(s.origin()).append('\n');
        }
    }
}
