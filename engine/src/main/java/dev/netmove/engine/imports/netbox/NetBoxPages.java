package dev.netmove.engine.imports.netbox;

import dev.netmove.engine.json.JsonMappers;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one saved NetBox list endpoint: a page body ({@code {"count", "next", "results": [...]}}) or a
 * JSON array of such page bodies, into its result objects, each with the JSON pointer it was found at.
 */
final class NetBoxPages {

    /** One object of a {@code results} list and where it is. */
    record Item(JsonNode node, Origin origin) {

        /** The origin of one of its fields. */
        Origin at(String field) {
            return origin.child(field);
        }
    }

    private NetBoxPages() {
    }

    /** The items of {@code file}; an empty list when the file is absent. */
    static List<Item> read(Path file, String shown, String endpoint) {
        List<Item> items = new ArrayList<>();
        forEach(file, shown, endpoint, items::add);
        return items;
    }

    /** Hands each item of {@code file} to {@code action} as it is parsed; nothing when the file is absent. */
    static void forEach(Path file, String shown, String endpoint, Consumer<Item> items) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (JsonParser parser = JsonMappers.mapper().createParser(file.toFile())) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                int page = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    readPage(parser, "/" + page++, shown, endpoint, items);
                }
            } else {
                readPage(parser, "", shown, endpoint, items);
            }
            if (parser.nextToken() != null) {
                throw new SourceException(shown, "holds more than one JSON value; expected " + expectation(endpoint));
            }
        } catch (JsonProcessingException e) {
            throw new SourceException(shown, JsonMappers.notJson(e) + "; expected "
                    + expectation(endpoint));
        } catch (IOException e) {
            throw new SourceException(shown, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** One page body; its results are kept with the fields netmove reads only, so a large export fits in memory. */
    private static void readPage(JsonParser parser, String pointer, String shown, String endpoint, Consumer<Item> into)
            throws IOException {
        String where = pointer.isEmpty() ? "" : " (at " + pointer + ")";
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT) {
            throw new SourceException(shown, "is not a NetBox list response" + where + ": found "
                    + (token == JsonToken.START_ARRAY ? "a list" : token == null ? "nothing" : "a " + describe(token) + " value")
                    + "; expected " + expectation(endpoint));
        }
        List<String> keys = new ArrayList<>();
        boolean count = false;
        boolean results = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = NetBoxFieldSet.canonical(parser.currentName());
            keys.add(parser.currentName());
            JsonToken value = parser.nextToken();
            if (field.equals("count")) {
                count = true;
            }
            if (field.equals("results") && value == JsonToken.START_ARRAY) {
                results = true;
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    into.accept(new Item(NetBoxFieldSet.readPruned(parser), Origin.pointer(shown, pointer + "/results/" + index++)));
                }
            } else {
                parser.skipChildren();
            }
        }
        if (!count || !results) {
            throw new SourceException(shown, "is not a NetBox list response" + where + ": found "
                    + (keys.isEmpty() ? "an empty object" : "an object with " + String.join(", ", keys.subList(0, Math.min(6, keys.size()))))
                    + "; expected " + expectation(endpoint));
        }
    }

    static String expectation(String endpoint) {
        return "the body of NetBox's /api/" + endpoint + "/ list ({\"count\", \"next\", \"results\": [...]}),"
                + " or a JSON array of such pages";
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            default -> "null";
        };
    }
}
