package dev.netmove.runner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** What the verify goal logs and how it ends, without Maven. */
class VerifyGoalTest {

    @TempDir
    Path elsewhere;

    private final RecordingLog log = new RecordingLog();
    private Path base;

    @BeforeEach
    void findFeatures() throws URISyntaxException {
        base = Path.of(Objects.requireNonNull(getClass().getResource("/runner-features")).toURI()).getParent();
    }

    private VerifySettings settings(Path project, String tags, boolean failIfNoScenarios, String... features) {
        return new VerifySettings(project, List.of(features).stream().map(Path::of).toList(),
                List.of("dev.netmove.runner.testglue"), tags, failIfNoScenarios, Path.of("target/netmove"),
                project.resolve("target/test-classes"));
    }

    @Test
    void a_failing_scenario_fails_the_goal_with_every_failure_and_where_the_reports_are() {
        GoalOutcome outcome = VerifyGoal.run(settings(base, null, true, "runner-features/failing.feature"), log);

        assertThat(outcome.kind()).isEqualTo(GoalOutcome.Kind.FAILURE);
        assertThat(outcome.message())
                .startsWith("netmove: 1 of 1 scenario did not pass:\n\n"
                        + "  runner-features/failing.feature:3  link stays below 60%\n"
                        + "      link agg1-core1 peaks at 72% utilization, expected below 60%")
                .endsWith("\nReports: target/netmove (cucumber.html, cucumber.json, cucumber.xml)");
        assertThat(log.lines).contains("info: FAILED    link stays below 60% (failing.feature:3)",
                "info: netmove: 1 scenario, 0 passed, 1 failed; reports in target/netmove",
                "info: netmove: report target/netmove/index.html");
    }

    @Test
    void passing_scenarios_end_the_goal_done_after_the_counts_and_the_report() {
        GoalOutcome outcome = VerifyGoal.run(settings(base, null, true, "runner-features/passing.feature"), log);

        assertThat(outcome).isEqualTo(GoalOutcome.done());
        assertThat(log.lines).filteredOn(line -> line.startsWith("info: netmove:")).containsExactly(
                "info: netmove: 2 scenarios, 2 passed, 0 failed; reports in target/netmove",
                "info: netmove: report target/netmove/index.html");
    }

    @Test
    void no_scenario_selected_by_the_tags_fails_the_goal_by_default() {
        GoalOutcome outcome = VerifyGoal.run(settings(base, " @none ", true, "runner-features/passing.feature"), log);

        assertThat(outcome).isEqualTo(GoalOutcome.failure("netmove: no scenarios ran. Looked for .feature files in"
                + " runner-features/passing.feature with tags @none. Write scenarios there, point <features>"
                + " (-Dnetmove.features) at yours, or set <failIfNoScenarios>false</failIfNoScenarios>"
                + " (-Dnetmove.failIfNoScenarios=false)."));
    }

    @Test
    void no_scenario_is_a_warning_when_the_project_allows_it() {
        GoalOutcome outcome = VerifyGoal.run(settings(base, "@none", false, "runner-features/passing.feature"), log);

        assertThat(outcome).isEqualTo(GoalOutcome.done());
        assertThat(log.lines).contains("warn: netmove: no scenarios ran; looked in runner-features/passing.feature"
                + " with tags @none");
    }

    @Test
    void a_missing_default_feature_folder_is_no_scenarios_not_an_error() {
        GoalOutcome outcome = VerifyGoal.run(settings(elsewhere, null, true), log);

        assertThat(outcome.kind()).isEqualTo(GoalOutcome.Kind.FAILURE);
        assertThat(outcome.message()).startsWith("netmove: no scenarios ran. Looked for .feature files in"
                + " src/test/features (the folder does not exist). Write scenarios there");
    }

    @Test
    void configured_feature_paths_that_do_not_exist_are_an_error_naming_them() {
        GoalOutcome outcome = VerifyGoal.run(settings(elsewhere, null, true, "a.feature", "features/b"), log);

        assertThat(outcome).isEqualTo(GoalOutcome.error("netmove: <features> (netmove.features) names paths that"
                + " do not exist: a.feature, features/b. Point it at .feature files or folders of them."));
    }

    @Test
    void a_bad_tag_expression_is_an_error_naming_the_property() {
        GoalOutcome outcome = VerifyGoal.run(settings(base, "and or", true, "runner-features/passing.feature"), log);

        assertThat(outcome.kind()).isEqualTo(GoalOutcome.Kind.ERROR);
        assertThat(outcome.message()).startsWith("netmove.tags: 'and or'");
    }
}
