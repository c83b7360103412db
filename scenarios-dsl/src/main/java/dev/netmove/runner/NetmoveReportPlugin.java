package dev.netmove.runner;

import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.QuantityFormatException;
import dev.netmove.report.ReportPage;
import dev.netmove.report.RunSummary;
import dev.netmove.report.ScenarioFigures;
import dev.netmove.report.ScenarioReport;
import dev.netmove.report.Threshold;
import dev.netmove.report.UtilizationChart;
import dev.netmove.steps.ProjectFolder;
import dev.netmove.steps.ReportHooks;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Cucumber plugin that writes netmove's own report when a run ends: {@value NetmoveProperties#INDEX_REPORT}
 * (one self-contained HTML file with each scenario's result, pictures and figures) and
 * {@value NetmoveProperties#SUMMARY_REPORT} (the run's few headline facts, for the console). It reads the
 * attachments {@link ReportHooks} makes, and the utilization limits asserted in the scenarios' step texts.
 *
 * <p>Registered by {@link FeatureRunner} as {@code dev.netmove.runner.NetmoveReportPlugin:<reports folder>}.
 */
public final class NetmoveReportPlugin implements ConcurrentEventListener {

    private static final Pattern LINK_LIMIT = Pattern.compile("link \"([^\"]*)\" stays below (\\d+(?:\\.\\d+)?\\s?%) utilization");
    private static final Pattern EVERY_LINK_LIMIT = Pattern.compile("every link stays below (\\d+(?:\\.\\d+)?\\s?%) utilization");

    private final Path reportsDirectory;
    private final Map<UUID, Attachments> attachments = new HashMap<>();
    private final List<ScenarioReport> scenarios = new ArrayList<>();

    /** @param reportsDirectory the folder to write the report to (created when missing) */
    public NetmoveReportPlugin(String reportsDirectory) {
        this.reportsDirectory = Path.of(reportsDirectory).toAbsolutePath().normalize();
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(EmbedEvent.class, this::attached);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> write());
    }

    private synchronized void attached(EmbedEvent event) {
        Attachments found = attachments.computeIfAbsent(event.getTestCase().getId(), id -> new Attachments());
        String text = new String(event.getData(), StandardCharsets.UTF_8);
        if (ReportHooks.TOPOLOGY_PICTURE.equals(event.getName())) {
            found.topology = Optional.of(text);
        } else if (ReportHooks.FIGURES.equals(event.getName()) && ScenarioFigures.MEDIA_TYPE.equals(event.getMediaType())) {
            try {
                found.figures = ScenarioFigures.parse(text);
            } catch (IllegalArgumentException e) {
                // written by this same build, so this cannot happen unless the hook is replaced; show no figures
                found.figures = ScenarioFigures.NONE;
            }
        }
    }

    private synchronized void finished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        Attachments found = attachments.remove(testCase.getId());
        if (found == null) {
            found = new Attachments();
        }
        ScenarioFigures figures = found.figures.withThresholds(thresholds(testCase));
        List<ScenarioReport.Picture> pictures = new ArrayList<>();
        found.topology.ifPresent(svg -> pictures.add(new ScenarioReport.Picture("topology", svg)));
        if (!figures.links().isEmpty()) {
            pictures.add(new ScenarioReport.Picture("utilization",
                    UtilizationChart.render(figures.links(), figures.thresholds())));
        }
        Result result = event.getResult();
        scenarios.add(new ScenarioReport(testCase.getName(), result.getStatus().name(), shownFile(testCase.getUri()),
                testCase.getLocation().getLine(), message(result), pictures, figures));
    }

    /** The utilization limits in the scenario's step texts (the steps of STEPS.md that assert one). */
    static List<Threshold> thresholds(TestCase testCase) {
        List<Threshold> found = new ArrayList<>();
        for (TestStep step : testCase.getTestSteps()) {
            if (!(step instanceof PickleStepTestStep pickleStep)) {
                continue;
            }
            String text = pickleStep.getStep().getText();
            try {
                Matcher one = LINK_LIMIT.matcher(text);
                Matcher every = EVERY_LINK_LIMIT.matcher(text);
                if (one.matches()) {
                    found.add(new Threshold(Optional.of(one.group(1)), Percent.parse(one.group(2).replace(" ", ""))));
                } else if (every.matches()) {
                    found.add(new Threshold(Optional.empty(), Percent.parse(every.group(1).replace(" ", ""))));
                }
            } catch (QuantityFormatException e) {
                // the step itself reports the bad number; the picture just goes without this limit
            }
        }
        return found;
    }

    private static String message(Result result) {
        return switch (result.getStatus()) {
            case PASSED, SKIPPED -> "";
            case UNDEFINED -> "a step of this scenario matches no step definition";
            default -> {
                Throwable error = result.getError();
                if (error == null) {
                    yield result.getStatus().name().toLowerCase(Locale.ROOT);
                }
                yield error.getMessage() == null ? error.getClass().getName() : error.getMessage();
            }
        };
    }

    private static String shownFile(URI uri) {
        if (uri == null || !"file".equals(uri.getScheme())) {
            return uri == null ? "" : uri.toString();
        }
        Path file = real(Path.of(uri));
        Path base = real(ProjectFolder.get());
        return file.startsWith(base) ? base.relativize(file).toString().replace('\\', '/') : file.toString();
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
        try {
            Files.createDirectories(reportsDirectory);
            Files.writeString(reportsDirectory.resolve(NetmoveProperties.INDEX_REPORT),
                    ReportPage.render("netmove report", all), StandardCharsets.UTF_8);
            Files.writeString(reportsDirectory.resolve(NetmoveProperties.SUMMARY_REPORT),
                    String.join("\n", RunSummary.of(all).lines()) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write netmove's report to " + reportsDirectory, e);
        }
    }

    /** What a scenario attached for the report so far. */
    private static final class Attachments {
        private Optional<String> topology = Optional.empty();
        private ScenarioFigures figures = ScenarioFigures.NONE;
    }
}
