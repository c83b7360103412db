package dev.netmove.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One scenario as the HTML report shows it: how it ended, where it is, its pictures and its figures.
 *
 * @param name     the scenario's name
 * @param status   how it ended, e.g. {@code PASSED}, {@code FAILED}, {@code UNDEFINED}, {@code SKIPPED}
 * @param file     the feature file as shown to users
 * @param line     the scenario's line in it (0 when unknown)
 * @param message  why it failed, empty when it passed
 * @param pictures SVG pictures in the order drawn
 * @param figures  what it measured
 */
public record ScenarioReport(String name, String status, String file, int line, String message,
                             List<Picture> pictures, ScenarioFigures figures) {

    /** Feature file, then line, then name: the order of the report. */
    public static final Comparator<ScenarioReport> ORDER = Comparator.comparing(ScenarioReport::file)
            .thenComparingInt(ScenarioReport::line).thenComparing(ScenarioReport::name);

    public ScenarioReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(file, "file");
        message = message == null ? "" : message;
        pictures = List.copyOf(pictures);
        Objects.requireNonNull(figures, "figures");
    }

    /** {@code features/vlans/vlan-across-pods.feature:12}, or the file alone when the line is unknown. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }

    /** Whether it passed. */
    public boolean passed() {
        return "PASSED".equals(status);
    }

    /**
     * A picture of a scenario.
     *
     * @param name what it shows, e.g. {@code topology}
     * @param svg  the SVG document
     */
    public record Picture(String name, String svg) {
        public Picture {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(svg, "svg");
        }
    }
}
