package dev.netmove.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The verify goal's parameters as a project gives them.
 *
 * @param baseFolder        the project's folder, which relative paths are resolved against
 * @param features          feature files or folders; empty (or only nulls): {@value NetmoveProperties#FEATURES_FOLDER}
 * @param glue              extra glue packages (blank entries are ignored)
 * @param tags              a tag expression, or {@code null} or blank for every scenario
 * @param failIfNoScenarios whether a run of no scenario fails the build
 * @param reportsDirectory  where the reports go
 * @param testClasses       the project's compiled test classes, searched for step classes of its own
 * @param change            the change file the whole suite runs against ({@value NetmoveProperties#CHANGE}), or null
 * @param scenarioTimeout   the time limit of one scenario ({@value NetmoveProperties#SCENARIO_TIMEOUT}, e.g.
 *                          {@code 5min}); {@code null} or blank: {@value NetmoveProperties#SCENARIO_TIMEOUT_DEFAULT}
 */
public record VerifySettings(Path baseFolder, List<Path> features, List<String> glue, String tags,
                             boolean failIfNoScenarios, Path reportsDirectory, Path testClasses, Path change,
                             String scenarioTimeout) {

    /** Settings without a change, with the default scenario time limit: the suite runs on the network as it is. */
    public VerifySettings(Path baseFolder, List<Path> features, List<String> glue, String tags,
                          boolean failIfNoScenarios, Path reportsDirectory, Path testClasses) {
        this(baseFolder, features, glue, tags, failIfNoScenarios, reportsDirectory, testClasses, null, null);
    }

    public VerifySettings {
        baseFolder = Objects.requireNonNull(baseFolder, "baseFolder").toAbsolutePath().normalize();
        features = features == null ? List.of() : features.stream().filter(Objects::nonNull).toList();
        glue = glue == null ? List.of() : glue.stream().filter(Objects::nonNull).map(String::strip)
                .filter(entry -> !entry.isEmpty()).toList();
        tags = tags == null || tags.isBlank() ? null : tags.strip();
        Objects.requireNonNull(reportsDirectory, "reportsDirectory");
        Objects.requireNonNull(testClasses, "testClasses");
        scenarioTimeout = scenarioTimeout == null || scenarioTimeout.isBlank() ? null : scenarioTimeout.strip();
    }
}
