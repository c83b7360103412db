package dev.netmove.runner;

import dev.netmove.steps.RunningStep;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.TestStepStarted;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A Cucumber plugin that watches each scenario while it runs: which step runs (so that a failure can name it),
 * whether the scenario has steps at all, and how long it takes. A scenario still running when its time limit
 * ends has its thread interrupted (the engine's loops stop on it) and is marked as out of time.
 *
 * <p>Registered by {@link FeatureRunner} as {@code dev.netmove.runner.ScenarioWatch:<limit in ms>}; the runner
 * reads what it saw through {@link #take(Path, int)}. Events arrive on the thread that runs the scenario.
 */
public final class ScenarioWatch implements ConcurrentEventListener {

    /** What the watch saw of one scenario. */
    record Seen(boolean noSteps, String lastStep, int lastStepLine, String failedStep, boolean timedOut,
                Duration limit) {
    }

    private static final Map<String, Seen> SEEN = new ConcurrentHashMap<>();
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "netmove scenario timer");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration limit;
    private final Map<String, Watched> running = new ConcurrentHashMap<>();

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
    }

    private void started(TestCaseStarted event) {
        TestCase testCase = event.getTestCase();
        boolean noSteps = testCase.getTestSteps().stream().noneMatch(step -> step instanceof PickleStepTestStep);
        Watched watched = new Watched(Thread.currentThread(), noSteps);
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
            if (event.getResult().getStatus() == Status.FAILED && watched.failed == null) {
                watched.failed = step.getStep().getKeyword() + step.getStep().getText();
                watched.failedLine = step.getStep().getLine();
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
        String failed = watched.failed == null ? null : watched.failed + " (line " + watched.failedLine + ")";
        String last = timedOut ? watched.stepOutOfTime
                : watched.step == null ? null : watched.step + " (line " + watched.line + ")";
        if (testCase.getUri() != null && "file".equals(testCase.getUri().getScheme())) {
            SEEN.put(key(Path.of(testCase.getUri()), testCase.getLocation().getLine()),
                    new Seen(watched.noSteps, last, watched.line, failed, timedOut, limit));
        }
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
