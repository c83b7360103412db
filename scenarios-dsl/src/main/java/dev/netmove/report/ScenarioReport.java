package dev.netmove.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One scenario as the HTML report shows it: how it ended, where it is, its pictures and its figures.
 *
 * @param name     the scenario's name
 * @param status   how it ended, e.g. {@code PASSED}, {@code FAILED}, {@code UNDEFINED}, {@code SKIPPED}
 * @param file     the feature file as shown to users
 * @param line     the scenario's line in it (0 when unknown)
 * @param message  why it failed, empty when it passed
 * @param pictures SVG pictures in the order drawn, after the topology picture
 * @param figures  what it measured
 * @param topology the picture of its topology with its findings on it, when it had a topology
 */
public record ScenarioReport(String name, String status, String file, int line, String message,
                             List<Picture> pictures, ScenarioFigures figures, Optional<TopologyPicture> topology) {

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
        Objects.requireNonNull(topology, "topology");
    }

    /** A scenario without a topology picture. */
    public ScenarioReport(String name, String status, String file, int line, String message,
                          List<Picture> pictures, ScenarioFigures figures) {
        this(name, status, file, line, message, pictures, figures, Optional.empty());
    }

    /**
     * The id of the scenario's section in netmove's report: its {@link #location()}, which links from
     * Cucumber's report ({@code index.html#} and the location, {@link #fragment(String)}) can name without
     * knowing the page.
     */
    public String anchor() {
        return anchor(file, line);
    }

    /** The {@link #anchor()} of the scenario at {@code line} of {@code file} (as shown to users). */
    public static String anchor(String file, int line) {
        return line > 0 ? file + ":" + line : file;
    }

    /** {@code anchor} written as a URI fragment: characters other than unreserved ones, / and : percent-encoded. */
    public static String fragment(String anchor) {
        StringBuilder out = new StringBuilder();
        for (byte b : anchor.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~/:".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
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
