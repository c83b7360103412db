package dev.netmove.engine.imports.netbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one saved NetBox list endpoint: a page body ({@code {"count", "next", "results": [...]}}) or a
 * JSON array of such page bodies, into its result objects, each with the JSON pointer it was found at.
 */
final class NetBoxPages {

    /** One object of a {@code results} list and where it is. */
    record Item(JsonNode node, Origin origin) {

        /** The origin of one of its fields. */
        Origin at(String field) {
            return Origin.pointer(origin.file(), origin.pointer() + "/" + field);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NetBoxPages() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The items of {@code file}; an empty list when the file is absent. */
    static List<Item> read(Path file, String shown, String endpoint) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new SourceException(shown, "not JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "); expected "
                    + expectation(endpoint));
        } catch (IOException e) {
            throw new SourceException(shown, "cannot be read (" + e.getMessage() + ")");
        }
        return items(root, shown, endpoint);
    }

    /** The items of an already parsed body (a page or an array of pages). */
    static List<Item> items(JsonNode root, String shown, String endpoint) {
        List<Item> items = new ArrayList<>();
        if (root != null && root.isArray()) {
            for (int p = 0; p < root.size(); p++) {
                collect(root.get(p), "/" + p, shown, endpoint, items);
            }
        } else {
            collect(root, "", shown, endpoint, items);
        }
        return items;
    }

    private static void collect(JsonNode page, String pointer, String shown, String endpoint, List<Item> into) {
        if (page == null || !page.isObject() || !page.path("results").isArray() || !page.has("count")) {
            String where = pointer.isEmpty() ? "" : " (at " + pointer + ")";
            throw new SourceException(shown, "is not a NetBox list response" + where + ": found " + describe(page)
                    + "; expected " + expectation(endpoint));
        }
        JsonNode results = page.get("results");
        for (int i = 0; i < results.size(); i++) {
            into.add(new Item(results.get(i), Origin.pointer(shown, pointer + "/results/" + i)));
        }
    }

    static String expectation(String endpoint) {
        return "the body of NetBox's /api/" + endpoint + "/ list ({\"count\", \"next\", \"results\": [...]}),"
                + " or a JSON array of such pages";
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            return keys.isEmpty() ? "an empty object" : "an object with " + String.join(", ", keys.subList(0, Math.min(6, keys.size())));
        }
        if (node.isArray()) {
            return "a list";
        }
        return "a " + node.getNodeType().name().toLowerCase() + " value";
    }
}
