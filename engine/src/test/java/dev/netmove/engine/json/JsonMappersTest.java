package dev.netmove.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;

class JsonMappersTest {

    private static JsonProcessingException parse(String text) {
        return catchThrowableOfType(JsonProcessingException.class, () -> JsonMappers.mapper().readTree(text));
    }

    @Test
    void a_file_that_does_not_parse_is_told_with_jacksons_words_and_the_place() {
        assertThat(JsonMappers.notJson(parse("{\"count\": 1,\n  \"next\" null}")))
                .isEqualTo("not JSON (Unexpected character ('n' (code 110)): was expecting a colon to separate field name"
                        + " and value at line 2, column 10)");
    }

    @Test
    void the_second_place_jackson_mentions_is_told_the_same_way_without_its_source_text() {
        String told = JsonMappers.notJson(parse("{\"results\": [\n  {\"id\": 1}\n"));
        assertThat(told).startsWith("not JSON (Unexpected end-of-input: expected close marker for Array (start marker at"
                + " line 1, column 13)").endsWith(" at line 3, column 1)").doesNotContain("Source", "REDACTED");
    }

    @Test
    void jacksons_limits_are_told_in_plain_words_with_the_place_not_its_settings() throws java.io.IOException {
        String told;
        try (com.fasterxml.jackson.core.JsonParser parser = JsonMappers.mapper().createParser("[".repeat(1001))) {
            told = JsonMappers.notJson(catchThrowableOfType(JsonProcessingException.class,
                    () -> JsonMappers.mapper().readTree(parser)), parser);
        }
        assertThat(told).isEqualTo("JSON nested deeper than the 1000 levels netmove reads (at line 1, column 1001)")
                .doesNotContain("StreamReadConstraints", "getMax");
        assertThat(JsonMappers.notJson(parse("{\"n\": " + "1".repeat(1001) + "}")))
                .isEqualTo("JSON with a number longer than the 1000 digits netmove reads");
    }
}
