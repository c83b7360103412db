package dev.netmove.engine.imports.netbox;

import dev.netmove.engine.json.JsonMappers;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one saved NetBox list endpoint: a page body ({@code {"count", "next", "results": [...]}}) or a
 * JSON array of such page bodies, into its result objects, each with the JSON pointer it was found at.
 * A file whose last page still links to a next page, or that holds fewer results than NetBox counted, is
 * missing pages, and one holding more results than NetBox counted, or two pages linking on to the same page,
 * holds a page twice: either is read all the same, with a warning.
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

    /**
     * Hands each item of {@code file} to {@code items} as it is parsed, and a warning to {@code warnings} when the
     * file is visibly missing pages; nothing when the file is absent.
     */
    static void forEach(Path file, String shown, String endpoint, Consumer<Item> items, Consumer<ImportNote> warnings) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        SourceLimits.NETBOX_JSON.check(file, shown);
        Tally read = new Tally();
        JsonParser[] open = new JsonParser[1];
        try (JsonParser parser = JsonMappers.mapper().createParser(file.toFile())) {
            open[0] = parser;
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                int page = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    readPage(parser, "/" + page++, shown, endpoint, items, read);
                }
            } else {
                readPage(parser, "", shown, endpoint, items, read);
            }
            if (parser.nextToken() != null) {
                throw new SourceException(shown, "holds more than one JSON value; expected " + expectation(endpoint));
            }
        } catch (JsonProcessingException e) {
            throw new SourceException(shown, JsonMappers.notJson(e, open[0]) + "; expected "
                    + expectation(endpoint));
        } catch (IOException e) {
            throw new SourceException(shown, "cannot be read (" + e.getMessage() + ")");
        }
        String repeated = read.repeated();
        if (repeated != null) {
            warnings.accept(new ImportNote(ImportNote.Kind.WARNING, Origin.pointer(shown, ""), repeated
                    + ": results are read more than once; save each page of /api/" + endpoint + "/ once, as a JSON"
                    + " array of the page bodies, or pull live with netmove:import -Dnetbox.url=..."));
            return;
        }
        String missing = read.missing();
        if (missing != null) {
            warnings.accept(new ImportNote(ImportNote.Kind.WARNING, Origin.pointer(shown, ""), missing
                    + ": pages are missing, and what they hold is left out of the import; save every page of /api/"
                    + endpoint + "/, as a JSON array of the page bodies, or pull live with netmove:import -Dnetbox.url=..."));
        }
    }

    /**
     * What the pages of one file said about their completeness: the results read (counted, not kept), and the
     * {@code count} and {@code next} of the last page.
     */
    private static final class Tally {
        long results;
        /** The last page's {@code count}, or -1 when it is no whole number. */
        long count = -1;
        boolean next;
        /** Each page's non-empty {@code next} link, with the pointer of the first page that had it. */
        final java.util.Map<String, String> pageByNext = new java.util.HashMap<>();
        /** The first two pages that link on to the same page ({@code /0 and /1}), or null. */
        String samePages;
        String sameNext;

        /** How the file holds results twice, or null when nothing says it does. */
        String repeated() {
            boolean more = count >= 0 && results > count;
            if (!more && samePages == null) {
                return null;
            }
            String held = more ? "holds " + results + " results, more than the " + count + " NetBox counted" : null;
            String same = samePages == null ? null : "pages " + samePages + " are the same page (both link on to "
                    + sameNext + "): a page is saved twice, or NetBox's next link leads back to a page already read";
            return held == null ? same : same == null ? held + ": a page is saved twice" : held + ", and " + same;
        }

        /** How the file falls short, or null when nothing says it does. */
        String missing() {
            boolean fewer = count >= 0 && results < count;
            if (!fewer && !next) {
                return null;
            }
            String held = "holds " + results + (count >= 0 ? " of the " + count + " results NetBox counted" : " results");
            if (fewer && next) {
                return held + ", and its last page still links to a next page";
            }
            return fewer ? held : held + ", but its last page still links to a next page";
        }
    }

    /** One page body; its results are kept with the fields netmove reads only, so a large export fits in memory. */
    private static void readPage(JsonParser parser, String pointer, String shown, String endpoint, Consumer<Item> into,
            Tally read) throws IOException {
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
        long counted = -1;
        boolean next = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = NetBoxFieldSet.canonical(parser.currentName());
            if (keys.stream().anyMatch(k -> NetBoxFieldSet.canonical(k).equals(field))) {
                throw NetBoxFieldSet.twice(parser, parser.currentName());
            }
            keys.add(parser.currentName());
            JsonToken value = parser.nextToken();
            if (field.equals("count")) {
                count = true;
                counted = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
            }
            if (field.equals("next")) {
                next = value == JsonToken.VALUE_STRING && !parser.getText().isBlank();
                if (next) {
                    String link = parser.getText().strip();
                    String first = read.pageByNext.putIfAbsent(link, pointer.isEmpty() ? "/0" : pointer);
                    if (first != null && read.samePages == null) {
                        read.samePages = first + " and " + pointer;
                        read.sameNext = link;
                    }
                }
            }
            if (field.equals("results") && value == JsonToken.START_ARRAY) {
                results = true;
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    into.accept(new Item(NetBoxFieldSet.readPruned(parser), Origin.pointer(shown, pointer + "/results/" + index++)));
                }
                read.results += index;
            } else {
                parser.skipChildren();
            }
        }
        if (!count || !results) {
            throw new SourceException(shown, "is not a NetBox list response" + where + ": found "
                    + (keys.isEmpty() ? "an empty object" : "an object with " + String.join(", ", keys.subList(0, Math.min(6, keys.size()))))
                    + "; expected " + expectation(endpoint));
        }
        read.count = counted;
        read.next = next;
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
