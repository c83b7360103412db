package dev.netmove.steps;

import dev.netmove.report.MobilityFigure;
import dev.netmove.report.MobilityMatrixChart;
import dev.netmove.report.ScenarioFigures;
import dev.netmove.report.ScenarioReport;
import dev.netmove.report.TopologyPicture;
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

    private static final Map<String, Place> WAITING = new ConcurrentHashMap<>();

    /** Where a report waits for a scenario: the link to its section (empty when unknown) and what it handed. */
    private record Place(String link, AtomicReference<Handed> handed) {
    }

    private ReportHandOver() {
    }

    /**
     * What a scenario handed over.
     *
     * @param topology the picture of the topology with the scenario's findings on it, when it had one
     * @param figures  what it measured and asserted
     * @param mobility the clusters' mobility matrices its steps worked out, in order
     * @param charts   the pictures after the topology, already drawn (for Cucumber's report): the utilization
     *                 chart when a link was crossed, then one per mobility matrix; drawn once for both reports
     */
    public record Handed(Optional<TopologyPicture> topology, ScenarioFigures figures,
                         java.util.List<MobilityFigure> mobility, java.util.List<ScenarioReport.Picture> charts) {
        public Handed {
            Objects.requireNonNull(topology, "topology");
            Objects.requireNonNull(figures, "figures");
            mobility = java.util.List.copyOf(mobility);
            charts = java.util.List.copyOf(charts);
        }

        /** What a scenario hands over, its charts drawn from its figures and mobility matrices. */
        public Handed(Optional<TopologyPicture> topology, ScenarioFigures figures,
                      java.util.List<MobilityFigure> mobility) {
            this(topology, figures, mobility, charts(figures, mobility));
        }

        /** What a scenario without mobility matrices hands over. */
        public Handed(Optional<TopologyPicture> topology, ScenarioFigures figures) {
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
        expect(testCaseId, "");
    }

    /**
     * Waits for what the test case {@code testCaseId} hands over, whose section in the report is at
     * {@code link} (a URI relative to Cucumber's reports, e.g. {@code index.html#features/a.feature:3}).
     */
    public static void expect(String testCaseId, String link) {
        WAITING.put(testCaseId, new Place(Objects.requireNonNull(link, "link"), new AtomicReference<>()));
    }

    /** What the test case {@code testCaseId} handed over, if anything; stops waiting for it. */
    public static Optional<Handed> take(String testCaseId) {
        Place place = WAITING.remove(testCaseId);
        return place == null ? Optional.empty() : Optional.ofNullable(place.handed().get());
    }

    /** The link to the test case's section in the report that waits for it, when one does and said where. */
    static Optional<String> link(String testCaseId) {
        Place place = WAITING.get(testCaseId);
        return place == null || place.link().isEmpty() ? Optional.empty() : Optional.of(place.link());
    }

    /** Hands {@code handed} over for the test case {@code testCaseId}, when a report waits for it. */
    static void hand(String testCaseId, Handed handed) {
        Place place = WAITING.get(testCaseId);
        if (place != null) {
            place.handed().set(handed);
        }
    }
}
