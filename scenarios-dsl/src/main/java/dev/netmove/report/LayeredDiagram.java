package dev.netmove.report;

import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import dev.netmove.report.DiagramLayout.Point;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a topology as a layered SVG diagram, where {@link DiagramLayout} puts its boxes, with the migration
 * paths, VLAN drop points, link utilization and moved VMs' paths to their gateway on it.
 */
public final class LayeredDiagram {

    private static final String GATEWAY_BEFORE = "#6e7781";
    private static final String GATEWAY_AFTER = "#8250df";
    private static final double BOX_W = DiagramLayout.BOX_W;
    private static final double BOX_H = DiagramLayout.BOX_H;
    private static final double ROW_H = DiagramLayout.ROW_H;

    private LayeredDiagram() {
    }

    /** The diagram of {@code topology} with {@code highlights} drawn on it, as a standalone SVG document. */
    public static String render(Topology topology, DiagramHighlights highlights) {
        return draw(topology, highlights, DiagramLayout.of(topology, highlights));
    }

    /** {@code layout} drawn, with {@code highlights} on it. */
    static String draw(Topology topology, DiagramHighlights highlights, DiagramLayout layout) {
        double width = layout.width();
        double height = layout.height();
        boolean gatewayLegend = !highlights.gatewayRoutes().isEmpty();
        Map<String, Point> centre = layout.centres();

        StringBuilder svg = new StringBuilder();
        open(svg, topology.name(), width, height);
        drawFrame(svg, topology, width);
        drawFoldLines(svg, layout.foldLines());
        DrawnLinks links = drawnLinks(topology, highlights, centre);
        for (Link link : links.plain()) {
            drawPlainLink(svg, link, centre);
        }
        drawMarkedLinks(svg, links.marked(), highlights, centre);
        drawGatewayRoutes(svg, topology, highlights, centre);
        for (DiagramLayout.Box box : layout.boxes()) {
            drawDevice(svg, box.device(), box.centre(), highlights);
        }
        drawGatewayBadges(svg, highlights, centre);
        for (DiagramLayout.Fold fold : layout.folds()) {
            drawFold(svg, fold.centre(), fold.count(), DiagramLayout.ROW_NAMES[fold.row()]);
        }
        drawLegend(svg, height - (gatewayLegend ? DiagramLayout.LEGEND_ROW : 0));
        if (gatewayLegend) {
            drawGatewayLegend(svg, height);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The root element of a topology picture and its title, for a tooltip and for screen readers. */
    static void open(StringBuilder svg, String topology, double width, double height) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(Markup.num(width)).append(' ')
                .append(Markup.num(height)).append("\" width=\"").append(Markup.num(width)).append("\" height=\"")
                .append(Markup.num(height)).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<title>").append(Markup.escape("topology " + topology)).append("</title>\n");
    }

    /** The white ground, the rows' bands and names, and the heading. */
    static void drawFrame(StringBuilder svg, Topology topology, double width) {
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (int row = 0; row < DiagramLayout.ROW_NAMES.length; row++) {
            double y = DiagramLayout.TOP + row * ROW_H;
            svg.append("<rect x=\"4\" y=\"").append(Markup.num(y + 4)).append("\" width=\"")
                    .append(Markup.num(width - 8)).append("\" height=\"").append(Markup.num(ROW_H - 8))
                    .append("\" rx=\"6\" fill=\"").append(row % 2 == 0 ? "#f6f8fa" : "#eef2f6").append("\"/>\n");
            svg.append("<text x=\"14\" y=\"").append(Markup.num(y + ROW_H / 2 + 4)).append("\" fill=\"#57606a\">")
                    .append(Markup.escape(DiagramLayout.ROW_NAMES[row])).append("</text>\n");
        }
        svg.append("<text x=\"14\" y=\"28\" font-size=\"15\" font-weight=\"bold\" fill=\"#24292f\">")
                .append(Markup.escape("Topology " + topology.name())).append("</text>\n");
    }

    /** The links between drawn devices, in topology order: those nothing highlights and those highlighted. */
    record DrawnLinks(List<Link> plain, List<Link> marked) {
    }

    static DrawnLinks drawnLinks(Topology topology, DiagramHighlights highlights, Map<String, Point> centre) {
        List<Link> plain = new ArrayList<>();
        List<Link> marked = new ArrayList<>();
        // the links between drawn devices, in topology order, found from the drawn devices
        for (int l : Drawing.of(topology).linksTouching(centre.keySet())) {
            Link link = topology.links().get(l);
            if (centre.containsKey(link.a().device()) && centre.containsKey(link.b().device())) {
                (marked(link, highlights) ? marked : plain).add(link);
            }
        }
        return new DrawnLinks(plain, marked);
    }

    static boolean marked(Link link, DiagramHighlights highlights) {
        return highlights.pathLinks().contains(link.name())
                || highlights.dropLinks().contains(link.name()) || highlights.linkPeaks().containsKey(link.name());
    }

    static void drawFoldLines(StringBuilder svg, List<DiagramLayout.FoldLine> foldLines) {
        for (DiagramLayout.FoldLine line : foldLines) {
            int count = line.links();
            svg.append("<line x1=\"").append(Markup.num(line.from().x())).append("\" y1=\"")
                    .append(Markup.num(line.from().y())).append("\" x2=\"").append(Markup.num(line.to().x()))
                    .append("\" y2=\"").append(Markup.num(line.to().y()))
                    .append("\" stroke=\"#d0d7de\" stroke-width=\"1\" stroke-dasharray=\"3 3\"><title>")
                    .append(count).append(count == 1 ? " link" : " links").append(" to folded devices</title></line>\n");
        }
    }

    static void drawPlainLink(StringBuilder svg, Link link, Map<String, Point> centre) {
        line(svg, link, centre, "#afb8c1", 1.2, null, "link " + link.name() + " (" + link.speed() + ")");
    }

    static void drawMarkedLinks(StringBuilder svg, List<Link> marked, DiagramHighlights highlights,
                                Map<String, Point> centre) {
        for (Link link : marked) {
            Point pa = centre.get(link.a().device());
            Point pb = centre.get(link.b().device());
            Percent peak = highlights.linkPeaks().get(link.name());
            String title = "link " + link.name() + " (" + link.speed() + ")"
                    + (peak == null ? "" : ", peak " + peak + " utilization");
            if (highlights.pathLinks().contains(link.name())) {
                line(svg, link, centre, "#54aeff", 9, null, title);
            }
            if (highlights.dropLinks().contains(link.name())) {
                line(svg, link, centre, "#cf222e", 3, "7 5", title + ", drops the VLAN");
                double mx = (pa.x() + pb.x()) / 2;
                double my = (pa.y() + pb.y()) / 2;
                svg.append("<circle cx=\"").append(Markup.num(mx)).append("\" cy=\"").append(Markup.num(my))
                        .append("\" r=\"9\" fill=\"#cf222e\"/><text x=\"").append(Markup.num(mx)).append("\" y=\"")
                        .append(Markup.num(my + 4)).append("\" text-anchor=\"middle\" fill=\"#ffffff\" font-weight=\"bold\">")
                        .append("\u00d7</text>\n");
            } else {
                line(svg, link, centre, peak == null ? "#57606a" : utilizationColour(peak), 3, null, title);
            }
            if (peak != null) {
                double mx = pa.x() + (pb.x() - pa.x()) * 0.6;
                double my = pa.y() + (pb.y() - pa.y()) * 0.6;
                svg.append("<text x=\"").append(Markup.num(mx + 6)).append("\" y=\"").append(Markup.num(my))
                        .append("\" font-size=\"11\" fill=\"#24292f\" stroke=\"#ffffff\" stroke-width=\"3\" "
                                + "paint-order=\"stroke\">").append(Markup.escape(Rounded.share(peak))).append("</text>\n");
            }
        }
    }

    /**
     * Each moved VM's path to its gateway: before the move dashed grey beside the link, after it purple on the
     * other side, so both stay visible where they share links (the trombone is the purple detour through the core).
     */
    static void drawGatewayRoutes(StringBuilder svg, Topology topology, DiagramHighlights highlights,
                                          Map<String, Point> centre) {
        for (DiagramHighlights.GatewayRoute route : highlights.gatewayRoutes()) {
            String before = "VM " + route.vm() + " to its gateway " + route.gatewayBefore() + " before the move: "
                    + String.join(" > ", route.before());
            String after = "VM " + route.vm() + " to its gateway " + route.gatewayAfter() + " after the move: "
                    + String.join(" > ", route.after());
            gatewayLegs(svg, topology, route.before(), route.beforeLinks(), centre, -7, GATEWAY_BEFORE, "6 4", before);
            gatewayLegs(svg, topology, route.after(), route.afterLinks(), centre, 7, GATEWAY_AFTER, null, after);
        }
    }

    private static void gatewayLegs(StringBuilder svg, Topology topology, List<String> devices, List<String> links,
                                    Map<String, Point> centre, double offset, String colour, String dashes,
                                    String title) {
        for (int i = 0; i < links.size(); i++) {
            Point pa = centre.get(devices.get(i));
            Point pb = centre.get(devices.get(i + 1));
            if (pa == null || pb == null || topology.link(links.get(i)).isEmpty()) {
                continue;
            }
            double dx = pb.x() - pa.x();
            double dy = pb.y() - pa.y();
            double length = Math.max(1e-9, Math.hypot(dx, dy));
            // shifted sideways, clear of the migration path's band, so that no path hides another
            double ox = -dy / length * offset;
            double oy = dx / length * offset;
            svg.append("<line x1=\"").append(Markup.num(pa.x() + ox)).append("\" y1=\"").append(Markup.num(pa.y() + oy))
                    .append("\" x2=\"").append(Markup.num(pb.x() + ox)).append("\" y2=\"").append(Markup.num(pb.y() + oy))
                    .append("\" stroke=\"").append(colour).append("\" stroke-width=\"4\" stroke-linecap=\"round\"");
            if (dashes != null) {
                svg.append(" stroke-dasharray=\"").append(dashes).append('"');
            }
            svg.append("><title>").append(Markup.escape(title + " (link " + links.get(i) + ")"))
                    .append("</title></line>\n");
        }
    }

    /** A tag above each gateway device: purple for the gateway after the move, grey for the one before. */
    static void drawGatewayBadges(StringBuilder svg, DiagramHighlights highlights, Map<String, Point> centre) {
        // device -> the VMs it serves after, and those it served before only; insertion order of the routes
        Map<String, List<String>> after = new LinkedHashMap<>();
        Map<String, List<String>> beforeOnly = new LinkedHashMap<>();
        for (DiagramHighlights.GatewayRoute route : highlights.gatewayRoutes()) {
            after.computeIfAbsent(route.gatewayAfter(), d -> new ArrayList<>()).add(route.vm());
        }
        for (DiagramHighlights.GatewayRoute route : highlights.gatewayRoutes()) {
            if (!after.containsKey(route.gatewayBefore())) {
                beforeOnly.computeIfAbsent(route.gatewayBefore(), d -> new ArrayList<>()).add(route.vm());
            }
        }
        after.forEach((device, vms) -> badge(svg, centre.get(device), "gateway", GATEWAY_AFTER,
                "gateway " + device + " of VM " + String.join(", VM ", vms) + " after the move"));
        beforeOnly.forEach((device, vms) -> badge(svg, centre.get(device), "gateway before", GATEWAY_BEFORE,
                "gateway " + device + " of VM " + String.join(", VM ", vms) + " before the move"));
    }

    private static void badge(StringBuilder svg, Point at, String text, String colour, String title) {
        if (at == null) {
            return;
        }
        double w = 14 + text.length() * 6;
        double x = at.x() - w / 2;
        double y = at.y() - BOX_H / 2 - 16;
        svg.append("<g><title>").append(Markup.escape(title)).append("</title><rect x=\"").append(Markup.num(x))
                .append("\" y=\"").append(Markup.num(y)).append("\" width=\"").append(Markup.num(w))
                .append("\" height=\"15\" rx=\"7\" fill=\"").append(colour).append("\"/><text x=\"")
                .append(Markup.num(at.x())).append("\" y=\"").append(Markup.num(y + 11))
                .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#ffffff\">").append(Markup.escape(text))
                .append("</text></g>\n");
    }

    static void drawGatewayLegend(StringBuilder svg, double height) {
        double y = height - 16;
        String[][] items = {{GATEWAY_BEFORE, "6 4", "path to the gateway before the move"},
                {GATEWAY_AFTER, null, "path to the gateway after the move"}};
        double x = 14;
        for (String[] item : items) {
            svg.append("<line x1=\"").append(Markup.num(x)).append("\" y1=\"").append(Markup.num(y - 6))
                    .append("\" x2=\"").append(Markup.num(x + 18)).append("\" y2=\"").append(Markup.num(y - 6))
                    .append("\" stroke=\"").append(item[0]).append("\" stroke-width=\"4\"");
            if (item[1] != null) {
                svg.append(" stroke-dasharray=\"").append(item[1]).append('"');
            }
            svg.append("/><text x=\"").append(Markup.num(x + 24)).append("\" y=\"").append(Markup.num(y))
                    .append("\" fill=\"#57606a\">").append(Markup.escape(item[2])).append("</text>\n");
            x += 40 + item[2].length() * 6.5;
        }
    }

    private static void line(StringBuilder svg, Link link, Map<String, Point> centre, String colour, double width,
                             String dashes, String title) {
        Point pa = centre.get(link.a().device());
        Point pb = centre.get(link.b().device());
        svg.append("<line x1=\"").append(Markup.num(pa.x())).append("\" y1=\"").append(Markup.num(pa.y()))
                .append("\" x2=\"").append(Markup.num(pb.x())).append("\" y2=\"").append(Markup.num(pb.y()))
                .append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(Markup.num(width))
                .append("\" stroke-linecap=\"round\"");
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        svg.append("><title>").append(Markup.escape(title)).append("</title></line>\n");
    }

    static void drawDevice(StringBuilder svg, Device device, Point at, DiagramHighlights highlights) {
        boolean drop = highlights.dropDevices().contains(device.name());
        boolean onPath = highlights.highlights(device.name());
        String stroke = drop ? "#cf222e" : onPath ? "#0969da" : "#8c959f";
        String fill = drop ? "#ffebe9" : onPath ? "#ddf4ff" : device.isHost() ? "#ffffff" : "#f6f8fa";
        double x = at.x() - BOX_W / 2;
        double y = at.y() - BOX_H / 2;
        String where = device.pod().map(p -> ", pod " + p).orElse("") + device.site().map(s -> ", site " + s).orElse("");
        svg.append("<g><title>").append(Markup.escape(device.name() + " (" + device.role() + where + ")"
                        + (drop ? ": drops the VLAN" : ""))).append("</title>")
                .append("<rect x=\"").append(Markup.num(x)).append("\" y=\"").append(Markup.num(y))
                .append("\" width=\"").append(Markup.num(BOX_W)).append("\" height=\"").append(Markup.num(BOX_H))
                .append("\" rx=\"").append(device.isHost() ? "3" : "8").append("\" fill=\"").append(fill)
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(drop || onPath ? "2.5" : "1")
                .append("\"/><text x=\"").append(Markup.num(at.x())).append("\" y=\"").append(Markup.num(at.y() - 1))
                .append("\" text-anchor=\"middle\" fill=\"#24292f\">").append(Markup.escape(Markup.shorten(device.name(), 16)))
                .append("</text><text x=\"").append(Markup.num(at.x())).append("\" y=\"").append(Markup.num(at.y() + 12))
                .append("\" text-anchor=\"middle\" font-size=\"9\" fill=\"#57606a\">")
                .append(Markup.escape(device.role().yamlName())).append("</text></g>\n");
    }

    static void drawFold(StringBuilder svg, Point at, int count, String layerName) {
        double x = at.x() - BOX_W / 2;
        double y = at.y() - BOX_H / 2;
        svg.append("<g><title>").append(count).append(" more ").append(Markup.escape(layerName))
                .append(" devices on no highlighted path</title><rect x=\"").append(Markup.num(x)).append("\" y=\"")
                .append(Markup.num(y)).append("\" width=\"").append(Markup.num(BOX_W)).append("\" height=\"")
                .append(Markup.num(BOX_H)).append("\" rx=\"8\" fill=\"#ffffff\" stroke=\"#8c959f\" stroke-dasharray=\"4 3\"/>")
                .append("<text x=\"").append(Markup.num(at.x())).append("\" y=\"").append(Markup.num(at.y() + 4))
                .append("\" text-anchor=\"middle\" fill=\"#57606a\">+").append(count).append(" more</text></g>\n");
    }

    static void drawLegend(StringBuilder svg, double height) {
        double y = height - 16;
        String[][] items = {
                {"#54aeff", "migration path"}, {"#1a7f37", "peak < 50%"}, {"#bf8700", "50-80%"},
                {"#cf222e", "\u2265 80% / VLAN dropped"}};
        double x = 14;
        for (String[] item : items) {
            svg.append("<rect x=\"").append(Markup.num(x)).append("\" y=\"").append(Markup.num(y - 9))
                    .append("\" width=\"18\" height=\"6\" fill=\"").append(item[0]).append("\"/><text x=\"")
                    .append(Markup.num(x + 24)).append("\" y=\"").append(Markup.num(y)).append("\" fill=\"#57606a\">")
                    .append(Markup.escape(item[1])).append("</text>\n");
            x += 40 + item[1].length() * 6.5;
        }
    }

    /** Green below 50%, amber below 80%, red from 80% on. */
    static String utilizationColour(Percent peak) {
        if (peak.compareTo(Percent.ofWhole(50)) < 0) {
            return "#1a7f37";
        }
        return peak.compareTo(Percent.ofWhole(80)) < 0 ? "#bf8700" : "#cf222e";
    }
}
