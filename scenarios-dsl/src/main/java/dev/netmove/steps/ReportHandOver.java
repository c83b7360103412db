package dev.netmove.steps;

import dev.netmove.report.MobilityFigure;
import dev.netmove.report.ScenarioFigures;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands what a scenario found, as values, from {@link ReportHooks} to netmove's report plugin in the same
 * run, keyed by the scenario's test case id: nothing is written out as text to be parsed back. The plugin
 * opens a place when a test case starts and takes what is in it when the test case finishes; a scenario that
 * no report plugin waits for hands nothing over, so nothing piles up.
 */
public final class ReportHandOver {

    private static final Map<String, AtomicReference<Handed>> WAITING = new ConcurrentHashMap<>();

    private ReportHandOver() {
    }

    /**
     * What a scenario handed over.
     *
     * @param topology the SVG picture of the topology with the scenario's findings on it, when it had one
     * @param figures  what it measured and asserted
     * @param mobility the clusters' mobility matrices its steps worked out, in order
     */
    public record Handed(Optional<String> topology, ScenarioFigures figures, java.util.List<MobilityFigure> mobility) {
        public Handed {
            Objects.requireNonNull(topology, "topology");
            Objects.requireNonNull(figures, "figures");
            mobility = java.util.List.copyOf(mobility);
        }

        /** What a scenario without mobility matrices hands over. */
        public Handed(Optional<String> topology, ScenarioFigures figures) {
            this(topology, figures, java.util.List.of());
        }
    }

    /** Waits for what the test case {@code testCaseId} hands over. */
    public static void expect(String testCaseId) {
        WAITING.put(testCaseId, new AtomicReference<>());
    }

    /** What the test case {@code testCaseId} handed over, if anything; stops waiting for it. */
    public static Optional<Handed> take(String testCaseId) {
        AtomicReference<Handed> place = WAITING.remove(testCaseId);
        return place == null ? Optional.empty() : Optional.ofNullable(place.get());
    }

    /** Hands {@code handed} over for the test case {@code testCaseId}, when a report waits for it. */
    static void hand(String testCaseId, Handed handed) {
        AtomicReference<Handed> place = WAITING.get(testCaseId);
        if (place != null) {
            place.set(handed);
        }
    }
}
