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
}
