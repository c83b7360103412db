package dev.netmove.engine.imports.lldp;

import dev.netmove.engine.json.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/** Reads a JSON source file with Jackson; fields are found case-insensitively; pointers are escaped. */
final class JsonSource {

    private JsonSource() {
    }

    static JsonNode read(Path file, String shown, String expected) {
        SourceLimits.LLDP.check(file, shown);
        com.fasterxml.jackson.core.JsonParser[] open = new com.fasterxml.jackson.core.JsonParser[1];
        try (com.fasterxml.jackson.core.JsonParser parser = JsonMappers.mapper().createParser(file.toFile())) {
            open[0] = parser;
            parser.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // which value is meant cannot be told
            JsonNode root = JsonMappers.mapper().readTree(parser);
            return root == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : root;
        } catch (JsonProcessingException e) {
            throw new SourceException(shown, JsonMappers.notJson(e, open[0]) + "; expected " + expected);
        } catch (IOException e) {
            throw new SourceException(shown, "cannot read the file (" + e.getMessage() + "); expected " + expected);
        }
    }

    /** The field {@code name} of an object, its name compared without case; null when absent or not an object. */
    static JsonNode field(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The text of a field, or null when absent, null or empty. */
    static String text(JsonNode object, String name) {
        JsonNode node = field(object, name);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** One JSON pointer step, {@code /} and {@code ~} escaped as RFC 6901 says. */
    static String step(String key) {
        return "/" + key.replace("~", "~0").replace("/", "~1");
    }
}
