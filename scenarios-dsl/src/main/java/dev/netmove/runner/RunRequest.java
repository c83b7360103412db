package dev.netmove.runner;

import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What to run: feature files or folders, extra glue packages, an optional tag expression, where the
 * reports go, the project's base folder, and where the one-line-per-scenario progress goes.
 *
 * <p>Relative paths are resolved against the base folder. {@link #glue()} holds only the extra packages;
 * {@link #gluePackages()} adds netmove's own step library.
 *
 * @param features         feature files or folders (at least one)
 * @param glue             extra packages with step definitions, beyond {@value NetmoveProperties#STEPS_PACKAGE}
 * @param tags             a Cucumber tag expression, or {@code null} to run every scenario
 * @param reportsDirectory where {@code cucumber.html}, {@code cucumber.json} and {@code cucumber.xml} go
 * @param baseFolder       the project's base folder; steps resolve topology files against it
 * @param progress         receives one line per finished scenario
 * @param scenarioTimeout  how long one scenario may run before it is stopped and fails, naming the step that ran
 *                         out of time ({@code null}: {@value NetmoveProperties#SCENARIO_TIMEOUT_DEFAULT})
 */
public record RunRequest(
        List<Path> features,
        List<String> glue,
        String tags,
        Path reportsDirectory,
        Path baseFolder,
        Consumer<String> progress,
        java.time.Duration scenarioTimeout) {

    public RunRequest {
        Objects.requireNonNull(baseFolder, "baseFolder");
        baseFolder = baseFolder.toAbsolutePath().normalize();
        Path base = baseFolder;

        Objects.requireNonNull(features, "features");
        if (features.isEmpty()) {
            throw new RunConfigurationException(NetmoveProperties.FEATURES
                    + ": no feature file or folder given; expected at least one path, e.g. "
                    + NetmoveProperties.FEATURES_FOLDER);
        }
        features = features.stream().map(path -> base.resolve(path).normalize()).distinct().toList();

        glue = glue == null ? List.of() : List.copyOf(glue);
        glue.forEach(RunRequest::requirePackageName);

        tags = tags == null || tags.isBlank() ? null : tags.strip();
        if (tags != null) {
            requireTagExpression(tags);
        }

        Objects.requireNonNull(reportsDirectory, "reportsDirectory");
        reportsDirectory = base.resolve(reportsDirectory).normalize();
        if (reportsDirectory.toString().contains(",")) {
            // Cucumber's plugin list is comma separated: a comma in the path would split it.
            throw new RunConfigurationException(NetmoveProperties.REPORTS_DIRECTORY + ": '" + reportsDirectory
                    + "' contains a comma, which Cucumber cannot take in a report path; choose a folder without one");
        }

        progress = progress == null ? line -> { } : progress;
        scenarioTimeout = scenarioTimeout == null ? ScenarioTimeout.DEFAULT : scenarioTimeout;
        if (scenarioTimeout.isNegative() || scenarioTimeout.isZero()) {
            throw new RunConfigurationException(NetmoveProperties.SCENARIO_TIMEOUT + ": " + scenarioTimeout
                    + " is not a time limit; expected a positive time such as 5min");
        }
    }

    /** A request with the default scenario time limit. */
    public RunRequest(List<Path> features, List<String> glue, String tags, Path reportsDirectory, Path baseFolder,
                      Consumer<String> progress) {
        this(features, glue, tags, reportsDirectory, baseFolder, progress, null);
    }

    /** This request with another time limit per scenario. */
    public RunRequest withScenarioTimeout(java.time.Duration newTimeout) {
        return new RunRequest(features, glue, tags, reportsDirectory, baseFolder, progress, newTimeout);
    }

    /**
     * A request for a project laid out as netmove expects: features in {@code src/test/features}, reports
     * in {@code target/netmove}, no extra glue, no tags, no progress output.
     */
    public static RunRequest forProject(Path baseFolder) {
        return new RunRequest(List.of(Path.of(NetmoveProperties.FEATURES_FOLDER)), List.of(), null,
                Path.of("target", NetmoveProperties.REPORTS_FOLDER), baseFolder, null);
    }

    /** This request with other feature files or folders. */
    public RunRequest withFeatures(List<Path> newFeatures) {
        return new RunRequest(newFeatures, glue, tags, reportsDirectory, baseFolder, progress, scenarioTimeout);
    }

    /** This request with other extra glue packages. */
    public RunRequest withGlue(List<String> newGlue) {
        return new RunRequest(features, newGlue, tags, reportsDirectory, baseFolder, progress, scenarioTimeout);
    }

    /** This request with another tag expression ({@code null}: every scenario). */
    public RunRequest withTags(String newTags) {
        return new RunRequest(features, glue, newTags, reportsDirectory, baseFolder, progress, scenarioTimeout);
    }

    /** This request with another reports folder. */
    public RunRequest withReportsDirectory(Path newReportsDirectory) {
        return new RunRequest(features, glue, tags, newReportsDirectory, baseFolder, progress, scenarioTimeout);
    }

    /** All glue: netmove's step library first, then the extra packages, without packages nested in others. */
    public List<String> gluePackages() {
        List<String> all = new ArrayList<>();
        all.add(NetmoveProperties.STEPS_PACKAGE);
        all.addAll(glue);
        return GluePackages.roots(all);
    }

    private static void requirePackageName(String name) {
        if (name == null || !isPackageName(name)) {
            throw new RunConfigurationException(NetmoveProperties.GLUE + ": '" + name
                    + "' is not a Java package name; expected dot-separated names such as com.example.steps");
        }
    }

    static boolean isPackageName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.codePointAt(0))
                    || !part.codePoints().allMatch(Character::isJavaIdentifierPart)) {
                return false;
            }
        }
        return true;
    }

    private static void requireTagExpression(String expression) {
        try {
            TagExpressionParser.parse(expression);
        } catch (TagExpressionException e) {
            throw new RunConfigurationException(NetmoveProperties.TAGS + ": '" + expression
                    + "' is not a Cucumber tag expression (" + e.getMessage()
                    + "); expected e.g. @smoke, @vlan and not @slow, (@a or @b) and not @wip", e);
        }
    }
}
