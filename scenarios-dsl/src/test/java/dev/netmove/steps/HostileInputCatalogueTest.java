package dev.netmove.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.runner.FeatureRunner;
import dev.netmove.runner.RunRequest;
import dev.netmove.runner.RunResult;
import dev.netmove.runner.ScenarioFailure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Hostile and careless inputs through the real runner, in one Cucumber run: topology files, doc strings, step
 * arguments and feature files. Each must fail where it is written, with the message a user reads, no stack
 * trace, and nothing written outside {@code target/}. {@link HostileInputs} holds the table.
 */
class HostileInputCatalogueTest {

    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s*at [\\w.$]+\\(|Exception:|\\bat java\\.");

    @TempDir
    static Path project;

    private static RunResult result;
    private static Set<Path> written;
    private static final List<String> progress = new ArrayList<>();
    private static long millis;

    @BeforeAll
    static void runTheCatalogue() throws IOException {
        written = HostileInputs.writeProject(project);
        long start = System.nanoTime();
        RunRequest request = RunRequest.forProject(project);
        result = FeatureRunner.run(new RunRequest(request.features(), request.glue(), null, request.reportsDirectory(),
                project, progress::add, Duration.ofSeconds(60)));
        millis = (System.nanoTime() - start) / 1_000_000;
        // what a user reads for each input, for review beside the test results
        Path shown = Path.of(System.getProperty("netmove.catalogueReport", "target/hostile-inputs.txt"));
        if (Files.isDirectory(shown.toAbsolutePath().getParent())) {
            Files.writeString(shown, result.summary() + " in " + millis + " ms\n\n" + result.failureReport());
        }
    }

    static Stream<HostileInputs.Input> inputs() {
        return HostileInputs.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void each_input_fails_where_it_is_written_with_a_message_and_no_stack_trace(HostileInputs.Input input) {
        ScenarioFailure failure = failureOf(input);

        if (input.id().startsWith("feature file ")) {
            // a feature file that does not parse: at its file:line, the line Gherkin names
            assertThat(failure.location()).as("location of %s", input.id()).startsWith(input.location() + ":");
            assertThat(failure.message()).contains("(" + failure.line() + ":");
        } else {
            assertThat(failure.location()).as("location of %s", input.id()).isEqualTo(input.location());
        }
        assertThat(failure.message()).as("message of %s", input.id()).contains(input.expected());
        if (input.placedAt() != null) {
            assertThat(failure.message()).as("placement of %s", input.id()).contains(input.placedAt());
        }
        assertThat(STACK_FRAME.matcher(failure.message()).find()).as("a stack trace in %s:\n%s", input.id(),
                failure.message()).isFalse();
    }

    @Test
    void the_catalogue_holds_at_least_150_inputs_and_every_one_failed() {
        assertThat(HostileInputs.all()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(result.passed()).as("silent passes:\n%s", progress).isZero();
        assertThat(result.failures()).hasSize(HostileInputs.all().size());
        assertThat(result.failureReport()).doesNotContainPattern(STACK_FRAME.pattern());
        // one Cucumber run for the whole catalogue, in a few seconds
        assertThat(millis).isLessThan(60_000);
    }

    @Test
    void nothing_is_written_outside_target() throws IOException {
        try (Stream<Path> walk = Files.walk(project)) {
            List<Path> outside = walk.filter(Files::isRegularFile)
                    .filter(file -> !written.contains(file))
                    .filter(file -> !project.relativize(file).startsWith("target"))
                    .toList();
            assertThat(outside).isEmpty();
        }
    }

    private static ScenarioFailure failureOf(HostileInputs.Input input) {
        Map<String, ScenarioFailure> byName = new LinkedHashMap<>();
        result.failures().forEach(failure -> byName.putIfAbsent(failure.scenario(), failure));
        ScenarioFailure failure = byName.get(input.scenarioName());
        assertThat(failure).as("no failure for %s (%s); progress:\n%s", input.id(), input.scenarioName(),
                String.join("\n", progress)).isNotNull();
        return failure;
    }
}
