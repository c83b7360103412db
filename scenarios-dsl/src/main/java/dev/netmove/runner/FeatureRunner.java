package dev.netmove.runner;

import dev.netmove.report.RunSummary;
import dev.netmove.steps.ProjectFolder;
import dev.netmove.steps.SuiteChange;
import io.cucumber.junit.platform.engine.CucumberTestEngine;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs feature files with Cucumber on the JUnit Platform and says how it went: the plain-Java entry
 * point under the Maven goal, usable from any JVM program or test.
 *
 * <p>Only Cucumber's engine runs, whatever other engines are on the class path. Settings a project keeps
 * in {@code junit-platform.properties} (e.g. {@code cucumber.execution.parallel.enabled}) still apply,
 * except the ones set here: glue, plugins, tags and publishing.
 */
public final class FeatureRunner {

    private FeatureRunner() {
    }

    /**
     * Runs every scenario of the request's feature files and folders (searched for {@code .feature}
     * files; anything else in them is left alone) that its tags select. Sets {@link ProjectFolder} to
     * the request's base folder first. The reports are written when this returns.
     *
     * @throws RunConfigurationException when a feature path does not exist or is a file other than a
     *                                   {@code .feature} file, or the reports folder cannot be created
     */
    public static RunResult run(RunRequest request) {
        for (Path feature : request.features()) {
            if (!Files.exists(feature)) {
                throw new RunConfigurationException(NetmoveProperties.FEATURES + ": " + feature
                        + " does not exist; expected a .feature file or a folder of them");
            }
            if (!Files.isDirectory(feature) && !isFeatureFile(feature)) {
                throw new RunConfigurationException(NetmoveProperties.FEATURES + ": " + feature
                        + " is not a .feature file; expected a .feature file or a folder of them");
            }
        }
        try {
            Files.createDirectories(request.reportsDirectory());
            // a summary left by an earlier run must not stand beside this run's reports, should this one end early
            Files.deleteIfExists(request.reportsDirectory().resolve(NetmoveProperties.SUMMARY_REPORT));
        } catch (IOException e) {
            throw new RunConfigurationException(NetmoveProperties.REPORTS_DIRECTORY + ": cannot create "
                    + request.reportsDirectory() + " (" + e + "); choose a writable folder", e);
        }
        ProjectFolder.set(request.baseFolder());
        ScenarioTraces.clear(request.reportsDirectory());

        // a feature file that does not parse is an error at its line; the others still run
        FeatureFiles files = FeatureFiles.of(request.features(), request.baseFolder());
        LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request()
                .selectors(files.runnable().stream()
                        .map(file -> (DiscoverySelector) DiscoverySelectors.selectFile(file.toFile())).toList())
                .configurationParameters(configuration(request))
                .build();
        ScenarioOutcomeCollector collector = new ScenarioOutcomeCollector(request);
        RunSummaries.expect(request.reportsDirectory());
        RunSummary headlines;
        try (LauncherSession session = LauncherFactory.openSession(cucumberOnly())) {
            session.getLauncher().execute(discovery, collector);
        } finally {
            headlines = RunSummaries.take(request.reportsDirectory()).orElse(RunSummary.NONE);
        }
        RunResult result = collector.result().withErrors(files.broken()).withHeadlines(headlines);
        writeSummary(request.reportsDirectory(), result);
        return result;
    }

    /**
     * {@value NetmoveProperties#SUMMARY_REPORT}: the counts line, then the headline facts, as the build log ends;
     * last, a warning when the suite's change named a topology no scenario loaded.
     */
    private static void writeSummary(Path reports, RunResult result) {
        List<String> lines = new java.util.ArrayList<>();
        // as the console's line: a run on a change file says which (TOPOLOGY.md "Change files")
        lines.add(result.summary() + SuiteChange.get().map(c -> " with change " + c.title()).orElse(""));
        lines.addAll(result.headlines().lines());
        SuiteChange.changedNothing().ifPresent(warning -> lines.add("warning: " + warning));
        try {
            Files.writeString(reports.resolve(NetmoveProperties.SUMMARY_REPORT), String.join("\n", lines) + "\n",
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RunConfigurationException(NetmoveProperties.REPORTS_DIRECTORY + ": cannot write "
                    + reports.resolve(NetmoveProperties.SUMMARY_REPORT) + " (" + e + "); choose a writable folder", e);
        }
    }

    /**
     * A launcher with Cucumber's engine and nothing found on the class path: a project's test class path
     * may hold other engines or listeners, possibly of other JUnit versions, that have no business here.
     */
    private static LauncherConfig cucumberOnly() {
        return LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestEngines(new CucumberTestEngine())
                .build();
    }

    /** The configuration parameters handed to Cucumber's engine, in a stable order. */
    static Map<String, String> configuration(RunRequest request) {
        Path reports = request.reportsDirectory();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("cucumber.glue", String.join(",", request.gluePackages()));
        parameters.put("cucumber.plugin", String.join(", ",
                "html:" + reports.resolve(NetmoveProperties.HTML_REPORT),
                "json:" + reports.resolve(NetmoveProperties.JSON_REPORT),
                "junit:" + reports.resolve(NetmoveProperties.JUNIT_REPORT),
                NetmoveReportPlugin.class.getName() + ":" + reports,
                ScenarioWatch.class.getName() + ":" + request.scenarioTimeout().toMillis()));
        parameters.put("cucumber.publish.quiet", "true");
        // ids numbered in run order: Cucumber's reports then differ between two runs only by the clock
        parameters.put("cucumber.uuid-generator", RunOrderIds.class.getName());
        parameters.put("cucumber.publish.enabled", "false");
        // Scenario outline examples are named after their pickle ("web01 moves to esx-b3"), not "Example #1.1".
        parameters.put("cucumber.junit-platform.naming-strategy", "short");
        parameters.put("cucumber.junit-platform.naming-strategy.short.example-name", "pickle");
        if (request.tags() != null) {
            parameters.put("cucumber.filter.tags", request.tags());
        }
        return parameters;
    }

    private static boolean isFeatureFile(Path path) {
        return FeatureFiles.isFeatureFile(path);
    }
}
