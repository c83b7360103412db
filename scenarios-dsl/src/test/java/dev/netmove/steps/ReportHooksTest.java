package dev.netmove.steps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pictures and figures each scenario leaves, end to end through the runner, in netmove's report. */
class ReportHooksTest {

    static final String SCENARIOS = """
              Scenario: web01 moves to pod B under a limit
                Given the topology "two-pods.yaml"
                When VM "web01" migrates to host "esx-b1"
                Then link "agg-a-core1" stays below 60% utilization
                And every link stays below 100.1% utilization

              Scenario: db01 cannot follow
                Given the topology "two-pods.yaml"
                Then VLAN 120 is carried on every link between host "esx-a1" and host "esx-b1"
            """;

    @TempDir
    Path project;

    static String index(Path project) throws IOException {
        return Files.readString(project.resolve("target/netmove/index.html"));
    }

    @Test
    void the_report_shows_each_scenario_with_its_result_pictures_and_figures() throws IOException {
        FeatureProject.Outcome outcome = new FeatureProject(project).runWithTwoPods(SCENARIOS);
        assertThat(outcome.result().passed()).isEqualTo(1);

        String html = index(project);

        assertThat(html).contains("2 scenarios, 1 passed, 1 not passed")
                .contains("<td>src/test/features/moves.feature:3</td><td></td>")
                .contains("<td>src/test/features/moves.feature:9</td><td>VLAN 120 is not carried all the way between"
                        + " host esx-a1 and host esx-b1.</td>")
                .contains("<title>topology two-pods</title>")
                // the path web01's memory took, and the limits the scenario asserted, drawn on the chart
                .contains("<td>esx-a1 &gt; acc-a1 &gt; agg-a &gt; core1 &gt; agg-b &gt; acc-b1 &gt; esx-b1</td>")
                .contains("<title>below 60% (agg-a-core1)</title>")
                .contains("<title>below 100.1% (every link)</title>")
                // where VLAN 120 stops: pruned at core1's end of pod B's uplink
                .contains("<title>link agg-b-core1 (40Gbps), drops the VLAN</title>")
                .contains("<li>VLAN 120 from esx-a1 to esx-b1 is blocked: link &quot;agg-b-core1&quot; drops VLAN 120");
        // the counts line first, as the README shows it, then the headline facts
        assertThat(Files.readString(project.resolve("target/netmove/summary.txt")))
                .startsWith(outcome.result().summary() + "\n"
                        + "worst link peak: 100% on esx-a1-acc-a1 (esx-a1 > acc-a1) in \"web01 moves to pod B under a limit\"\n"
                        + "longest migration: VM web01 (esx-a1 > esx-b1) ");
        // the run's result carries the same lines as values
        List<String> written = Files.readAllLines(project.resolve("target/netmove/summary.txt"));
        assertThat(written.get(0)).matches("\\d+ scenarios?, \\d+ passed, \\d+ failed.*");
        assertThat(outcome.result().headlines().lines()).isEqualTo(written.subList(1, written.size()));
    }

    @Test
    void cucumber_html_report_carries_the_charts_the_failed_scenarios_picture_and_links_to_netmoves_report()
            throws IOException {
        new FeatureProject(project).runWithTwoPods(SCENARIOS);

        String cucumber = Files.readString(project.resolve("target/netmove/cucumber.html"));

        // db01's scenario failed: its picture is there (SharedPicturesTest: which scenario carries what)
        assertThat(cucumber).contains("image/svg+xml").contains("netmove topology").contains("netmove utilization")
                .contains("text/uri-list").contains("index.html#src/test/features/moves.feature:3");
    }

    @Test
    void a_trombone_is_drawn_on_the_topology_and_named_in_the_summary() throws IOException {
        FeatureProject.Outcome outcome = new FeatureProject(project)
                .file("src/test/features/three-tier.yaml", GatewayStepsTest.THREE_TIER)
                .run("""
                        Feature: trombone

                          Scenario: web01 moves to pod B
                            Given the topology "three-tier.yaml"
                            When VM "web01" migrates to host "esx-b1"
                            Then the migration succeeds
                        """);
        assertThat(outcome.result().failureReport()).isEmpty();

        String html = index(project);

        assertThat(html)
                .contains("<title>VM web01 to its gateway agg1 before the move: esx-a1 &gt; acc-a1 &gt; agg1"
                        + " (link acc-a1-agg1)</title>")
                .contains("<title>VM web01 to its gateway agg1 after the move: esx-b1 &gt; acc-b1 &gt; agg2 &gt; core1"
                        + " &gt; agg1 (link agg2-core1)</title>")
                .contains("<title>gateway agg1 of VM web01 after the move</title>")
                .contains("<li>VM web01 in &quot;web01 moves to pod B&quot;: esx-b1 &gt; acc-b1 &gt; agg2 &gt; core1"
                        + " &gt; agg1, 1 core crossing more</li>");
        assertThat(Files.readString(project.resolve("target/netmove/summary.txt")))
                .endsWith("trombones: 1 (VM web01 in \"web01 moves to pod B\": esx-b1 > acc-b1 > agg2 > core1 > agg1,"
                        + " 1 core crossing more)\n");
        // the figures attached to the scenario in Cucumber's report carry both paths
        assertThat(Files.readString(project.resolve("target/netmove/cucumber.html")))
                .contains("gateway\\tweb01\\t0\\t1\\nbefore\\tesx-a1\\tacc-a1\\tagg1");
    }

    @Test
    void a_move_without_a_gateway_draws_no_gateway_path_and_finds_no_trombone() throws IOException {
        new FeatureProject(project).runWithTwoPods("""
                  Scenario: web01 moves to pod B
                    Given the topology "two-pods.yaml"
                    When VM "web01" migrates to host "esx-b1"
                """);

        assertThat(index(project)).doesNotContain("path to the gateway");
        assertThat(Files.readString(project.resolve("target/netmove/summary.txt"))).endsWith("trombones: none\n");
    }

    @Test
    void the_limits_a_scenario_asserted_travel_with_its_figures_into_cucumbers_report() throws IOException {
        new FeatureProject(project).runWithTwoPods(SCENARIOS);

        assertThat(Files.readString(project.resolve("target/netmove/cucumber.html")))
                .contains("threshold\\tagg-a-core1\\t600000").contains("threshold\\t*\\t1001000");
    }

    @Test
    void the_same_features_give_the_same_report() throws IOException {
        new FeatureProject(project).runWithTwoPods(SCENARIOS);
        String first = index(project);

        new FeatureProject(project).runWithTwoPods(SCENARIOS);

        assertThat(index(project)).isEqualTo(first);
    }
}
