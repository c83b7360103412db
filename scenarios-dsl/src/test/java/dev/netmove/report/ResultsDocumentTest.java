package dev.netmove.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ScenarioReport scenario(String name, String file, int line, ScenarioFigures figures) {
        return new ScenarioReport(name, "PASSED", file, line, "", List.of(), figures);
    }

    @Test
    void scenarios_are_in_file_and_line_order_whatever_order_they_finished_in() throws IOException {
        ScenarioReport late = scenario("b", "src/test/features/b.feature", 3, ScenarioFigures.NONE);
        ScenarioReport early = scenario("a", "src/test/features/a.feature", 9, ScenarioFigures.NONE);

        String one = ResultsDocument.render(List.of(late, early));
        String other = ResultsDocument.render(List.of(early, late));

        assertThat(one).isEqualTo(other).endsWith("}\n").doesNotContain("\r");
        JsonNode results = JSON.readTree(one);
        assertThat(results.at("/scenarios/0/location").asText()).isEqualTo("src/test/features/a.feature:9");
        assertThat(results.at("/scenarios/1/location").asText()).isEqualTo("src/test/features/b.feature:3");
        // keys sorted: "format" before "headline" before "scenarios" before "summary"
        assertThat(one.indexOf("\"format\"")).isLessThan(one.indexOf("\"headline\""));
        assertThat(one.indexOf("\"scenarios\"")).isLessThan(one.indexOf("\"summary\""));
    }

    @Test
    void the_change_a_scenario_ran_is_named_and_valid_against_the_schema() throws IOException {
        ScenarioFigures figures = ScenarioFigures.NONE.withChange(
                new ScenarioFigures.ChangeRan("CR-1234 prune VLAN 120 from the core", "src/test/features/cr-1234.yaml"));
        String text = ResultsDocument.render(List.of(scenario("pruned", "src/test/features/cr.feature", 4, figures)));

        JsonNode change = JSON.readTree(text).at("/scenarios/0/change");
        assertThat(change.get("title").asText()).isEqualTo("CR-1234 prune VLAN 120 from the core");
        assertThat(change.get("file").asText()).isEqualTo("src/test/features/cr-1234.yaml");
        assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(JSON.readTree(ResultsDocument.schema())).validate(JSON.readTree(text))).isEmpty();
        assertThat(JSON.readTree(ResultsDocument.render(List.of(scenario("x", "f", 1, ScenarioFigures.NONE))))
                .at("/scenarios/0").has("change")).isFalse();
    }
}
