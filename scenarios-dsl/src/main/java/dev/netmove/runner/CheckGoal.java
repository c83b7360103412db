package dev.netmove.runner;

import dev.netmove.engine.change.ChangeFile;
import dev.netmove.steps.ProjectFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code netmove:check} goal without Maven: checks the topologies ({@link TopologyCheck}) and says what
 * the build log shows and how the goal ends.
 */
public final class CheckGoal {

    private CheckGoal() {
    }

    /** Runs the goal; the drift report and its summary go to {@code log}. */
    public static GoalOutcome run(CheckSettings settings, GoalLog log) {
        Path base = settings.baseFolder();
        List<Path> topologyFiles = resolved(base, settings.topologies());
        List<Path> featurePaths = resolved(base, settings.features());
        if (featurePaths.isEmpty()) {
            featurePaths = List.of(base.resolve(NetmoveProperties.FEATURES_FOLDER));
        }
        if (topologyFiles.isEmpty()) {
            List<Path> missing = featurePaths.stream().filter(path -> !Files.exists(path)).toList();
            if (!missing.isEmpty()) {
                if (!featurePaths.equals(List.of(base.resolve(NetmoveProperties.FEATURES_FOLDER)))) {
                    return GoalOutcome.error("netmove: <features> (" + NetmoveProperties.FEATURES + ") names "
                            + (missing.size() == 1 ? "a path that does not" : "paths that do not") + " exist: "
                            + ProjectFolder.shown(base, missing)
                            + ". Point it at .feature files or folders of them, or list the topology files in"
                            + " <topologies> (-D" + NetmoveProperties.TOPOLOGIES + ").");
                }
                log.warn("netmove: no topology to check: " + ProjectFolder.shown(base, featurePaths.get(0))
                        + " does not exist, and <topologies> is not set");
                return GoalOutcome.done();
            }
        }

        CheckResult result;
        try {
            result = TopologyCheck.run(new CheckRequest(featurePaths, topologyFiles,
                    base.resolve(settings.reportsDirectory()).normalize(), base));
        } catch (RunConfigurationException e) {
            return GoalOutcome.error(e.getMessage());
        }
        result.reportText().lines().forEach(log::info);
        if (settings.change() != null) {
            try {
                ChangeFile change = SuiteChangeFile.read(base, settings.change()).orElseThrow();
                ChangeDrift.report(result, change, base).forEach(line -> log.info("netmove: " + line));
            } catch (RunConfigurationException e) {
                return GoalOutcome.error(e.getMessage());
            }
        }
        String reportShown = ProjectFolder.shown(base, result.reportFile());
        log.info("netmove: " + result.summary() + "; report in " + reportShown);

        List<String> loadProblems = result.loadProblems();
        if (!loadProblems.isEmpty()) {
            return GoalOutcome.failure("netmove: " + (loadProblems.size() == 1 ? "a topology" : "topologies")
                    + " could not be loaded:\n\n" + String.join("\n\n", loadProblems) + "\n\nReport: " + reportShown);
        }
        if (!result.drifted().isEmpty()) {
            String list = result.drifted().stream()
                    .map(t -> "  - " + t.label() + ": " + t.report().driftCount()
                            + (t.report().driftCount() == 1 ? " drift" : " drifts"))
                    .collect(Collectors.joining("\n"));
            if (settings.failOnDrift()) {
                return GoalOutcome.failure("netmove: configuration drift, and " + NetmoveProperties.FAIL_ON_DRIFT
                        + " is set:\n" + list + "\nEach drift is listed in the report above and in " + reportShown
                        + ". Fix the configuration, or set <failOnDrift>false</failOnDrift> to report it without"
                        + " failing.");
            }
            log.warn("netmove: configuration drift (the build goes on; set -D" + NetmoveProperties.FAIL_ON_DRIFT
                    + "=true to fail it):\n" + list);
        }
        if (result.topologies().isEmpty()) {
            log.warn("netmove: no topology to check: no feature file in " + ProjectFolder.shown(base, featurePaths)
                    + " loads one, and <topologies> is not set");
        }
        return GoalOutcome.done();
    }

    private static List<Path> resolved(Path base, List<Path> paths) {
        return paths.stream().map(path -> base.resolve(path).normalize()).distinct().toList();
    }
}
