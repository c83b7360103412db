package dev.netmove.runner;

import dev.netmove.engine.change.ChangeFile;
import dev.netmove.steps.ImportWarnings;
import dev.netmove.steps.ProjectFolder;
import dev.netmove.steps.SuiteChange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code netmove:verify} goal without Maven: checks the feature paths, finds the project's own step
 * packages, runs the scenarios ({@link FeatureRunner}) and says what the build log shows and how the goal ends.
 */
public final class VerifyGoal {

    /** How many of the loaded imports' warnings the end of the run shows; the rest are counted. */
    private static final int SHOWN_WARNINGS = 20;

    private VerifyGoal() {
    }

    /** Runs the goal; its lines go to {@code log}, the scenarios' progress lines too. */
    public static GoalOutcome run(VerifySettings settings, GoalLog log) {
        Path base = settings.baseFolder();
        List<Path> featurePaths = featurePaths(settings);
        List<Path> missing = featurePaths.stream().filter(path -> !Files.exists(path)).toList();
        if (!missing.isEmpty()) {
            if (!featurePaths.equals(List.of(base.resolve(NetmoveProperties.FEATURES_FOLDER)))) {
                return GoalOutcome.error("netmove: <features> (" + NetmoveProperties.FEATURES + ") names "
                        + (missing.size() == 1 ? "a path that does not" : "paths that do not") + " exist: "
                        + ProjectFolder.shown(base, missing) + ". Point it at .feature files or folders of them.");
            }
            return noScenarios(settings, featurePaths, "(the folder does not exist)", log);
        }

        for (String loose : GluePackages.stepClassesInUnnamedPackage(settings.testClasses())) {
            log.warn("netmove: step class " + loose + " has no package, so Cucumber cannot use it;"
                    + " add a package declaration to its source file");
        }
        List<String> glue = new ArrayList<>(GluePackages.findStepPackages(settings.testClasses()));
        glue.addAll(settings.glue());
        Path reports = base.resolve(settings.reportsDirectory()).normalize();
        log.debug("netmove: glue " + glue + ", features " + featurePaths);

        RunResult result;
        Optional<ChangeFile> change;
        Optional<String> changedNothing;
        try {
            change = SuiteChangeFile.read(base, settings.change());
            // what the change is for; whether a scenario loaded that topology is known only at the end
            change.ifPresent(c -> log.info("netmove: change " + c.title() + " (" + c.shown() + ") for "
                    + c.topology().map(t -> "topology " + t).orElse("every topology")));
            SuiteChange.set(change.orElse(null));
            ImportWarnings.clear();
            java.time.Duration timeout = ScenarioTimeout.parse(settings.scenarioTimeout());
            result = FeatureRunner.run(new RunRequest(featurePaths, glue, settings.tags(), reports, base, log::info,
                    timeout));
            changedNothing = SuiteChange.changedNothing();
        } catch (RunConfigurationException e) {
            // the message already starts with the property's name (netmove.tags: ...)
            return GoalOutcome.error(e.getMessage());
        } finally {
            SuiteChange.set(null);
        }
        String reportsShown = ProjectFolder.shown(base, reports);
        ScenarioTraces.read(reports).forEach(trace -> log.debug("netmove: " + trace));
        log.info("netmove: " + result.summary() + change.map(c -> " with change " + c.title()).orElse("")
                + "; reports in " + reportsShown);
        result.headlines().lines().forEach(line -> log.info("netmove: " + line));
        Path index = reports.resolve(NetmoveProperties.INDEX_REPORT);
        if (Files.isRegularFile(index)) {
            log.info("netmove: report " + ProjectFolder.shown(base, index));
        }
        // not an error: TOPOLOGY.md has topologies of another name run unchanged; but a typo must not pass unseen
        changedNothing.ifPresent(warning -> log.warn("netmove: " + warning));
        List<String> warnings = ImportWarnings.all();
        warnings.stream().limit(SHOWN_WARNINGS).forEach(w -> log.warn("netmove: import: " + w));
        if (warnings.size() > SHOWN_WARNINGS) {
            log.warn("netmove: import: " + (warnings.size() - SHOWN_WARNINGS) + " more warnings; netmove:import"
                    + " writes them all to its import-report.txt");
        }
        if (!result.successful()) {
            int notPassing = result.failed() + result.undefined();
            int total = result.total();
            String headline = notPassing > 0
                    ? "netmove: " + notPassing + " of " + total + (total == 1 ? " scenario" : " scenarios")
                            + " did not pass:"
                    : "netmove: the feature files could not run:";
            return GoalOutcome.failure(headline + "\n\n" + result.failureReport()
                    + "\nReports: " + reportsShown + " (" + NetmoveProperties.HTML_REPORT + ", "
                    + NetmoveProperties.JSON_REPORT + ", " + NetmoveProperties.JUNIT_REPORT + ")");
        }
        if (result.total() == 0) {
            return noScenarios(settings, featurePaths, "", log);
        }
        return GoalOutcome.done();
    }

    private static List<Path> featurePaths(VerifySettings settings) {
        List<Path> given = settings.features().isEmpty()
                ? List.of(Path.of(NetmoveProperties.FEATURES_FOLDER)) : settings.features();
        return given.stream().map(path -> settings.baseFolder().resolve(path).normalize()).distinct().toList();
    }

    private static GoalOutcome noScenarios(VerifySettings settings, List<Path> featurePaths, String why, GoalLog log) {
        String where = ProjectFolder.shown(settings.baseFolder(), featurePaths) + (why.isEmpty() ? "" : " " + why);
        String tagsShown = settings.tags() == null ? "" : " with tags " + settings.tags();
        if (settings.failIfNoScenarios()) {
            return GoalOutcome.failure("netmove: no scenarios ran. Looked for .feature files in " + where
                    + tagsShown + ". Write scenarios there, point <features> (-D" + NetmoveProperties.FEATURES
                    + ") at yours, or set <failIfNoScenarios>false</failIfNoScenarios> (-D"
                    + NetmoveProperties.FAIL_IF_NO_SCENARIOS + "=false).");
        }
        log.warn("netmove: no scenarios ran; looked in " + where + tagsShown);
        return GoalOutcome.done();
    }
}
