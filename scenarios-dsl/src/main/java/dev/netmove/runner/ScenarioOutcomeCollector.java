package dev.netmove.runner;

import dev.netmove.steps.ProjectFolder;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.UriSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Listens to the JUnit Platform while Cucumber runs: writes one progress line per scenario and keeps
 * the counts and the failures. Synchronized because Cucumber may run scenarios in parallel.
 */
final class ScenarioOutcomeCollector implements TestExecutionListener {

    // Cucumber marks scenarios that cucumber.filter.tags/name excluded as skipped with this reason;
    // they were never selected, so they count nowhere.
    private static final String FILTER_REASON_PREFIX = "'cucumber.filter.";

    private final Path baseFolder;
    private final Path realBaseFolder;
    private final List<Path> featureRoots;
    private final Consumer<String> progress;
    private final Path reportsDirectory;

    private TestPlan plan;
    private int passed;
    private int failed;
    private int undefined;
    private int skipped;
    private final List<ScenarioFailure> failures = new ArrayList<>();
    private final List<ScenarioFailure> errors = new ArrayList<>();

    ScenarioOutcomeCollector(RunRequest request) {
        this.baseFolder = request.baseFolder();
        this.realBaseFolder = realPath(baseFolder);
        this.featureRoots = request.features().stream().map(ScenarioOutcomeCollector::realPath).toList();
        this.progress = request.progress();
        this.reportsDirectory = request.reportsDirectory();
    }

    @Override
    public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        if (reason != null && reason.startsWith(FILTER_REASON_PREFIX)) {
            return;
        }
        if (id.isTest()) {
            skipped++;
            report("SKIPPED", id);
        } else if (plan != null) {
            plan.getDescendants(id).stream().filter(TestIdentifier::isTest).forEach(test -> {
                skipped++;
                report("SKIPPED", test);
            });
        }
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        Throwable thrown = result.getThrowable().orElse(null);
        if (!id.isTest()) {
            if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                Location where = locate(id);
                String what = id.getParentId().isEmpty()
                        ? "Cucumber could not run the features"
                        : "Feature: " + id.getDisplayName();
                errors.add(new ScenarioFailure(ScenarioFailure.Kind.ERROR, where.file(), where.line(),
                        what, FailureText.describe(thrown)));
            }
            return;
        }
        Location where = locate(id);
        Optional<ScenarioWatch.Seen> seen = where.path() == null ? Optional.empty()
                : ScenarioWatch.take(where.path(), where.line());
        Optional<String> verdict = seen.flatMap(watch -> ScenarioVerdicts.overrule(watch, result, where.file(),
                where.line(), id.getDisplayName(), reportsDirectory, baseFolder));
        if (verdict.isPresent()) {
            failed++;
            report("FAILED", id);
            failures.add(failure(ScenarioFailure.Kind.FAILED, id, verdict.get()));
            return;
        }
        // Cucumber 7.34 fails a scenario with an undefined step (UndefinedStepException, an opentest4j
        // IncompleteExecutionException); whatever status it comes with, it is undefined: never passed,
        // never a mere skip.
        List<ScenarioWatch.Step> undefinedSteps = seen.map(ScenarioWatch.Seen::undefined).orElse(List.of());
        if (!undefinedSteps.isEmpty()
                || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && FailureText.isUndefinedStep(thrown)) {
            undefined++;
            report("UNDEFINED", id);
            failures.add(failure(ScenarioFailure.Kind.UNDEFINED, id, undefinedSteps.isEmpty()
                    ? FailureText.undefinedHeadline(thrown) : ScenarioVerdicts.undefined(undefinedSteps, where.file())));
            return;
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> {
                passed++;
                report("PASSED", id);
            }
            case FAILED -> {
                failed++;
                report("FAILED", id);
                failures.add(failure(ScenarioFailure.Kind.FAILED, id, FailureText.describe(thrown)));
            }
            case ABORTED -> {
                skipped++;
                report("SKIPPED", id);
            }
        }
    }

    synchronized RunResult result() {
        Comparator<ScenarioFailure> order = Comparator.comparing(ScenarioFailure::featureFile)
                .thenComparingInt(ScenarioFailure::line)
                .thenComparing(ScenarioFailure::scenario);
        List<ScenarioFailure> all = new ArrayList<>(failures.stream().sorted(order).toList());
        all.addAll(errors.stream().sorted(order).toList());
        return new RunResult(passed + failed + undefined + skipped, passed, failed, undefined, skipped, all);
    }

    private ScenarioFailure failure(ScenarioFailure.Kind kind, TestIdentifier id, String message) {
        Location where = locate(id);
        return new ScenarioFailure(kind, where.file(), where.line(), id.getDisplayName(), message);
    }

    private void report(String status, TestIdentifier id) {
        Location where = locate(id);
        String shortFile = where.path() == null ? where.file() : shortName(where.path());
        String location = where.line() > 0 ? shortFile + ":" + where.line() : shortFile;
        progress.accept(String.format("%-9s %s (%s)", status, id.getDisplayName(), location));
    }

    /** The path under the feature folder that selected it (so usually just the file name). */
    private String shortName(Path file) {
        for (Path root : featureRoots) {
            if (!root.equals(file) && file.startsWith(root)) {
                return ProjectFolder.shown(root, file);
            }
        }
        return file.getFileName().toString();
    }

    private Location locate(TestIdentifier id) {
        Optional<TestSource> source = id.getSource();
        if (source.isEmpty()) {
            return new Location("", null, 0);
        }
        TestSource found = source.get();
        if (found instanceof FileSource file) {
            return fileLocation(file.getFile().toPath(), file.getPosition());
        }
        if (found instanceof UriSource uri && "file".equals(uri.getUri().getScheme())) {
            return fileLocation(Path.of(uri.getUri()), Optional.empty());
        }
        if (found instanceof ClasspathResourceSource resource) {
            return new Location("classpath:" + resource.getClasspathResourceName(), null,
                    resource.getPosition().map(FilePosition::getLine).orElse(0));
        }
        return new Location(found.toString(), null, 0);
    }

    private Location fileLocation(Path file, Optional<FilePosition> position) {
        Path absolute = realPath(file);
        String shown = ProjectFolder.shown(absolute.startsWith(realBaseFolder) ? realBaseFolder : baseFolder, absolute);
        return new Location(shown, absolute, position.map(FilePosition::getLine).orElse(0));
    }

    // Cucumber reports files by their real path; the base folder may be reached through a symbolic link.
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }


    /** Where a scenario is: the file as shown to users, the file itself (when known) and the line. */
    private record Location(String file, Path path, int line) {
    }
}
