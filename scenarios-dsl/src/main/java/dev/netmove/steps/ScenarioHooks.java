package dev.netmove.steps;

import dev.netmove.engine.migration.MigrationVerdict;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Tells the scenario state where its feature file is, and fails a scenario whose migration failed
 * when no step said that failure was expected (a failed move never passes silently).
 */
public final class ScenarioHooks {

    private final ScenarioState state;

    public ScenarioHooks(ScenarioState state) {
        this.state = state;
    }

    @Before(order = 0)
    public void locateFeature(Scenario scenario) {
        state.enterScenario(featureFile(scenario.getUri()));
    }

    @After(order = 10_000)
    public void failOnUnexpectedMigrationFailure(Scenario scenario) {
        if (scenario.isFailed() || state.migrationOutcomeChecked()) {
            return;
        }
        List<MigrationVerdict> failed = state.migrations().stream().filter(m -> !m.succeeds()).toList();
        if (failed.isEmpty()) {
            return;
        }
        String text = failed.stream()
                .map(m -> "  VM " + m.vm() + " from " + m.sourceHost() + " to " + m.destinationHost() + ":\n"
                        + m.reasons().stream().map(r -> "    - " + r).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
        throw new AssertionError("a migration of this scenario failed, and no step expected it:\n" + text
                + "\nIf the failure is what you expect, say so with: Then the migration fails because \"...\"");
    }

    private static Optional<Path> featureFile(URI uri) {
        if (uri != null && "file".equals(uri.getScheme())) {
            return Optional.of(Path.of(uri));
        }
        return Optional.empty();
    }
}
