package dev.netmove.runner;

import dev.netmove.report.RunSummary;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands the run's summary from {@link NetmoveReportPlugin} to {@link FeatureRunner} as a value, keyed by the
 * reports folder, rather than through {@value NetmoveProperties#SUMMARY_REPORT} read back from disk. A run
 * that nobody waits for (the plugin registered by a project's own JUnit suite) hands nothing over.
 */
final class RunSummaries {

    private static final Map<Path, AtomicReference<RunSummary>> WAITING = new ConcurrentHashMap<>();

    private RunSummaries() {
    }

    /** Waits for the summary of the run that writes its report to {@code reportsDirectory}. */
    static void expect(Path reportsDirectory) {
        WAITING.put(key(reportsDirectory), new AtomicReference<>());
    }

    /** The summary handed over for {@code reportsDirectory}, if any; stops waiting for it. */
    static Optional<RunSummary> take(Path reportsDirectory) {
        AtomicReference<RunSummary> place = WAITING.remove(key(reportsDirectory));
        return place == null ? Optional.empty() : Optional.ofNullable(place.get());
    }

    /** Hands {@code summary} over, when a run waits for it; whether one did (it then writes the summary itself). */
    static boolean hand(Path reportsDirectory, RunSummary summary) {
        AtomicReference<RunSummary> place = WAITING.get(key(reportsDirectory));
        if (place != null) {
            place.set(summary);
        }
        return place != null;
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
