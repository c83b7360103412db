package dev.netmove.engine.json;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one configured Jackson mapper of the project, for the JSON netmove writes (keys sorted, two-space
 * indents, a line feed between lines on every system, no dates or timestamps: the same values give the same
 * bytes) and for the JSON sources it reads (the settings above concern writing only), and how a JSON error's
 * place is told.
 */
public final class JsonMappers {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** {@code [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 41, column: 5]}. */
    private static final Pattern SOURCE_PLACE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private JsonMappers() {
    }

    /** The mapper (thread-safe; never reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Where a JSON error is, as a source's problem says it ({@code " at line 3, column 7"}), or "" when Jackson knows no place. */
    private static String where(JsonProcessingException e, com.fasterxml.jackson.core.JsonParser parser) {
        JsonLocation at = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentTokenLocation();
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /**
     * A file that does not parse, as every JSON source says it: {@code not JSON (Unexpected end-of-input in field
     * name at line 20, column 19)}. Jackson's own mention of a second place ({@code start marker at [Source:
     * REDACTED ...; line: 41, column: 5]}) is told the same way ({@code start marker at line 41, column 5}).
     */
    public static String notJson(JsonProcessingException e) {
        return notJson(e, null);
    }

    /**
     * As {@link #notJson(JsonProcessingException)}, the place taken from {@code parser} when the error has none
     * (Jackson's limits, such as the nesting depth, are told without one).
     */
    public static String notJson(JsonProcessingException e, com.fasterxml.jackson.core.JsonParser parser) {
        String original = String.valueOf(e.getOriginalMessage());
        Matcher limit = LIMIT.matcher(original);
        if (limit.find()) {
            String most = limit.group(2);
            String what = switch (limit.group(3)) {
                case "NestingDepth" -> "nested deeper than the " + most + " levels";
                case "StringLength" -> "with a string longer than the " + most + " characters";
                case "NumberLength" -> "with a number longer than the " + most + " digits";
                case "NameLength" -> "with a key longer than the " + most + " characters";
                default -> "larger than the " + most + " " + limit.group(3).replaceAll("([a-z])([A-Z])", "$1 $2")
                        .toLowerCase(java.util.Locale.ROOT);
            };
            return "JSON " + what + " netmove reads" + (where(e, parser).isEmpty() ? "" : " (" + where(e, parser).strip() + ")");
        }
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            return "not JSON netmove reads (the key \"" + duplicate.group(1) + "\" twice in one object" + where(e, parser)
                    + ": which value is meant cannot be told; keep one)";
        }
        String message = SOURCE_PLACE.matcher(original).replaceAll("line $1, column $2");
        return "not JSON (" + message + where(e, parser) + ")";
    }

    /** {@code Document nesting depth (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)}. */
    private static final Pattern LIMIT = Pattern.compile(
            "\\((\\d+)\\) exceeds the maximum allowed \\((\\d+), from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`\\)");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '(.*)'");

    /** A writer that indents with two spaces and ends lines with a line feed. */
    public static ObjectWriter prettyWriter() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return MAPPER.writer(printer);
    }
}
