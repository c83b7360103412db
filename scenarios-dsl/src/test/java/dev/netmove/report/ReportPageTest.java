package dev.netmove.report;

import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.TimeSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPageTest {

    private static final ScenarioFigures FIGURES = new ScenarioFigures(
            List.of(new MigrationFigures("web01", "esx-a1", "esx-b1", true, 3, DataSize.ofGiB(16),
                    TimeSpan.ofMillis(17_250), Optional.of(TimeSpan.ofMillis(256)), List.of("esx-a1", "core1", "esx-b1"),
                    "link agg1-core1 (agg1 > core1)")),
            List.of(UtilizationChartTest.link("agg1-core1", 4)), List.of(), List.of());

    private static final List<ScenarioReport> SCENARIOS = List.of(
            new ScenarioReport("b moves <fast>", "FAILED", "features/b.feature", 7,
                    "link \"agg1-core1\" goes over 40%\n  expected: below 40%", List.of(), FIGURES),
            new ScenarioReport("a stays", "PASSED", "features/a.feature", 3, "",
                    List.of(new ScenarioReport.Picture("topology", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")),
                    ScenarioFigures.NONE));

    @Test
    void the_summary_lists_every_scenario_in_file_order_with_its_first_message_line() {
        String html = ReportPage.render("netmove report", SCENARIOS);

        assertThat(html).contains("2 scenarios, 1 passed, 1 not passed")
                .contains("worst link peak: 50% on agg1-core1 (a &gt; b) in &quot;b moves &lt;fast&gt;&quot;")
                .contains("longest migration: VM web01 (esx-a1 &gt; esx-b1) 17.3s in &quot;b moves &lt;fast&gt;&quot;")
                .contains("<td>features/b.feature:7</td><td>link &quot;agg1-core1&quot; goes over 40%</td>");
        assertThat(html.indexOf("features/a.feature:3")).isLessThan(html.indexOf("features/b.feature:7"));
    }

    @Test
    void the_figures_are_tables() {
        String html = ReportPage.render("netmove report", SCENARIOS);

        assertThat(html).contains("<td>web01</td><td>esx-a1</td><td>esx-b1</td><td class=\"n\">3</td>"
                + "<td class=\"n\">16GiB</td><td class=\"n\">17.3s</td><td class=\"n\">256ms</td>"
                + "<td>link agg1-core1 (agg1 &gt; core1)</td><td>esx-a1 &gt; core1 &gt; esx-b1</td>")
                .contains("<th>downtime</th><th>bound by</th><th>path</th>")
                .contains("<td>agg1-core1</td><td>a &gt; b</td><td class=\"n\">10Gbps</td><td class=\"n\">1Gbps</td>"
                        + "<td class=\"n\">50%</td>");
    }

    @Test
    void trombones_are_listed_in_the_summary_and_each_scenario_shows_its_gateway_paths() {
        ScenarioFigures moved = new ScenarioFigures(FIGURES.migrations(), List.of(), List.of(), List.of(),
                List.of(new GatewayMove("web01", List.of("esx-a1", "acc-a1", "agg1"), 0,
                        List.of("esx-b1", "acc-b1", "agg2", "core1", "agg1"), 1)));
        List<ScenarioReport> scenarios = List.of(new ScenarioReport("web01 moves", "PASSED", "features/t.feature", 3,
                "", List.of(), moved));

        String html = ReportPage.render("netmove report", scenarios);

        assertThat(html).contains("<br>trombones: 1</p>\n<ul class=\"trombones\">\n<li>VM web01 in &quot;web01 moves&quot;:"
                        + " esx-b1 &gt; acc-b1 &gt; agg2 &gt; core1 &gt; agg1, 1 core crossing more</li>\n</ul>")
                .contains("<td>web01</td><td>esx-a1 &gt; acc-a1 &gt; agg1</td><td class=\"n\">0</td>"
                        + "<td>esx-b1 &gt; acc-b1 &gt; agg2 &gt; core1 &gt; agg1</td><td class=\"n\">1</td>"
                        + "<td>yes, 1 more</td>");
        assertThat(RunSummary.of(scenarios).lines()).contains("trombones: 1 (VM web01 in \"web01 moves\": "
                + "esx-b1 > acc-b1 > agg2 > core1 > agg1, 1 core crossing more)");
    }

    @Test
    void a_run_with_migrations_and_no_trombone_says_none() {
        assertThat(RunSummary.of(SCENARIOS).lines()).last().isEqualTo("trombones: none");
        assertThat(ReportPage.render("netmove report", SCENARIOS)).contains("<br>trombones: none</p>");
        assertThat(RunSummary.of(List.of(SCENARIOS.get(1))).lines()).isEmpty();
    }

    @Test
    void the_page_is_self_contained() {
        String html = ReportPage.render("netmove report", SCENARIOS);

        assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("url(")
                .doesNotContain("@import").doesNotContain("<link");
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http");
        assertThat(html).isEqualTo(ReportPage.render("netmove report", List.of(SCENARIOS.get(1), SCENARIOS.get(0))));
    }

    @Test
    void each_base_is_written_once_numbered_in_page_order_and_the_pictures_use_it() {
        DiagramBase pods = new DiagramBase("<text>pods</text>\n", "<line/>\n", "<rect/>\n");
        DiagramBase other = new DiagramBase("<text>other</text>\n", "<line/>\n", "<rect/>\n");
        List<ScenarioReport> scenarios = List.of(
                scenario("features/b.feature", 3, other), scenario("features/a.feature", 9, pods),
                scenario("features/a.feature", 3, pods));

        String html = ReportPage.render("netmove report", scenarios);

        assertThat(html).containsOnlyOnce("<text>pods</text>").containsOnlyOnce("<text>other</text>")
                .containsOnlyOnce("<svg class=\"bases\"");
        // a.feature comes first on the page: its base is number 1
        assertThat(html.indexOf("<symbol id=\"netmove-base-1\" overflow=\"visible\">\n<text>pods</text>"))
                .isPositive().isLessThan(html.indexOf("<symbol id=\"netmove-base-2\" overflow=\"visible\">\n<text>other"));
        String b = html.substring(html.indexOf("<h2 id=\"features/b.feature:3\">"));
        assertThat(b).contains("<use href=\"#netmove-base-2\"/>").doesNotContain("#netmove-base-1\"");
        assertThat(html).contains("<a href=\"#features/a.feature:9\">");
    }

    @Test
    void an_anchor_is_written_as_a_fragment_with_what_a_uri_cannot_hold_percent_encoded() {
        assertThat(ScenarioReport.fragment(ScenarioReport.anchor("src/test/features/web tieré.feature", 12)))
                .isEqualTo("src/test/features/web%20tier%C3%A9.feature:12");
    }

    private static ScenarioReport scenario(String file, int line, DiagramBase base) {
        TopologyPicture picture = new TopologyPicture("pods", 640, 530, base, Optional.empty(), "", "");
        return new ScenarioReport("at " + line, "PASSED", file, line, "", List.of(), ScenarioFigures.NONE,
                Optional.of(picture));
    }
}
