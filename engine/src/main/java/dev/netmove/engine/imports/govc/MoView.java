package dev.netmove.engine.imports.govc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A managed object as govc prints it, read by property path ({@code config.hardware.memoryMB}) in any
 * of its shapes: the object itself ({@code vm.info -json}, {@code object.collect -json -o}), an
 * {@code ObjectUpdate} whose {@code changeSet} lists {@code {name, op, val}} ({@code object.collect
 * -json -type m}), or the bare list of those changes ({@code object.collect -json <path>}). Keys match
 * in any case; a value wrapped as {@code {"_typeName": ..., "_value": ...}} by newer govc is unwrapped.
 *
 * @param node the JSON of the object
 * @param pointer its JSON pointer in its file ("" for the whole file)
 */
record MoView(JsonNode node, String pointer) {

    /** A value and its JSON pointer; {@code node} is null when the path is absent. */
    record Found(JsonNode node, String pointer) {

        boolean present() {
            return node != null && !node.isNull() && !node.isMissingNode();
        }

        String text() {
            return present() && node.isValueNode() ? node.asText() : "";
        }

        Found get(String dottedPath) {
            Found at = this;
            for (String key : dottedPath.split("\\.")) {
                if (!at.present()) {
                    return new Found(null, at.pointer + "/" + key);
                }
                at = at.child(key);
            }
            return at;
        }

        Found item(int i) {
            JsonNode n = present() && node.isArray() && i < node.size() ? unwrap(node.get(i)) : null;
            return new Found(n, pointer + "/" + i);
        }

        int size() {
            return present() && node.isArray() ? node.size() : 0;
        }

        private Found child(String key) {
            if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getKey().equalsIgnoreCase(key)) {
                        return new Found(unwrap(e.getValue()), pointer + "/" + escape(e.getKey()));
                    }
                }
            }
            return new Found(null, pointer + "/" + key);
        }
    }

    /** The value at a property path, wherever this shape keeps it. */
    Found get(String dottedPath) {
        JsonNode changes = changeList();
        if (changes == null) {
            return new Found(unwrap(node), pointer).get(dottedPath);
        }
        String base = changes == node ? pointer : pointer + "/" + keyOf("changeSet");
        String lower = dottedPath.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < changes.size(); i++) {
            Found change = new Found(changes.get(i), base + "/" + i);
            String name = change.get("name").text().toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (lower.equals(name)) {
                return arrayOf(change.get("val"));
            }
            if (lower.startsWith(name + ".")) {
                return arrayOf(change.get("val")).get(dottedPath.substring(name.length() + 1));
            }
        }
        if (node.isObject()) {
            // an ObjectUpdate keeps obj (the MoRef) beside its changeSet
            Found outside = new Found(node, pointer).get(dottedPath);
            if (outside.present()) {
                return outside;
            }
        }
        return new Found(null, base + "/" + dottedPath.replace('.', '/'));
    }

    /** The {@code changeSet} of an ObjectUpdate, the node itself when it is a list of changes, else null. */
    private JsonNode changeList() {
        if (node.isArray()) {
            return node;
        }
        Found set = new Found(node, pointer).get("changeSet");
        return set.present() && set.node().isArray() ? set.node() : null;
    }

    private String keyOf(String key) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (n.equalsIgnoreCase(key)) {
                return n;
            }
        }
        return key;
    }

    /**
     * A changed value that is a list comes as the SOAP wrapper {@code ArrayOfManagedObjectReference}:
     * {@code {"ManagedObjectReference": [...]}} (with a {@code _typeName} in newer govc); its list.
     */
    private static Found arrayOf(Found val) {
        if (!val.present() || !val.node().isObject()) {
            return val;
        }
        String only = null;
        Iterator<Map.Entry<String, JsonNode>> it = val.node().fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("_typeName")) {
                continue;
            }
            if (only != null || !e.getValue().isArray()) {
                return val;
            }
            only = e.getKey();
        }
        return only == null ? val : new Found(val.node().get(only), val.pointer() + "/" + escape(only));
    }

    /** Newer govc writes interface-typed values as {@code {"_typeName": "string", "_value": "leaf1"}}. */
    static JsonNode unwrap(JsonNode n) {
        if (n != null && n.isObject() && n.has("_value")) {
            return n.get("_value");
        }
        return n;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
