package dev.netmove.runner;

import dev.netmove.report.ReportPage;
import dev.netmove.report.ResultsDocument;
import dev.netmove.report.RunSummary;
import dev.netmove.report.ScenarioFigures;
import dev.netmove.report.ScenarioReport;
import dev.netmove.steps.SuiteChange;
import dev.netmove.steps.ProjectFolder;
import dev.netmove.steps.ReportHandOver;
import dev.netmove.steps.ReportHooks;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStepFinished;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Cucumber plugin that writes netmove's own report when a run ends: {@value NetmoveProperties#INDEX_REPORT}
 * (one self-contained HTML file with each scenario's result, pictures and figures) and
 * {@value ResultsDocument#FILE_NAME} (the same values for machines: CI, change-management tools). It takes each
 * scenario's picture and figures, as values, from what {@link ReportHooks} hands over ({@link ReportHandOver}),
 * and hands the run's summary to {@link FeatureRunner} the same way ({@link RunSummaries}), which writes
 * {@value NetmoveProperties#SUMMARY_REPORT} with the run's counts; run by a project's own JUnit suite, where
 * no runner waits, it writes that file itself (the run's few headline facts, for the console).
 *
 * <p>Registered by {@link FeatureRunner} as {@code dev.netmove.runner.NetmoveReportPlugin:<reports folder>}.
 */
public final class NetmoveReportPlugin implements ConcurrentEventListener {

    private final Path reportsDirectory;
    private final List<ScenarioReport> scenarios = new ArrayList<>();
    private final Map<String, String> mismatches = new ConcurrentHashMap<>();

    /** @param reportsDirectory the folder to write the report to (created when missing) */
    public NetmoveReportPlugin(String reportsDirectory) {
        this.reportsDirectory = Path.of(reportsDirectory).toAbsolutePath().normalize();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        // the link from Cucumber's report to the scenario's section in this one (both in the reports folder)
        publisher.registerHandlerFor(TestCaseStarted.class, event -> ReportHandOver.expect(
                event.getTestCase().getId().toString(), NetmoveProperties.INDEX_REPORT + "#" + ScenarioReport.fragment(
                        ScenarioReport.anchor(shownFile(event.getTestCase().getUri()),
                                event.getTestCase().getLocation().getLine()))));
        // a doc string or table the phrase does not take: the report says so as the build log does, not in Cucumber's
        // words (the Java method's signature)
        publisher.registerHandlerFor(TestStepFinished.class, event -> {
            if (event.getTestStep() instanceof PickleStepTestStep step) {
                ScenarioWatch.mismatch(step, event.getResult()).ifPresent(mismatch -> mismatches.putIfAbsent(
                        event.getTestCase().getId().toString(),
                        ScenarioVerdicts.argumentMismatch(mismatch, shownFile(event.getTestCase().getUri()))));
            }
        });
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> write());
    }

    private synchronized void finished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        ReportHandOver.Handed handed = ReportHandOver.take(testCase.getId().toString())
                .orElse(new ReportHandOver.Handed(Optional.empty(), ScenarioFigures.NONE));
        ScenarioFigures figures = handed.figures();
        // the charts were drawn once, for Cucumber's report too
        List<ScenarioReport.Picture> pictures = new ArrayList<>(handed.charts());
        Result result = event.getResult();
        boolean nothingChecked = result.getStatus() == io.cucumber.plugin.event.Status.PASSED
                && testCase.getTestSteps().stream().noneMatch(s -> s instanceof io.cucumber.plugin.event.PickleStepTestStep);
        // a scenario without steps checked nothing: it never counts as passed (ScenarioVerdicts says the same)
        scenarios.add(new ScenarioReport(testCase.getName(), nothingChecked ? "FAILED" : result.getStatus().name(),
                shownFile(testCase.getUri()), testCase.getLocation().getLine(),
                nothingChecked ? "nothing to check: the scenario has no steps"
                        : Optional.ofNullable(mismatches.remove(testCase.getId().toString()))
                        .orElseGet(() -> message(testCase, result)), pictures, figures,
                handed.topology()));
    }

    private static String message(TestCase testCase, Result result) {
        return switch (result.getStatus()) {
            case PASSED, SKIPPED -> "";
            case UNDEFINED -> undefined(testCase);
            default -> {
                Throwable error = result.getError();
                if (error == null) {
                    yield result.getStatus().name().toLowerCase(Locale.ROOT);
                }
                yield error.getMessage() == null ? error.getClass().getName() : error.getMessage();
            }
        };
    }

    /** As the build log says it: each step without a definition (those have no code location), with the closest phrases. */
    private static String undefined(TestCase testCase) {
        List<ScenarioWatch.Step> steps = testCase.getTestSteps().stream()
                .filter(step -> step instanceof PickleStepTestStep pickle && pickle.getCodeLocation() == null)
                .map(step -> ScenarioWatch.step((PickleStepTestStep) step)).toList();
        return steps.isEmpty() ? "a step of this scenario matches no step definition"
                : ScenarioVerdicts.undefined(steps, shownFile(testCase.getUri()));
    }

    private static String shownFile(URI uri) {
        if (uri == null || !"file".equals(uri.getScheme())) {
            return uri == null ? "" : uri.toString();
        }
        return ProjectFolder.shown(real(ProjectFolder.get()), real(Path.of(uri)));
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private synchronized void write() {
        List<ScenarioReport> all = scenarios.stream().sorted(ScenarioReport.ORDER).toList();
        RunSummary summary = RunSummary.of(all);
        try {
            Files.createDirectories(reportsDirectory);
            Files.writeString(reportsDirectory.resolve(NetmoveProperties.INDEX_REPORT),
                    ReportPage.render(SuiteChange.get().map(c -> "netmove report: change " + c.title()).orElse("netmove report"),
                            all), StandardCharsets.UTF_8);
            Files.writeString(reportsDirectory.resolve(ResultsDocument.FILE_NAME), ResultsDocument.render(all),
                    StandardCharsets.UTF_8);
            // a FeatureRunner waiting for the summary writes it with the run's counts (broken feature files
            // included); a project's own JUnit suite has no such runner, so the summary is written here
            if (!RunSummaries.hand(reportsDirectory, summary)) {
                Files.writeString(reportsDirectory.resolve(NetmoveProperties.SUMMARY_REPORT),
                        String.join("\n", summary.lines()) + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write netmove's report to " + reportsDirectory, e);
        }
    }
}
