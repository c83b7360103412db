package dev.netmove.steps;

import dev.netmove.report.MobilityFigure;
import dev.netmove.report.MobilityMatrixChart;
import dev.netmove.report.ScenarioFigures;
import dev.netmove.report.ScenarioReport;
import dev.netmove.report.UtilizationChart;

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
     * @param charts   the pictures after the topology, already drawn (for Cucumber's report): the utilization
     *                 chart when a link was crossed, then one per mobility matrix; drawn once for both reports
     */
    public record Handed(Optional<String> topology, ScenarioFigures figures, java.util.List<MobilityFigure> mobility,
                         java.util.List<ScenarioReport.Picture> charts) {
        public Handed {
            Objects.requireNonNull(topology, "topology");
            Objects.requireNonNull(figures, "figures");
            mobility = java.util.List.copyOf(mobility);
            charts = java.util.List.copyOf(charts);
        }

        /** What a scenario hands over, its charts drawn from its figures and mobility matrices. */
        public Handed(Optional<String> topology, ScenarioFigures figures, java.util.List<MobilityFigure> mobility) {
            this(topology, figures, mobility, charts(figures, mobility));
        }

        /** What a scenario without mobility matrices hands over. */
        public Handed(Optional<String> topology, ScenarioFigures figures) {
            this(topology, figures, java.util.List.of());
        }

        private static java.util.List<ScenarioReport.Picture> charts(ScenarioFigures figures,
                                                                     java.util.List<MobilityFigure> mobility) {
            java.util.List<ScenarioReport.Picture> charts = new java.util.ArrayList<>();
            if (!figures.links().isEmpty()) {
                charts.add(new ScenarioReport.Picture(UTILIZATION,
                        UtilizationChart.render(figures.links(), figures.thresholds())));
            }
            mobility.forEach(m -> charts.add(new ScenarioReport.Picture(MOBILITY + m.cluster(),
                    MobilityMatrixChart.render(m))));
            return charts;
        }
    }

    /** The name of the utilization chart among a scenario's {@link Handed#charts()}. */
    public static final String UTILIZATION = "utilization";
    /** The start of a mobility matrix's name among a scenario's {@link Handed#charts()}, before the cluster. */
    public static final String MOBILITY = "mobility of cluster ";

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
