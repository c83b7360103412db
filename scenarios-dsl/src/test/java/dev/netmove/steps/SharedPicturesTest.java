package dev.netmove.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page of several scenarios writes once and what each writes for itself: the topology base once per
 * network state (as symbols), each scenario's picture as uses of it plus its own marks; in Cucumber's report a
 * link to netmove's report for every scenario and the whole picture only for a failed one.
 */
class SharedPicturesTest {

    /** A change that adds a switch and a host to pod B: another network to draw. */
    private static final String NEW_RACK = """
            change: CR-20 a third rack in pod B
            topology: two-pods
            devices:
              acc-b2: { role: access, pod: b, vlans: "110,120,900" }
            links:
              acc-b2-agg-b: { between: [acc-b2:Eth1/49, agg-b:Eth1/2], speed: 40Gbps }
            """;

    @TempDir
    Path project;

    private static List<String> symbols(String html) {
        return matches(html, "<symbol id=\"([^\"]+)\"");
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void scenarios_on_one_network_share_one_base_and_each_picture_uses_it() throws IOException {
        new FeatureProject(project).runWithTwoPods(ReportHooksTest.SCENARIOS);

        String html = ReportHooksTest.index(project);

        assertThat(symbols(html)).containsExactly("netmove-base-1", "netmove-base-1-links", "netmove-base-1-boxes");
        // a device on no path is written once, in the base (one on a path again, highlighted, in its picture)
        assertThat(html).containsOnlyOnce("<title>esx-b2 (host)</title>");
        // both scenarios' pictures use it: the base below the paths, the boxes above them
        assertThat(matches(html, "<use href=\"#(netmove-base-1)\"/>")).hasSize(2);
        assertThat(matches(html, "<use href=\"#(netmove-base-1-boxes)\"/>")).hasSize(2);
        // web01's path, drawn for its scenario alone, between the base's links and its boxes
        String moved = html.substring(html.indexOf("<title>topology two-pods</title>"));
        assertThat(moved.indexOf("<use href=\"#netmove-base-1-links\"/>"))
                .isLessThan(moved.indexOf("<title>link agg-a-core1 (40Gbps), peak"))
                .isLessThan(moved.indexOf("<use href=\"#netmove-base-1-boxes\"/>"));
        // db01's scenario draws VLAN 120's drop dashed: its own plain links, none of the base's under the dashes
        String blocked = html.substring(html.lastIndexOf("<title>topology two-pods</title>"));
        assertThat(blocked.substring(0, blocked.indexOf("</svg>")))
                .doesNotContain("<use href=\"#netmove-base-1-links\"/>")
                .contains("<title>link agg-b-core1 (40Gbps), drops the VLAN</title>")
                .doesNotContain("<title>link agg-b-core1 (40Gbps)</title>");
    }

    @Test
    void a_change_that_adds_a_switch_gives_a_second_base() throws IOException {
        new FeatureProject(project).file("src/test/features/changes/cr-20.yaml", NEW_RACK).runWithTwoPods("""
                  Scenario: before the change
                    Given the topology "two-pods.yaml"
                    When VM "web01" migrates to host "esx-b1"

                  Scenario: after the change
                    Given the topology "two-pods.yaml"
                    And the change "changes/cr-20.yaml"
                    When VM "web01" migrates to host "esx-b1"

                  Scenario: after the change again
                    Given the topology "two-pods.yaml"
                    And the change "changes/cr-20.yaml"
                    When VM "web01" migrates to host "esx-b2"
                """);

        String html = ReportHooksTest.index(project);

        assertThat(symbols(html)).containsExactly("netmove-base-1", "netmove-base-1-links", "netmove-base-1-boxes",
                "netmove-base-2", "netmove-base-2-links", "netmove-base-2-boxes");
        assertThat(html).containsOnlyOnce("<title>acc-b2 (access, pod b)</title>");
        assertThat(matches(html, "<use href=\"#(netmove-base-\\d)\"/>"))
                .containsExactly("netmove-base-1", "netmove-base-2", "netmove-base-2");
    }

    @Test
    void cucumber_shows_the_picture_of_a_failed_scenario_and_links_a_passed_one_to_netmoves_report()
            throws IOException {
        new FeatureProject(project).runWithTwoPods(ReportHooksTest.SCENARIOS);

        Map<String, Map<String, String>> attached = attachments(project.resolve("target/netmove/cucumber.json"));

        Map<String, String> passed = attached.get("web01 moves to pod B under a limit");
        assertThat(passed).containsOnlyKeys("netmove report", "netmove utilization", "netmove figures")
                .containsEntry("netmove report", "index.html#src/test/features/moves.feature:3");
        Map<String, String> failed = attached.get("db01 cannot follow");
        assertThat(failed).containsOnlyKeys("netmove report", "netmove topology", "netmove figures")
                .containsEntry("netmove report", "index.html#src/test/features/moves.feature:9");
        // the whole picture, on its own: the devices and links drawn in it, nothing used from elsewhere
        assertThat(failed.get("netmove topology")).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("<title>core1 (core)</title>")
                .contains("<title>link agg-b-core1 (40Gbps), drops the VLAN</title>").doesNotContain("<use");
        // the link leads to the scenario's section
        assertThat(ReportHooksTest.index(project)).contains("<h2 id=\"src/test/features/moves.feature:9\">")
                .contains("<a href=\"#src/test/features/moves.feature:9\">db01 cannot follow</a>");
    }

    @Test
    void two_runs_write_byte_identical_pages_with_their_bases() throws IOException {
        String scenarios = ReportHooksTest.SCENARIOS + """

                  Scenario: web01 to the other host of pod B
                    Given the topology "two-pods.yaml"
                    When VM "web01" migrates to host "esx-b2"
                """;
        new FeatureProject(project).runWithTwoPods(scenarios);
        byte[] first = Files.readAllBytes(project.resolve("target/netmove/index.html"));

        new FeatureProject(project).runWithTwoPods(scenarios);

        assertThat(project.resolve("target/netmove/index.html")).hasBinaryContent(first);
    }

    /** Each scenario's attachments by name, texts as they are and pictures decoded. */
    private static Map<String, Map<String, String>> attachments(Path cucumberJson) throws IOException {
        Map<String, Map<String, String>> byScenario = new LinkedHashMap<>();
        for (JsonNode feature : new ObjectMapper().readTree(cucumberJson.toFile())) {
            for (JsonNode scenario : feature.path("elements")) {
                Map<String, String> attached = new LinkedHashMap<>();
                for (String part : List.of("before", "steps", "after")) {
                    for (JsonNode step : scenario.path(part)) {
                        for (JsonNode embedding : step.path("embeddings")) {
                            attached.put(embedding.path("name").asText(), new String(
                                    Base64.getDecoder().decode(embedding.path("data").asText()), StandardCharsets.UTF_8));
                        }
                    }
                }
                byScenario.put(scenario.path("name").asText(), attached);
            }
        }
        return byScenario;
    }
}
