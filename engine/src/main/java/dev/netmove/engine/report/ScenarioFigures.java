package dev.netmove.engine.report;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a scenario measured, in a plain line-based text form that travels from the scenario (as a Cucumber
 * attachment of media type {@value #MEDIA_TYPE}) to the report writer: no JSON library needed on either side.
 *
 * @param migrations the simulated migrations, in the order asked for
 * @param links      the link directions migration traffic crossed, in the order first crossed
 * @param thresholds the utilization limits the scenario asserted, sorted
 * @param vlanDrops  why a VLAN did not get through, one sentence each, in the order found
 * @param gatewayMoves moved VMs' paths to their default gateway before and after the move, in the order moved
 */
public record ScenarioFigures(List<MigrationFigures> migrations, List<LinkTimeline> links,
                              List<Threshold> thresholds, List<String> vlanDrops, List<GatewayMove> gatewayMoves) {

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

    /** These figures with more thresholds (duplicates dropped). */
    public ScenarioFigures withThresholds(List<Threshold> more) {
        List<Threshold> all = new ArrayList<>(thresholds);
        all.addAll(more);
        return new ScenarioFigures(migrations, links, all, vlanDrops, gatewayMoves);
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

    /**
     * Reads the text form back.
     *
     * @throws IllegalArgumentException when {@code text} is not the text form of this version
     */
    public static ScenarioFigures parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            throw new IllegalArgumentException("not netmove figures: the first line should be '" + HEADER + "'");
        }
        List<MigrationFigures> migrations = new ArrayList<>();
        List<LinkTimeline> links = new ArrayList<>();
        List<Threshold> thresholds = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        List<GatewayMove> gatewayMoves = new ArrayList<>();
        // a gateway line's numbers wait for its before and after lines
        String[] gateway = null;
        List<String> before = null;
        for (int i = 1; i < lines.length; i++) {
            String[] f = Arrays.stream(lines[i].split("\t", -1)).map(ScenarioFigures::unescape).toArray(String[]::new);
            try {
                switch (f[0]) {
                    case "migration" -> migrations.add(new MigrationFigures(f[1], f[2], f[3], Boolean.parseBoolean(f[4]),
                            Integer.parseInt(f[5]), DataSize.ofBytes(Long.parseLong(f[6])),
                            TimeSpan.ofNanos(Long.parseLong(f[7])),
                            f[8].equals("-") ? Optional.empty() : Optional.of(TimeSpan.ofNanos(Long.parseLong(f[8]))),
                            List.of()));
                    case "path" -> {
                        MigrationFigures last = migrations.remove(migrations.size() - 1);
                        migrations.add(new MigrationFigures(last.vm(), last.source(), last.destination(),
                                last.completes(), last.rounds(), last.sent(), last.totalTime(), last.downtime(),
                                Arrays.asList(f).subList(1, f.length), last.boundBy()));
                    }
                    case "bound" -> migrations.add(migrations.remove(migrations.size() - 1).withBoundBy(f[1]));
                    case "link" -> links.add(new LinkTimeline(f[1], f[2], f[3],
                            Bandwidth.ofBitsPerSecond(Long.parseLong(f[4])),
                            Bandwidth.ofBitsPerSecond(Long.parseLong(f[5])), List.of()));
                    case "stretch" -> {
                        LinkTimeline last = links.remove(links.size() - 1);
                        List<LinkTimeline.Stretch> stretches = new ArrayList<>(last.stretches());
                        stretches.add(new LinkTimeline.Stretch(TimeSpan.ofNanos(Long.parseLong(f[1])),
                                TimeSpan.ofNanos(Long.parseLong(f[2])), Bandwidth.ofBitsPerSecond(Long.parseLong(f[3]))));
                        links.add(new LinkTimeline(last.link(), last.from(), last.to(), last.speed(), last.background(),
                                stretches));
                    }
                    case "threshold" -> thresholds.add(new Threshold(
                            f[1].equals("*") ? Optional.empty() : Optional.of(f[1]), Percent.ofPpm(Long.parseLong(f[2]))));
                    case "drop" -> drops.add(f[1]);
                    case "gateway" -> {
                        gateway = f;
                        before = null;
                    }
                    case "before" -> before = Arrays.asList(f).subList(1, f.length);
                    case "after" -> {
                        if (gateway == null || before == null) {
                            throw new IllegalArgumentException("an 'after' line must follow a 'gateway' and a 'before' line");
                        }
                        gatewayMoves.add(new GatewayMove(gateway[1], before, Integer.parseInt(gateway[2]),
                                Arrays.asList(f).subList(1, f.length), Integer.parseInt(gateway[3])));
                        gateway = null;
                        before = null;
                    }
                    default -> throw new IllegalArgumentException("unknown kind '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("netmove figures, line " + (i + 1) + ": cannot read '" + lines[i]
                        + "' (" + e.getMessage() + ")", e);
            }
        }
        return new ScenarioFigures(migrations, links, thresholds, drops, gatewayMoves);
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

    private static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
