package dev.netmove.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.netmove.report.ResultsDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** results.json, end to end through the runner: what a CI job reads, valid against its schema, the same bytes each run. */
class ResultsJsonTest {

    @TempDir
    Path first;
    @TempDir
    Path second;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] results(Path project) throws IOException {
        new FeatureProject(project).runWithTwoPods(ReportHooksTest.SCENARIOS);
        return Files.readAllBytes(project.resolve("target/netmove/results.json"));
    }

    @Test
    void two_runs_of_the_same_scenarios_write_the_same_bytes() throws IOException {
        assertThat(results(first)).isEqualTo(results(second));
    }

    @Test
    void the_results_say_per_scenario_where_it_is_how_it_ended_and_what_it_measured() throws IOException {
        JsonNode results = JSON.readTree(results(first));

        assertThat(results.get("format").asText()).isEqualTo("netmove-results 1");
        assertThat(results.at("/summary/scenarios").asInt()).isEqualTo(2);
        assertThat(results.at("/summary/passed").asInt()).isEqualTo(1);
        JsonNode moved = results.at("/scenarios/0");
        assertThat(moved.get("location").asText()).isEqualTo("src/test/features/moves.feature:3");
        assertThat(moved.get("status").asText()).isEqualTo("PASSED");
        JsonNode migration = moved.at("/migrations/0");
        assertThat(migration.get("vm").asText()).isEqualTo("web01");
        assertThat(migration.get("from").asText()).isEqualTo("esx-a1");
        assertThat(migration.get("to").asText()).isEqualTo("esx-b1");
        assertThat(migration.get("bytes").asLong()).isPositive();
        assertThat(migration.get("rounds").asInt()).isPositive();
        assertThat(migration.get("downtimeNanos").asLong()).isPositive();
        assertThat(migration.at("/boundBy/sentence").asText()).isNotEmpty();
        assertThat(moved.get("links")).isNotEmpty();
        assertThat(moved.at("/links/0/peakPercent").asDouble()).isPositive();
        assertThat(moved.get("gateways").isArray()).isTrue();
        JsonNode blocked = results.at("/scenarios/1");
        assertThat(blocked.get("location").asText()).isEqualTo("src/test/features/moves.feature:9");
        assertThat(blocked.get("status").asText()).isEqualTo("FAILED");
        assertThat(blocked.get("message").asText()).startsWith("VLAN 120 is not carried all the way between");
    }

    @Test
    void a_moved_vms_path_to_its_gateway_is_given_before_and_after_the_move() throws IOException {
        new FeatureProject(first).file("src/test/features/three-tier.yaml", GatewayStepsTest.THREE_TIER).run("""
                Feature: trombone

                  Scenario: web01 moves to pod B
                    Given the topology "three-tier.yaml"
                    When VM "web01" migrates to host "esx-b1"
                    Then the migration succeeds
                """);
        JsonNode gateway = JSON.readTree(first.resolve("target/netmove/results.json").toFile())
                .at("/scenarios/0/gateways/0");

        assertThat(gateway.get("vm").asText()).isEqualTo("web01");
        assertThat(gateway.at("/before/path").toString()).isEqualTo("[\"esx-a1\",\"acc-a1\",\"agg1\"]");
        assertThat(gateway.at("/before/coreCrossings").asInt()).isZero();
        assertThat(gateway.at("/after/path").toString()).startsWith("[\"esx-b1\",\"acc-b1\",\"agg2\",\"core1\"");
        assertThat(gateway.at("/after/gateway").asText()).isEqualTo("agg1");
        assertThat(gateway.at("/after/coreCrossings").asInt()).isEqualTo(1);
        assertThat(gateway.get("trombone").asBoolean()).isTrue();
    }

    @Test
    void the_results_validate_against_their_schema_in_the_jar() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(JSON.readTree(ResultsDocument.schema()));
        List<Error> errors = schema.validate(JSON.readTree(results(first)));
        assertThat(errors).isEmpty();
        assertThat(schema.validate(JSON.readTree("{\"format\": \"netmove-results 1\", \"extra\": 1}"))).isNotEmpty();
    }
}
