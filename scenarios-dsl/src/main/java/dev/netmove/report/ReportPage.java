package dev.netmove.report;


import dev.netmove.engine.quantity.Rounded;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes netmove's HTML report: one self-contained file (inline CSS and SVG, no script, no font, nothing
 * fetched) with a summary of the scenarios, then per scenario its pictures and figures as tables. Each
 * distinct topology base ({@link DiagramBase}) is written once, as symbols at the top of the page, named
 * {@value #BASE_ID}1, 2... in the order first used; each scenario's topology picture uses it and adds its own marks.
 */
public final class ReportPage {

    private static final String CSS = """
            body{font-family:sans-serif;margin:24px;color:#24292f;background:#ffffff}
            h1{font-size:22px;margin:0 0 4px}
            h2{font-size:17px;margin:28px 0 4px;padding-top:12px;border-top:1px solid #d0d7de}
            h3{font-size:14px;margin:16px 0 6px;color:#57606a}
            table{border-collapse:collapse;margin:6px 0 12px;font-size:13px}
            th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f6f8fa}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            .status{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:bold;color:#ffffff}
            .PASSED{background:#1a7f37}.FAILED{background:#cf222e}.UNDEFINED{background:#bf8700}.SKIPPED{background:#6e7781}
            .where{color:#57606a;font-size:13px}
            pre{background:#fff8f8;border:1px solid #ffcecb;padding:8px;white-space:pre-wrap;font-size:12px}
            .facts{color:#57606a;margin:0 0 12px}
            ul.trombones{color:#8250df;margin:0 0 12px}
            svg{max-width:100%;height:auto;display:block;margin:8px 0;border:1px solid #eaeef2}
            svg.bases{position:absolute;width:0;height:0;margin:0;border:0;overflow:hidden}
            a{color:#0969da}
            """;

    /** The start of the ids of the topology bases' symbols. */
    public static final String BASE_ID = "netmove-base-";

    private ReportPage() {
    }

    /** The report of {@code scenarios} (shown in file and line order) as one HTML document. */
    public static String render(String title, List<ScenarioReport> scenarios) {
        List<ScenarioReport> ordered = scenarios.stream().sorted(ScenarioReport.ORDER).toList();
        RunSummary summary = RunSummary.of(ordered);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Markup.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(Markup.escape(title)).append("</h1>\n<p class=\"facts\">")
                .append(ordered.size()).append(ordered.size() == 1 ? " scenario, " : " scenarios, ")
                .append(summary.passed()).append(" passed, ").append(summary.notPassed()).append(" not passed");
        for (String line : summary.lines()) {
            if (summary.trombones().isEmpty() || summary.trombonesLine().filter(line::equals).isEmpty()) {
                html.append("<br>").append(Markup.escape(line));
            }
        }
        if (!summary.trombones().isEmpty()) {
            // one trombone a line: the console packs them into one line, a page need not
            html.append("<br>trombones: ").append(summary.trombones().size()).append("</p>\n<ul class=\"trombones\">\n");
            for (String trombone : summary.trombones()) {
                html.append("<li>").append(Markup.escape(trombone)).append("</li>\n");
            }
            html.append("</ul>\n");
        } else {
            html.append("</p>\n");
        }

        Map<DiagramBase, String> bases = new LinkedHashMap<>();
        for (ScenarioReport s : ordered) {
            s.topology().ifPresent(t -> bases.computeIfAbsent(t.base(), b -> BASE_ID + (bases.size() + 1)));
        }
        if (!bases.isEmpty()) {
            // one hidden SVG holds what the scenarios' pictures share; each picture refers to it with <use>
            html.append("<svg class=\"bases\" xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" "
                    + "font-family=\"sans-serif\" font-size=\"12\"><defs>\n");
            bases.forEach((base, id) -> html.append(base.symbols(id)));
            html.append("</defs></svg>\n");
        }

        html.append("<table>\n<tr><th>status</th><th>scenario</th><th>where</th><th>message</th></tr>\n");
        for (int i = 0; i < ordered.size(); i++) {
            ScenarioReport s = ordered.get(i);
            html.append("<tr><td><span class=\"status ").append(cssStatus(s.status())).append("\">")
                    .append(Markup.escape(s.status())).append("</span></td><td><a href=\"#")
                    .append(Markup.escape(ScenarioReport.fragment(s.anchor()))).append("\">")
                    .append(Markup.escape(s.name())).append("</a></td><td>").append(Markup.escape(s.location()))
                    .append("</td><td>").append(Markup.escape(firstLine(s.message()))).append("</td></tr>\n");
        }
        html.append("</table>\n");

        for (ScenarioReport s : ordered) {
            scenario(html, s, bases);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void scenario(StringBuilder html, ScenarioReport s, Map<DiagramBase, String> bases) {
        html.append("<h2 id=\"").append(Markup.escape(s.anchor())).append("\"><span class=\"status ")
                .append(cssStatus(s.status()))
                .append("\">").append(Markup.escape(s.status())).append("</span> ").append(Markup.escape(s.name()))
                .append("</h2>\n<div class=\"where\">").append(Markup.escape(s.location())).append("</div>\n");
        if (!s.message().isBlank()) {
            html.append("<pre>").append(Markup.escape(s.message().strip())).append("</pre>\n");
        }
        ScenarioFigures figures = s.figures();
        if (!figures.vlanDrops().isEmpty()) {
            html.append("<h3>Where the VLAN stops</h3>\n<ul>\n");
            for (String drop : figures.vlanDrops()) {
                html.append("<li>").append(Markup.escape(drop)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        s.topology().ifPresent(t -> html.append(t.using(bases.get(t.base())).strip()).append('\n'));
        for (ScenarioReport.Picture picture : s.pictures()) {
            html.append(picture.svg().strip()).append('\n');
        }
        if (!figures.migrations().isEmpty()) {
            html.append("<h3>Migrations</h3>\n<table>\n<tr><th>VM</th><th>from</th><th>to</th><th>rounds</th>"
                    + "<th>sent</th><th>total time</th><th>downtime</th><th>bound by</th><th>path</th></tr>\n");
            for (MigrationFigures m : figures.migrations()) {
                html.append("<tr><td>").append(Markup.escape(m.vm())).append("</td><td>")
                        .append(Markup.escape(m.source())).append("</td><td>").append(Markup.escape(m.destination()))
                        .append("</td><td class=\"n\">").append(m.rounds()).append("</td><td class=\"n\">")
                        .append(Rounded.size(m.sent())).append("</td><td class=\"n\">").append(Rounded.time(m.totalTime()))
                        .append("</td><td class=\"n\">")
                        .append(m.downtime().map(Rounded::time).orElse(m.completes() ? "" : "never completes"))
                        .append("</td><td>").append(Markup.escape(m.boundBy()))
                        .append("</td><td>").append(Markup.escape(String.join(" > ", m.path()))).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!figures.gatewayMoves().isEmpty()) {
            html.append("<h3>Default gateway before and after the move</h3>\n<table>\n<tr><th>VM</th>"
                    + "<th>path before</th><th>core crossings</th><th>path after</th><th>core crossings</th>"
                    + "<th>trombone</th></tr>\n");
            for (GatewayMove move : figures.gatewayMoves()) {
                html.append("<tr><td>").append(Markup.escape(move.vm())).append("</td><td>")
                        .append(Markup.escape(String.join(" > ", move.before()))).append("</td><td class=\"n\">")
                        .append(move.coreCrossingsBefore()).append("</td><td>")
                        .append(Markup.escape(String.join(" > ", move.after()))).append("</td><td class=\"n\">")
                        .append(move.coreCrossingsAfter()).append("</td><td>")
                        .append(move.trombone() ? "yes, " + move.extraCoreCrossings() + " more" : "no")
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!figures.links().isEmpty()) {
            html.append("<h3>Links</h3>\n<table>\n<tr><th>link</th><th>direction</th><th>speed</th>"
                    + "<th>background</th><th>peak</th></tr>\n");
            List<LinkTimeline> byPeak = figures.links().stream()
                    .sorted(Comparator.comparing(LinkTimeline::peak).reversed()
                            .thenComparing(LinkTimeline::label))
                    .toList();
            for (LinkTimeline link : byPeak) {
                html.append("<tr><td>").append(Markup.escape(link.link())).append("</td><td>")
                        .append(Markup.escape(link.from() + " > " + link.to())).append("</td><td class=\"n\">")
                        .append(Rounded.rate(link.speed())).append("</td><td class=\"n\">")
                        .append(Rounded.rate(link.background())).append("</td><td class=\"n\">")
                        .append(Rounded.share(link.peak())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!figures.thresholds().isEmpty()) {
            html.append("<div class=\"where\">Asserted: ");
            html.append(Markup.escape(String.join("; ", figures.thresholds().stream().map(Threshold::label).toList())));
            html.append("</div>\n");
        }
    }

    private static String cssStatus(String status) {
        return switch (status) {
            case "PASSED", "FAILED", "UNDEFINED", "SKIPPED" -> status;
            default -> "SKIPPED";
        };
    }

    private static String firstLine(String message) {
        String stripped = message.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end);
    }
}
