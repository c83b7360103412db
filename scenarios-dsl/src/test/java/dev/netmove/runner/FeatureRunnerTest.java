package dev.netmove.runner;

import dev.netmove.runner.testglue.RecordingSteps;
import dev.netmove.steps.ProjectFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeatureRunnerTest {

    private static final String TEST_GLUE = "dev.netmove.runner.testglue";

    @TempDir
    Path reports;

    private final List<String> progress = new ArrayList<>();
    private Path base;

    @BeforeEach
    void findFeatures() throws URISyntaxException {
        // The feature files are test resources; the folder holding them plays the project's base folder.
        base = Path.of(Objects.requireNonNull(getClass().getResource("/runner-features")).toURI()).getParent();
        RecordingSteps.RAN.clear();
    }

    private RunResult run(String... features) {
        return FeatureRunner.run(request(null, features));
    }

    private RunRequest request(String tags, String... features) {
        return new RunRequest(List.of(features).stream().map(Path::of).toList(), List.of(TEST_GLUE), tags,
                reports, base, progress::add);
    }

    @Test
    void passing_scenarios_are_counted_and_reported_one_line_each() {
        RunResult result = run("runner-features/passing.feature");

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.passed()).isEqualTo(2);
        assertThat(result.successful()).isTrue();
        assertThat(result.failures()).isEmpty();
        assertThat(progress).containsExactly(
                "PASSED    VLAN 110 reaches pod B (passing.feature:3)",
                "PASSED    the project folder is known (passing.feature:8)");
        assertThat(RecordingSteps.RAN).containsExactly("passes", "moves web01");
    }

    @Test
    void a_failed_assertion_shows_its_message_with_file_and_line_and_no_stack_trace() {
        RunResult result = run("runner-features/failing.feature");

        assertThat(result.summary()).isEqualTo("1 scenario, 0 passed, 1 failed");
        assertThat(result.successful()).isFalse();
        ScenarioFailure failure = result.failures().get(0);
        assertThat(failure.kind()).isEqualTo(ScenarioFailure.Kind.FAILED);
        assertThat(failure.location()).isEqualTo("runner-features/failing.feature:3");
        assertThat(failure.scenario()).isEqualTo("link stays below 60%");
        assertThat(failure.message()).isEqualTo("link agg1-core1 peaks at 72% utilization, expected below 60%");
        assertThat(progress).containsExactly("FAILED    link stays below 60% (failing.feature:3)");
        assertThat(result.failureReport()).isEqualTo("""
                  runner-features/failing.feature:3  link stays below 60%
                      link agg1-core1 peaks at 72% utilization, expected below 60%
                """);
    }

    @Test
    void an_undefined_step_fails_the_scenario_naming_each_step_with_its_line_and_the_closest_phrases() {
        RunResult result = run("runner-features/undefined.feature");

        assertThat(result.undefined()).isEqualTo(1);
        assertThat(result.passed()).isZero();
        assertThat(result.skipped()).isZero();
        assertThat(result.successful()).isFalse();
        ScenarioFailure failure = result.failures().get(0);
        assertThat(failure.kind()).isEqualTo(ScenarioFailure.Kind.UNDEFINED);
        assertThat(failure.message()).isEqualTo("""
                step 'When the firewall reboots twice' (runner-features/undefined.feature:5) matches no step definition;\
                 none of netmove's phrases is close to it
                step 'Then the uplink "agg1" flaps 3 times' (runner-features/undefined.feature:6) matches no step\
                 definition; none of netmove's phrases is close to it
                  Write the step as its phrase has it (all phrases: steps.md, or mvn netmove:glossary); a phrase of\
                 your own needs a step definition in your project's test sources""");
        assertThat(progress).containsExactly("UNDEFINED a step nobody wrote (undefined.feature:3)");
        assertThat(result.failureReport()).contains("runner-features/undefined.feature:3  a step nobody wrote")
                .doesNotContain("@When").doesNotContain("public void").doesNotContain("PendingException");
    }

    @Test
    void a_typo_in_a_phrase_is_undefined_with_the_phrase_it_was_meant_to_be_first() throws IOException {
        RunResult result = run("runner-typos/typo.feature");

        assertThat(result.undefined()).isEqualTo(1);
        assertThat(result.failureReport()).isEqualTo("""
                  runner-typos/typo.feature:3  a typo in a netmove phrase
                      step 'When VM "web01" migrate to host "esx-b1"' (runner-typos/typo.feature:5) matches no step definition
                        did you mean: When VM {string} migrates to host {string}
                      step 'And the migration complete within 2 minutes' (runner-typos/typo.feature:6) matches no step definition
                        did you mean: Then the migration completes within {duration}
                        Write the step as its phrase has it (all phrases: steps.md, or mvn netmove:glossary); a phrase of\
                 your own needs a step definition in your project's test sources
                """);
        // netmove's report says the same
        assertThat(Files.readString(reports.resolve(dev.netmove.report.ResultsDocument.FILE_NAME)))
                .contains("(runner-typos/typo.feature:5) matches no step definition\\n  did you mean: When VM {string}"
                        + " migrates to host {string}");
    }

    @Test
    void a_doc_string_on_a_step_that_takes_none_says_so_at_the_step_with_no_java_signature() throws IOException {
        RunResult result = run("runner-typos/arguments.feature");

        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.failures().get(0).message()).isEqualTo("step 'Given a step that passes'"
                + " (runner-typos/arguments.feature:4) takes no doc string; remove it (the lines from \"\"\" to \"\"\" under"
                + " the step), or use a phrase that takes one");
        String results = Files.readString(reports.resolve(dev.netmove.report.ResultsDocument.FILE_NAME));
        assertThat(results).contains("takes no doc string; remove it").doesNotContain("is defined with")
                .doesNotContain("RecordingSteps");
    }

    @Test
    void a_bug_in_a_step_is_one_line_naming_the_step_and_the_scenario_with_the_trace_in_the_reports() throws Exception {
        RunResult result = run("runner-features/broken.feature");

        assertThat(result.failed()).isEqualTo(2);
        assertThat(result.failures().get(0).message())
                .isEqualTo("step 'Then the step has a bug (line 4)' of scenario 'a step with a bug' failed with an"
                        + " unexpected error (IllegalStateException: index 3 out of range); the full trace is in "
                        + ProjectFolder.shown(base, reports) + "/traces/runner-features_broken.feature_3-a_step_with_a_bug.txt"
                        + " (and in the log with mvn -X). If the step is netmove's own, please report it with that trace")
                .doesNotContain("\tat ").doesNotContain("    at ");
        assertThat(java.nio.file.Files.readString(
                reports.resolve("traces/runner-features_broken.feature_3-a_step_with_a_bug.txt")))
                .contains("scenario: a step with a bug (runner-features/broken.feature:3)")
                .contains("java.lang.IllegalStateException: index 3 out of range")
                .contains("RecordingSteps.hasBug");
        assertThat(result.failures().get(1).scenario()).isEqualTo("a pending step");
        assertThat(result.failures().get(1).message()).isEqualTo("not written yet");
    }

    @Test
    void a_scenario_that_runs_out_of_time_is_stopped_and_fails_naming_the_step() {
        long start = System.nanoTime();
        RunResult result = FeatureRunner.run(request(null, "runner-slow/slow.feature")
                .withScenarioTimeout(java.time.Duration.ofSeconds(1)));

        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
        assertThat(result.summary()).isEqualTo("1 scenario, 0 passed, 1 failed");
        assertThat(result.failures()).singleElement().satisfies(failure -> assertThat(failure.message())
                .startsWith("the scenario ran out of time in step 'When the step waits for 10 minutes (line 5)': it was"
                        + " still running after 1s, the limit of one scenario, and was stopped.")
                .contains("-Dnetmove.scenarioTimeout=10min"));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void a_scenario_without_steps_fails_with_nothing_to_check() throws IOException {
        Path feature = reports.resolve("empty-scenario.feature");
        Files.writeString(feature, "Feature: Empty\n\n  Scenario: nothing here yet\n");
        RunResult result = FeatureRunner.run(request(null, feature.toString()));

        assertThat(result.summary()).isEqualTo("1 scenario, 0 passed, 1 failed");
        assertThat(result.failures().get(0).message()).startsWith("nothing to check: the scenario has no steps.");
        assertThat(Files.readString(reports.resolve("summary.txt"))).startsWith("1 scenario, 0 passed, 1 failed\n");
    }

    @Test
    void a_scenario_that_does_not_apply_is_skipped_not_failed() {
        RunResult result = run("runner-features/skipped.feature");

        assertThat(result.summary()).isEqualTo("1 scenario, 0 passed, 0 failed, 1 skipped");
        assertThat(result.successful()).isTrue();
        assertThat(progress).containsExactly("SKIPPED   only in the lab (skipped.feature:4)");
    }

    @Test
    void each_example_of_an_outline_is_a_scenario_named_after_its_row() {
        RunResult result = run("runner-features/outline.feature");

        assertThat(result.passed()).isEqualTo(2);
        assertThat(progress).containsExactly(
                "PASSED    VM web01 moves (outline.feature:8)",
                "PASSED    VM db01 moves (outline.feature:9)");
    }

    @Test
    void an_outline_without_examples_or_placeholders_runs_as_the_plain_scenario_it_is() {
        RunResult result = run("runner-outline-plain/plain.feature");

        assertThat(result.passed()).isEqualTo(1);
        assertThat(progress).containsExactly("PASSED    web01 moves (plain.feature:3)");
    }

    @Test
    void a_tag_expression_runs_only_matching_scenarios_and_counts_no_other() {
        RunResult result = FeatureRunner.run(request("@slow or @lab", "runner-features"));

        assertThat(result.total()).isEqualTo(2);
        assertThat(progress).containsExactly(
                "PASSED    the project folder is known (passing.feature:8)",
                "SKIPPED   only in the lab (skipped.feature:4)");
    }

    @Test
    void a_folder_runs_every_feature_in_it_in_file_order() {
        RunResult result = run("runner-features");

        assertThat(result.summary()).isEqualTo("9 scenarios, 4 passed, 3 failed, 1 undefined, 1 skipped");
        assertThat(result.failures()).extracting(ScenarioFailure::location).containsExactly(
                "runner-features/broken.feature:3",
                "runner-features/broken.feature:6",
                "runner-features/failing.feature:3",
                "runner-features/undefined.feature:3");
    }

    @Test
    void reports_are_written_before_the_result_returns_and_name_the_scenarios() throws IOException {
        run("runner-features/passing.feature", "runner-features/failing.feature");

        assertThat(reports.resolve("cucumber.html")).content().contains("VLAN 110 reaches pod B");
        assertThat(reports.resolve("cucumber.json")).content()
                .contains("\"name\":\"VLAN 110 reaches pod B\"")
                .contains("link agg1-core1 peaks at 72% utilization");
        assertThat(reports.resolve("cucumber.xml")).content()
                .contains("name=\"VLAN 110 reaches pod B\"")
                .contains("name=\"link stays below 60%\"");
    }

    @Test
    void a_folder_without_feature_files_runs_zero_scenarios_and_its_other_files_are_left_alone() {
        RunResult result = run("runner-empty");

        assertThat(result.total()).isZero();
        assertThat(result.failureReport()).isEqualTo("");
        assertThat(result.summary()).isEqualTo("0 scenarios, 0 passed, 0 failed");
        assertThat(progress).isEmpty();
    }

    @Test
    void the_steps_see_the_requests_base_folder() {
        run("runner-features/passing.feature");

        assertThat(RecordingSteps.projectFolderSeen).isEqualTo(base);
    }

    @Test
    void a_feature_file_that_does_not_parse_is_an_error_that_names_the_file_and_line() {
        RunResult result = run("runner-unparsable.feature");

        assertThat(result.successful()).isFalse();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.scenario()).isEqualTo("Feature file runner-unparsable.feature");
            assertThat(error.location()).isEqualTo("runner-unparsable.feature:4");
            assertThat(error.message())
                    .startsWith("the feature file does not parse, so none of its scenarios ran: ")
                    .contains("(4:3)")
                    .doesNotContain("\tat ");
        });
        assertThat(result.summary()).isEqualTo("0 scenarios, 0 passed, 0 failed, 1 error outside scenarios");
    }

    @Test
    void a_feature_path_that_does_not_exist_is_a_configuration_error_naming_it() {
        assertThatThrownBy(() -> run("runner-features/nope.feature"))
                .isInstanceOf(RunConfigurationException.class)
                .hasMessageContaining("netmove.features: ")
                .hasMessageContaining("runner-features/nope.feature does not exist");
    }

    @Test
    void a_selected_file_that_is_not_a_feature_is_a_configuration_error() {
        assertThatThrownBy(() -> run("runner-empty/README.txt"))
                .isInstanceOf(RunConfigurationException.class)
                .hasMessageEndingWith("runner-empty/README.txt is not a .feature file; "
                        + "expected a .feature file or a folder of them");
    }

    @Test
    void the_reports_folder_is_created_when_missing() {
        Path nested = reports.resolve("deeper/netmove");
        FeatureRunner.run(request(null, "runner-features/outline.feature").withReportsDirectory(nested));

        assertThat(nested.resolve("cucumber.json")).exists();
    }

    @Test
    void cucumber_gets_the_glue_the_reports_and_the_tags() {
        RunRequest request = request("@smoke", "runner-features").withGlue(List.of("com.acme.steps"));

        assertThat(FeatureRunner.configuration(request))
                .containsEntry("cucumber.glue", "dev.netmove.steps,com.acme.steps")
                .containsEntry("cucumber.plugin", "html:" + reports.resolve("cucumber.html")
                        + ", json:" + reports.resolve("cucumber.json")
                        + ", junit:" + reports.resolve("cucumber.xml")
                        + ", dev.netmove.runner.NetmoveReportPlugin:" + reports
                        + ", dev.netmove.runner.ScenarioWatch:300000")
                .containsEntry("cucumber.publish.quiet", "true")
                .containsEntry("cucumber.filter.tags", "@smoke");
    }

    @Test
    void a_stale_report_is_replaced() throws IOException {
        Files.writeString(reports.resolve("cucumber.json"), "stale");
        run("runner-features/outline.feature");

        assertThat(reports.resolve("cucumber.json")).content().doesNotContain("stale").contains("VM web01 moves");
    }

    @Test
    void two_runs_of_the_same_features_give_cucumber_reports_that_differ_only_by_the_clock() throws IOException {
        run("runner-features/outline.feature");
        String firstHtml = Files.readString(reports.resolve("cucumber.html"));
        String firstJson = Files.readString(reports.resolve("cucumber.json"));
        run("runner-features/outline.feature");

        assertThat(firstHtml).contains("\"id\":\"006e6574-6d6f-7665-0000-000000000001\"")
                .doesNotContainPattern("\"id\":\"[0-9a-f]{8}-(?!6d6f-7665)");
        assertThat(withoutClock(Files.readString(reports.resolve("cucumber.html")))).isEqualTo(withoutClock(firstHtml));
        assertThat(withoutClock(Files.readString(reports.resolve("cucumber.json")))).isEqualTo(withoutClock(firstJson));
    }

    /** A report with its timestamps and durations blanked: what the run's clock wrote. */
    private static String withoutClock(String report) {
        return report.replaceAll("\"(seconds|nanos|duration)\":\\d+", "\"$1\":0")
                .replaceAll("\"start_timestamp\":\"[^\"]*\"", "\"start_timestamp\":\"\"");
    }
}
