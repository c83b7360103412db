package dev.netmove.engine.imports.write;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.json.JsonMappers;
import dev.netmove.engine.schema.TopologySchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The places of a topology document as the shipped JSON schema ({@link TopologySchema}) describes them, so that
 * the writer knows which JSON types a scalar may take where it is written: {@code devices.<name>.svis.<vlan>.anycast}
 * is a boolean, {@code links[].native} an integer, {@code vms.<name>.portGroup} a string. {@code $ref},
 * {@code allOf}, {@code anyOf} and {@code oneOf} are followed; {@code properties}, {@code patternProperties} and
 * {@code additionalProperties} lead to a key's place, {@code items} to a list item's.
 */
final class SchemaPlaces {

    /** The JSON types of a scalar. */
    enum Scalar { BOOLEAN, INTEGER, NUMBER, STRING, NULL }

    private static final JsonNode SCHEMA = read();
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    /** The whole document's place. */
    static final Place ROOT = new Place(flatten(List.of(SCHEMA)));

    private SchemaPlaces() {
    }

    private static JsonNode read() {
        try {
            return JsonMappers.mapper().readTree(TopologySchema.text());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the topology schema from netmove's jar", e);
        }
    }

    /**
     * One place of a document: the schemas that apply there, with every reference and combination resolved. A place
     * the schema does not describe has none, and allows every type.
     */
    static final class Place {

        private final List<JsonNode> schemas;
        private final Set<Scalar> scalars;
        /** The places of the keys the schema names; a key it does not name (a device's name) shares {@link #other}. */
        private final Map<String, Place> named = new ConcurrentHashMap<>();
        private volatile Place other;
        private volatile Place item;

        private Place(List<JsonNode> schemas) {
            this.schemas = schemas;
            this.scalars = Collections.unmodifiableSet(typesOf(schemas));
        }

        /** The place of {@code key} in a map written here. */
        Place child(String key) {
            Place known = named.get(key);
            if (known != null) {
                return known;
            }
            boolean described = false;
            List<JsonNode> found = new ArrayList<>();
            for (JsonNode s : schemas) {
                JsonNode property = s.path("properties").get(key);
                if (property != null) {
                    found.add(property);
                    described = true;
                    continue;
                }
                boolean matched = false;
                var patterns = s.path("patternProperties").fields();
                while (patterns.hasNext()) {
                    Map.Entry<String, JsonNode> p = patterns.next();
                    if (PATTERNS.computeIfAbsent(p.getKey(), Pattern::compile).matcher(key).find()) {
                        found.add(p.getValue());
                        matched = true;
                    }
                }
                described |= matched;
                if (!matched && s.path("additionalProperties").isObject()) {
                    found.add(s.get("additionalProperties"));
                }
            }
            if (described) {
                return named.computeIfAbsent(key, k -> new Place(flatten(found)));
            }
            Place o = other;
            if (o == null) {
                o = new Place(flatten(found));
                other = o; // a benign race: every thread makes an equal place
            }
            return o;
        }

        /** The place of an item of a list written here. */
        Place item() {
            Place i = item;
            if (i == null) {
                List<JsonNode> found = new ArrayList<>();
                for (JsonNode s : schemas) {
                    if (s.path("items").isObject()) {
                        found.add(s.get("items"));
                    }
                }
                i = new Place(flatten(found));
                item = i;
            }
            return i;
        }

        /** The scalar types allowed here; empty where the schema says nothing of the type (or nothing at all). */
        Set<Scalar> scalars() {
            return scalars;
        }
    }

    /** The schemas with each {@code $ref} replaced by its target and each combination by its parts, as well. */
    private static List<JsonNode> flatten(List<JsonNode> schemas) {
        List<JsonNode> out = new ArrayList<>();
        Set<JsonNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (JsonNode s : schemas) {
            flatten(s, out, seen);
        }
        return List.copyOf(out);
    }

    private static void flatten(JsonNode s, List<JsonNode> out, Set<JsonNode> seen) {
        if (s == null || !s.isObject() || !seen.add(s)) {
            return;
        }
        out.add(s);
        if (s.path("$ref").isTextual()) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalStateException("the topology schema refers outside itself: " + ref);
            }
            flatten(SCHEMA.at(ref.substring(1)), out, seen);
        }
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : s.path(combination)) {
                flatten(part, out, seen);
            }
        }
    }

    /** The scalar types the schemas name, by {@code type}, {@code const} or {@code enum}. */
    private static Set<Scalar> typesOf(List<JsonNode> schemas) {
        Set<Scalar> types = EnumSet.noneOf(Scalar.class);
        for (JsonNode s : schemas) {
            JsonNode type = s.get("type");
            if (type != null && type.isTextual()) {
                addType(type.asText(), types);
            } else if (type != null && type.isArray()) {
                type.forEach(t -> addType(t.asText(), types));
            }
            if (s.has("const")) {
                addValue(s.get("const"), types);
            }
            s.path("enum").forEach(v -> addValue(v, types));
        }
        return types;
    }

    private static void addType(String type, Set<Scalar> types) {
        switch (type) {
            case "boolean" -> types.add(Scalar.BOOLEAN);
            case "integer" -> types.add(Scalar.INTEGER);
            case "number" -> {
                types.add(Scalar.NUMBER);
                types.add(Scalar.INTEGER);
            }
            case "string" -> types.add(Scalar.STRING);
            case "null" -> types.add(Scalar.NULL);
            default -> {
                // object, array: no scalar
            }
        }
    }

    private static void addValue(JsonNode value, Set<Scalar> types) {
        if (value.isBoolean()) {
            types.add(Scalar.BOOLEAN);
        } else if (value.isIntegralNumber()) {
            types.add(Scalar.INTEGER);
        } else if (value.isNumber()) {
            types.add(Scalar.NUMBER);
        } else if (value.isTextual()) {
            types.add(Scalar.STRING);
        } else if (value.isNull()) {
            types.add(Scalar.NULL);
        }
    }
}
