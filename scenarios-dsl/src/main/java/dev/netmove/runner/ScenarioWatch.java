package dev.netmove.runner;

import dev.netmove.steps.RunningStep;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.DataTableArgument;
import io.cucumber.plugin.event.DocStringArgument;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.SnippetsSuggestedEvent;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.StepArgument;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestStep;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.TestStepStarted;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A Cucumber plugin that watches each scenario while it runs: which step runs (so that a failure can name it),
 * whether the scenario has steps at all, and how long it takes. A scenario still running when its time limit
 * ends has its thread interrupted (the engine's loops stop on it) and is marked as out of time.
 *
 * <p>Registered by {@link FeatureRunner} as {@code dev.netmove.runner.ScenarioWatch:<limit in ms>}; the runner
 * reads what it saw through {@link #take(Path, int)}. Events arrive on the thread that runs the scenario.
 */
public final class ScenarioWatch implements ConcurrentEventListener {

    /**
     * What the watch saw of one scenario.
     *
     * @param undefined         the steps no step definition matches, in order
     * @param argumentMismatch  the step whose doc string or table its definition does not take (or whose missing
     *                          one it needs), or null
     * @param unfilled          the steps that still hold an outline placeholder such as {@code <vm>}, in order
     * @param outlineNoExamples true when the scenario is a Scenario Outline without an Examples table
     */
    record Seen(boolean noSteps, String lastStep, int lastStepLine, String failedStep, boolean timedOut,
                Duration limit, List<Step> undefined, ArgumentMismatch argumentMismatch, List<Step> unfilled,
                boolean outlineNoExamples) {
    }

    /**
     * A step as written: {@code text} with its keyword ({@code When VM "web01" migrates ...}), its line, and what
     * follows it: {@code doc string}, {@code table} or empty.
     */
    record Step(String text, int line, String argument) {
    }

    /**
     * A step matched a definition that takes a different number of arguments than it has: {@code extra} when the
     * step carries a doc string or table the definition does not take, else it lacks one the definition needs;
     * {@code pattern} is the definition's phrase.
     */
    record ArgumentMismatch(Step step, String pattern, boolean extra) {
    }

    // Cucumber's text for a step definition that takes another number of arguments than the step has
    private static final String ARITY_MISMATCH = "However, the gherkin step has";
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>\\s][^<>]*>");

    private static final Map<String, Seen> SEEN = new ConcurrentHashMap<>();
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "netmove scenario timer");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration limit;
    private final Map<String, Watched> running = new ConcurrentHashMap<>();
    private final Map<String, Set<Integer>> suggested = new ConcurrentHashMap<>();
    // the lines of the feature files that hold outlines, read once each
    private final Map<URI, List<String>> featureLines = new ConcurrentHashMap<>();

    /** @param limitMillis the time limit of one scenario, in milliseconds */
    public ScenarioWatch(String limitMillis) {
        this.limit = Duration.ofMillis(Long.parseLong(limitMillis.strip()));
    }

    /** What the watch saw of the scenario at that line of that feature file (once: it is forgotten then). */
    static Optional<Seen> take(Path featureFile, int line) {
        return Optional.ofNullable(SEEN.remove(key(featureFile, line)));
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestCaseStarted.class, this::started);
        publisher.registerHandlerFor(TestStepStarted.class, this::stepStarted);
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        // every undefined step, also those after the first, which run as skipped
        publisher.registerHandlerFor(SnippetsSuggestedEvent.class, event -> suggested.computeIfAbsent(
                event.getUri() + ":" + event.getTestCaseLocation().getLine(), k -> ConcurrentHashMap.newKeySet())
                .add(event.getStepLocation().getLine()));
    }

    private void started(TestCaseStarted event) {
        TestCase testCase = event.getTestCase();
        boolean noSteps = testCase.getTestSteps().stream().noneMatch(step -> step instanceof PickleStepTestStep);
        Watched watched = new Watched(Thread.currentThread(), noSteps);
        for (TestStep testStep : testCase.getTestSteps()) {
            if (testStep instanceof PickleStepTestStep step && PLACEHOLDER.matcher(step.getStep().getText()).find()) {
                watched.unfilled.add(step(step));
            }
        }
        watched.outlineNoExamples = outlineWithoutExamples(testCase);
        watched.timer = TIMER.schedule(() -> watched.outOfTime(), limit.toNanos(), TimeUnit.NANOSECONDS);
        running.put(testCase.getId().toString(), watched);
    }

    private void stepStarted(TestStepStarted event) {
        Watched watched = running.get(event.getTestCase().getId().toString());
        if (watched != null && event.getTestStep() instanceof PickleStepTestStep step) {
            watched.step = step.getStep().getKeyword() + step.getStep().getText();
            watched.line = step.getStep().getLine();
            RunningStep.started(step.getStep().getLine());
        }
    }

    private void stepFinished(TestStepFinished event) {
        Watched watched = running.get(event.getTestCase().getId().toString());
        if (watched != null && event.getTestStep() instanceof PickleStepTestStep step) {
            RunningStep.ended();
            Result result = event.getResult();
            if (result.getStatus() == Status.UNDEFINED) {
                watched.undefinedLines.add(step.getStep().getLine());
            }
            if (result.getStatus() == Status.FAILED && watched.failed == null) {
                watched.failed = step.getStep().getKeyword() + step.getStep().getText();
                watched.failedLine = step.getStep().getLine();
                watched.mismatch = mismatch(step, result).orElse(null);
            }
        }
    }

    private void finished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        Watched watched = running.remove(testCase.getId().toString());
        if (watched == null) {
            return;
        }
        watched.timer.cancel(false);
        boolean timedOut = watched.end();
        // an interrupt meant for this scenario must not stop the next one on this thread
        Thread.interrupted();
        Set<Integer> undefinedLines = new HashSet<>(watched.undefinedLines);
        Set<Integer> suggestedLines = suggested.remove(testCase.getUri() + ":" + testCase.getLocation().getLine());
        if (suggestedLines != null) {
            undefinedLines.addAll(suggestedLines);
        }
        List<Step> undefined = testCase.getTestSteps().stream()
                .filter(s -> s instanceof PickleStepTestStep step && undefinedLines.contains(step.getStep().getLine()))
                .map(s -> step((PickleStepTestStep) s)).toList();
        String failed = watched.failed == null ? null : watched.failed + " (line " + watched.failedLine + ")";
        String last = timedOut ? watched.stepOutOfTime
                : watched.step == null ? null : watched.step + " (line " + watched.line + ")";
        if (testCase.getUri() != null && "file".equals(testCase.getUri().getScheme())) {
            SEEN.put(key(Path.of(testCase.getUri()), testCase.getLocation().getLine()),
                    new Seen(watched.noSteps, last, watched.line, failed, timedOut, limit,
                            undefined, watched.mismatch, List.copyOf(watched.unfilled),
                            watched.outlineNoExamples));
        }
    }

    /** The argument mismatch a failed step's result reports, if it reports one (in Cucumber's words). */
    static Optional<ArgumentMismatch> mismatch(PickleStepTestStep step, Result result) {
        String message = result.getError() == null ? null : result.getError().getMessage();
        if (message == null || !message.contains(ARITY_MISMATCH) || !message.startsWith("Step [")) {
            return Optional.empty();
        }
        int end = message.indexOf("] is defined with");
        String pattern = end < 0 ? "" : message.substring("Step [".length(), end);
        return Optional.of(new ArgumentMismatch(step(step), pattern, step.getStep().getArgument() != null));
    }

    static Step step(PickleStepTestStep step) {
        StepArgument argument = step.getStep().getArgument();
        String kind = argument instanceof DocStringArgument ? "doc string"
                : argument instanceof DataTableArgument ? "table" : "";
        return new Step(step.getStep().getKeyword() + step.getStep().getText(), step.getStep().getLine(), kind);
    }

    /**
     * A Scenario Outline without Examples runs as a plain scenario, at the outline's own line; an example of one
     * with Examples is at its table row.
     */
    private boolean outlineWithoutExamples(TestCase testCase) {
        String keyword = testCase.getKeyword();
        if (keyword == null || testCase.getUri() == null || !"file".equals(testCase.getUri().getScheme())
                || !(keyword.contains("Outline") || keyword.contains("Template"))) {
            return false;
        }
        List<String> lines = featureLines.computeIfAbsent(testCase.getUri(), uri -> {
            try {
                return Files.readAllLines(Path.of(uri), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        int line = testCase.getLocation().getLine();
        return line >= 1 && line <= lines.size() && !lines.get(line - 1).strip().startsWith("|");
    }

    private static String key(Path file, int line) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException | SecurityException e) {
            real = file.toAbsolutePath().normalize();
        }
        return real + ":" + line;
    }

    static String key(URI uri, int line) {
        return key(Path.of(uri), line);
    }

    /** One scenario while it runs. */
    private static final class Watched {
        private final Thread thread;
        private final boolean noSteps;
        private final Set<Integer> undefinedLines = ConcurrentHashMap.newKeySet();
        private final List<Step> unfilled = new ArrayList<>();
        private volatile ArgumentMismatch mismatch;
        private boolean outlineNoExamples;
        private volatile String step;
        private volatile int line;
        private volatile String failed;
        private volatile int failedLine;
        private volatile boolean timedOut;
        private ScheduledFuture<?> timer;

        Watched(Thread thread, boolean noSteps) {
            this.thread = thread;
            this.noSteps = noSteps;
        }

        private boolean done;

        private volatile String stepOutOfTime;

        synchronized void outOfTime() {
            if (!done) {
                timedOut = true;
                // the step running now: the steps after it still start (skipped) once it fails
                stepOutOfTime = step == null ? null : step + " (line " + line + ")";
                thread.interrupt();
            }
        }

        synchronized boolean end() {
            done = true;
            return timedOut;
        }
    }
}
