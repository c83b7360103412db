package dev.netmove.report;


import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scenario measured and asserted, handed to netmove's report as a value and attached to the scenario in
 * Cucumber's report in a plain line-based text form (media type {@value #MEDIA_TYPE}) for people and tools.
 *
 * @param migrations the simulated migrations, in the order asked for
 * @param links      the link directions migration traffic crossed, in the order first crossed
 * @param thresholds the utilization limits the scenario asserted, sorted
 * @param vlanDrops  why a VLAN did not get through, one sentence each, in the order found
 * @param gatewayMoves moved VMs' paths to their default gateway before and after the move, in the order moved
 * @param change     the change (change request) the scenario ran, when it ran one
 */
public record ScenarioFigures(List<MigrationFigures> migrations, List<LinkTimeline> links,
                              List<Threshold> thresholds, List<String> vlanDrops, List<GatewayMove> gatewayMoves,
                              Optional<ChangeRan> change) {

    /** The media type of the text form. */
    public static final String MEDIA_TYPE = "text/x.netmove.figures";

    private static final String HEADER = "netmove-figures 1";

    /** A scenario that measured nothing. */
    public static final ScenarioFigures NONE = new ScenarioFigures(List.of(), List.of(), List.of(), List.of());

    public ScenarioFigures {
        migrations = List.copyOf(migrations);
        links = List.copyOf(links);
        thresholds = thresholds.stream().distinct().sorted().toList();
        vlanDrops = List.copyOf(vlanDrops);
        gatewayMoves = List.copyOf(gatewayMoves);
        Objects.requireNonNull(change, "change");
    }

    /**
     * The change a scenario ran.
     *
     * @param title its {@code change:} title
     * @param file  its file as shown to users, empty for a change written in the feature file
     */
    public record ChangeRan(String title, String file) {
        public ChangeRan {
            Objects.requireNonNull(title, "title");
            file = file == null ? "" : file;
        }
    }

    /** Figures of a scenario that ran no change. */
    public ScenarioFigures(List<MigrationFigures> migrations, List<LinkTimeline> links, List<Threshold> thresholds,
                           List<String> vlanDrops, List<GatewayMove> gatewayMoves) {
        this(migrations, links, thresholds, vlanDrops, gatewayMoves, Optional.empty());
    }

    /** The same figures, for a scenario that ran {@code change}. */
    public ScenarioFigures withChange(ChangeRan change) {
        return new ScenarioFigures(migrations, links, thresholds, vlanDrops, gatewayMoves, Optional.of(change));
    }

    /** Figures without gateway paths. */
    public ScenarioFigures(List<MigrationFigures> migrations, List<LinkTimeline> links, List<Threshold> thresholds,
                           List<String> vlanDrops) {
        this(migrations, links, thresholds, vlanDrops, List.of());
    }

    /** The moved VMs whose path to their gateway enters the core more often after the move. */
    public List<GatewayMove> trombones() {
        return gatewayMoves.stream().filter(GatewayMove::trombone).toList();
    }

    /** The text form: a header line, then one tab-separated line per fact. */
    public String toText() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (MigrationFigures m : migrations) {
            line(out, "migration", m.vm(), m.source(), m.destination(), Boolean.toString(m.completes()),
                    Integer.toString(m.rounds()), Long.toString(m.sent().bytes()), Long.toString(m.totalTime().nanos()),
                    m.downtime().map(d -> Long.toString(d.nanos())).orElse("-"));
            List<String> path = new ArrayList<>();
            path.add("path");
            path.addAll(m.path());
            line(out, path.toArray(String[]::new));
            if (!m.boundBy().isEmpty()) {
                line(out, "bound", m.boundBy());
            }
        }
        for (LinkTimeline link : links) {
            line(out, "link", link.link(), link.from(), link.to(), Long.toString(link.speed().bitsPerSecond()),
                    Long.toString(link.background().bitsPerSecond()));
            for (LinkTimeline.Stretch s : link.stretches()) {
                line(out, "stretch", Long.toString(s.from().nanos()), Long.toString(s.to().nanos()),
                        Long.toString(s.vmotion().bitsPerSecond()));
            }
        }
        for (Threshold t : thresholds) {
            line(out, "threshold", t.link().orElse("*"), Long.toString(t.limit().ppm()));
        }
        for (String drop : vlanDrops) {
            line(out, "drop", drop);
        }
        for (GatewayMove move : gatewayMoves) {
            line(out, "gateway", move.vm(), Integer.toString(move.coreCrossingsBefore()),
                    Integer.toString(move.coreCrossingsAfter()));
            List<String> before = new ArrayList<>(List.of("before"));
            before.addAll(move.before());
            line(out, before.toArray(String[]::new));
            List<String> after = new ArrayList<>(List.of("after"));
            after.addAll(move.after());
            line(out, after.toArray(String[]::new));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(escape(fields[i]));
        }
        out.append('\n');
    }

    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
