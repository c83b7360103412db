package dev.netmove.report;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.quantity.TimeSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws link utilization over a scenario's time as an SVG chart: one step line per link direction for the
 * busiest few, and the limits the scenario asserted as dashed lines.
 */
public final class UtilizationChart {

    /** How many link directions the chart shows, the busiest first. */
    public static final int BUSIEST = 5;

    private static final String[] COLOURS = {"#0969da", "#cf222e", "#1a7f37", "#8250df", "#bf8700"};
    private static final double WIDTH = 760;
    private static final double HEIGHT = 300;
    private static final double LEFT = 56;
    private static final double RIGHT = 20;
    private static final double TOP = 36;
    private static final double PLOT_H = 180;

    private UtilizationChart() {
    }

    /** The busiest {@value #BUSIEST} link directions by peak, ties by label. */
    public static List<LinkTimeline> busiest(List<LinkTimeline> links) {
        return links.stream()
                .sorted(Comparator.comparing(LinkTimeline::peak).reversed().thenComparing(LinkTimeline::label))
                .limit(BUSIEST)
                .toList();
    }

    /** The chart as a standalone SVG document; a short note in place of the lines when no link carried traffic. */
    public static String render(List<LinkTimeline> links, List<Threshold> thresholds) {
        List<LinkTimeline> shown = busiest(links);
        TimeSpan end = TimeSpan.ZERO;
        Percent top = Percent.HUNDRED;
        for (LinkTimeline link : shown) {
            end = end.max(link.end());
            top = top.compareTo(link.peak()) >= 0 ? top : link.peak();
        }
        double endSeconds = Math.max(end.toSecondsDouble(), 1e-3);
        double topFraction = Math.ceil(top.toFraction() * 4) / 4; // to the next 25%
        double plotW = WIDTH - LEFT - RIGHT;
        List<Threshold> drawn = thresholds.stream()
                .filter(t -> t.link().isEmpty() || shown.stream().anyMatch(l -> t.appliesTo(l.link())))
                .toList();
        double height = Math.max(HEIGHT, TOP + PLOT_H + 40 + 16 * (shown.size() + drawn.size()));

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(Markup.num(WIDTH)).append(' ')
                .append(Markup.num(height)).append("\" width=\"").append(Markup.num(WIDTH)).append("\" height=\"")
                .append(Markup.num(height)).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<title>link utilization over time</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("<text x=\"").append(Markup.num(LEFT)).append("\" y=\"22\" font-size=\"15\" font-weight=\"bold\" "
                + "fill=\"#24292f\">Link utilization over time (busiest ").append(shown.size()).append(")</text>\n");
        if (shown.isEmpty()) {
            svg.append("<text x=\"").append(Markup.num(LEFT)).append("\" y=\"70\" fill=\"#57606a\">"
                    + "No migration traffic crossed a link.</text>\n</svg>\n");
            return svg.toString();
        }
        // grid and axes
        for (int i = 0; i <= Math.round(topFraction * 4); i++) {
            double fraction = i / 4.0;
            double y = y(fraction, topFraction);
            svg.append("<line x1=\"").append(Markup.num(LEFT)).append("\" y1=\"").append(Markup.num(y)).append("\" x2=\"")
                    .append(Markup.num(LEFT + plotW)).append("\" y2=\"").append(Markup.num(y))
                    .append("\" stroke=\"#eaeef2\"/><text x=\"").append(Markup.num(LEFT - 6)).append("\" y=\"")
                    .append(Markup.num(y + 4)).append("\" text-anchor=\"end\" fill=\"#57606a\">")
                    .append(Math.round(fraction * 100)).append("%</text>\n");
        }
        for (int i = 0; i <= 5; i++) {
            double seconds = endSeconds * i / 5;
            double x = LEFT + plotW * i / 5;
            svg.append("<text x=\"").append(Markup.num(x)).append("\" y=\"").append(Markup.num(TOP + PLOT_H + 16))
                    .append("\" text-anchor=\"middle\" fill=\"#57606a\">").append(Markup.escape(Rounded.time(seconds)))
                    .append("</text>\n");
        }
        svg.append("<line x1=\"").append(Markup.num(LEFT)).append("\" y1=\"").append(Markup.num(TOP + PLOT_H))
                .append("\" x2=\"").append(Markup.num(LEFT + plotW)).append("\" y2=\"").append(Markup.num(TOP + PLOT_H))
                .append("\" stroke=\"#57606a\"/>\n");

        for (int t = 0; t < drawn.size(); t++) {
            double y = y(drawn.get(t).limit().toFraction(), topFraction);
            svg.append("<line x1=\"").append(Markup.num(LEFT)).append("\" y1=\"").append(Markup.num(y)).append("\" x2=\"")
                    .append(Markup.num(LEFT + plotW)).append("\" y2=\"").append(Markup.num(y))
                    .append("\" stroke=\"#24292f\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"><title>")
                    .append(Markup.escape(drawn.get(t).label())).append("</title></line>\n");
        }
        for (int i = 0; i < shown.size(); i++) {
            LinkTimeline link = shown.get(i);
            svg.append("<path d=\"").append(steps(link, endSeconds, plotW, topFraction)).append("\" fill=\"none\" stroke=\"")
                    .append(COLOURS[i]).append("\" stroke-width=\"2\"><title>")
                    .append(Markup.escape(link.label() + ": peak " + Rounded.share(link.peak())))
                    .append("</title></path>\n");
        }
        // legend: links, then thresholds
        double y = TOP + PLOT_H + 40;
        for (int i = 0; i < shown.size(); i++, y += 16) {
            LinkTimeline link = shown.get(i);
            svg.append("<rect x=\"").append(Markup.num(LEFT)).append("\" y=\"").append(Markup.num(y - 8))
                    .append("\" width=\"18\" height=\"4\" fill=\"").append(COLOURS[i]).append("\"/><text x=\"")
                    .append(Markup.num(LEFT + 26)).append("\" y=\"").append(Markup.num(y)).append("\" fill=\"#24292f\">")
                    .append(Markup.escape(link.label() + ", peak " + Rounded.share(link.peak()) + " of "
                            + Rounded.rate(link.speed()))).append("</text>\n");
        }
        for (Threshold threshold : drawn) {
            svg.append("<line x1=\"").append(Markup.num(LEFT)).append("\" y1=\"").append(Markup.num(y - 6))
                    .append("\" x2=\"").append(Markup.num(LEFT + 18)).append("\" y2=\"").append(Markup.num(y - 6))
                    .append("\" stroke=\"#24292f\" stroke-dasharray=\"4 3\"/><text x=\"").append(Markup.num(LEFT + 26))
                    .append("\" y=\"").append(Markup.num(y)).append("\" fill=\"#24292f\">asserted ")
                    .append(Markup.escape(threshold.label())).append("</text>\n");
            y += 16;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The step line: background between stretches, background plus migration traffic during them. */
    private static String steps(LinkTimeline link, double endSeconds, double plotW, double topFraction) {
        List<double[]> points = new ArrayList<>();
        double base = link.utilizationWith(Bandwidth.ZERO).toFraction();
        points.add(new double[] {0, base});
        for (LinkTimeline.Stretch stretch : link.stretches()) {
            double level = link.utilizationWith(stretch.vmotion()).toFraction();
            points.add(new double[] {stretch.from().toSecondsDouble(), base});
            points.add(new double[] {stretch.from().toSecondsDouble(), level});
            points.add(new double[] {stretch.to().toSecondsDouble(), level});
            points.add(new double[] {stretch.to().toSecondsDouble(), base});
        }
        points.add(new double[] {endSeconds, base});
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = LEFT + plotW * points.get(i)[0] / endSeconds;
            d.append(i == 0 ? "M" : " L").append(Markup.num(x)).append(' ')
                    .append(Markup.num(y(points.get(i)[1], topFraction)));
        }
        return d.toString();
    }

    private static double y(double fraction, double topFraction) {
        return TOP + PLOT_H - PLOT_H * fraction / topFraction;
    }
}
