package dev.netmove.report;

import dev.netmove.engine.migration.Rounded;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Role;
import dev.netmove.engine.topology.Topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Draws a topology as a layered SVG diagram: core (with routers, firewalls and external networks beside it)
 * at the top, spine and aggregation below, leaf and access under them, hosts at the bottom. Migration paths,
 * VLAN drop points and link utilization are drawn on it. In a large topology the devices that nothing
 * highlights are folded into one box per layer showing how many there are, so 200 devices stay readable.
 */
public final class LayeredDiagram {

    /** Up to this many devices everything is drawn; beyond it only highlighted devices are. */
    static final int DRAW_ALL_UP_TO = 40;

    private static final String[] LAYER_NAMES = {"core", "spine / aggregation", "leaf / access", "hosts"};
    private static final double BOX_W = 118;
    private static final double BOX_H = 34;
    private static final double GAP = 18;
    private static final double ROW_H = 110;
    private static final double TOP = 50;
    private static final double LEFT = 150;
    private static final double MIN_WIDTH = 640;
    private static final double LEGEND_ROW = 18;
    private static final String GATEWAY_BEFORE = "#6e7781";
    private static final String GATEWAY_AFTER = "#8250df";

    private LayeredDiagram() {
    }

    /** The diagram of {@code topology} with {@code highlights} drawn on it, as a standalone SVG document. */
    public static String render(Topology topology, DiagramHighlights highlights) {
        Set<String> shown = shownDevices(topology, highlights);
        // per layer: the devices drawn, then one fold box for the rest
        List<List<Device>> rows = new ArrayList<>();
        List<Integer> folded = new ArrayList<>();
        for (int layer = 0; layer < LAYER_NAMES.length; layer++) {
            rows.add(new ArrayList<>());
            folded.add(0);
        }
        List<Device> all = new ArrayList<>(topology.devices().values());
        all.sort(Comparator.comparingInt((Device d) -> besideCore(d.role()) ? 1 : 0)
                .thenComparing(d -> d.pod().or(d::site).orElse(""))
                .thenComparing(Device::name));
        for (Device device : all) {
            int layer = layer(device.role());
            if (shown.contains(device.name())) {
                rows.get(layer).add(device);
            } else {
                folded.set(layer, folded.get(layer) + 1);
            }
        }
        int widest = 0;
        for (int layer = 0; layer < rows.size(); layer++) {
            widest = Math.max(widest, rows.get(layer).size() + (folded.get(layer) > 0 ? 1 : 0));
        }
        double width = Math.max(MIN_WIDTH, LEFT + widest * (BOX_W + GAP) + GAP);
        boolean gatewayLegend = !highlights.gatewayRoutes().isEmpty();
        double height = TOP + LAYER_NAMES.length * ROW_H + 40 + (gatewayLegend ? LEGEND_ROW : 0);

        Map<String, double[]> centre = new LinkedHashMap<>();
        Map<Integer, double[]> foldCentre = new TreeMap<>();
        for (int layer = 0; layer < rows.size(); layer++) {
            int count = rows.get(layer).size() + (folded.get(layer) > 0 ? 1 : 0);
            double rowWidth = count * (BOX_W + GAP) - GAP;
            double x = LEFT + (width - LEFT - rowWidth) / 2 + BOX_W / 2;
            double y = TOP + layer * ROW_H + ROW_H / 2;
            for (Device device : rows.get(layer)) {
                centre.put(device.name(), new double[] {x, y});
                x += BOX_W + GAP;
            }
            if (folded.get(layer) > 0) {
                foldCentre.put(layer, new double[] {x, y});
            }
        }

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(Markup.num(width)).append(' ')
                .append(Markup.num(height)).append("\" width=\"").append(Markup.num(width)).append("\" height=\"")
                .append(Markup.num(height)).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<title>").append(Markup.escape("topology " + topology.name())).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (int layer = 0; layer < LAYER_NAMES.length; layer++) {
            double y = TOP + layer * ROW_H;
            svg.append("<rect x=\"4\" y=\"").append(Markup.num(y + 4)).append("\" width=\"")
                    .append(Markup.num(width - 8)).append("\" height=\"").append(Markup.num(ROW_H - 8))
                    .append("\" rx=\"6\" fill=\"").append(layer % 2 == 0 ? "#f6f8fa" : "#eef2f6").append("\"/>\n");
            svg.append("<text x=\"14\" y=\"").append(Markup.num(y + ROW_H / 2 + 4)).append("\" fill=\"#57606a\">")
                    .append(Markup.escape(LAYER_NAMES[layer])).append("</text>\n");
        }
        svg.append("<text x=\"14\" y=\"28\" font-size=\"15\" font-weight=\"bold\" fill=\"#24292f\">")
                .append(Markup.escape("Topology " + topology.name())).append("</text>\n");

        drawLinks(svg, topology, highlights, centre, foldCentre);
        drawGatewayRoutes(svg, topology, highlights, centre);
        for (List<Device> row : rows) {
            for (Device device : row) {
                drawDevice(svg, device, centre.get(device.name()), highlights);
            }
        }
        drawGatewayBadges(svg, highlights, centre);
        for (Map.Entry<Integer, double[]> fold : foldCentre.entrySet()) {
            drawFold(svg, fold.getValue(), folded.get(fold.getKey()), LAYER_NAMES[fold.getKey()]);
        }
        drawLegend(svg, height - (gatewayLegend ? LEGEND_ROW : 0));
        if (gatewayLegend) {
            drawGatewayLegend(svg, height);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static Set<String> shownDevices(Topology topology, DiagramHighlights highlights) {
        Set<String> shown = new TreeSet<>();
        if (topology.devices().size() <= DRAW_ALL_UP_TO) {
            shown.addAll(topology.devices().keySet());
            return shown;
        }
        for (List<String> path : highlights.paths()) {
            shown.addAll(path);
        }
        shown.addAll(highlights.dropDevices());
        for (DiagramHighlights.GatewayRoute route : highlights.gatewayRoutes()) {
            shown.addAll(route.before());
            shown.addAll(route.after());
        }
        for (Link link : topology.links()) {
            if (highlights.dropLinks().contains(link.name()) || highlights.pathLinks().contains(link.name())) {
                link.ends().forEach(end -> shown.add(end.device()));
            }
        }
        shown.retainAll(topology.devices().keySet());
        return shown;
    }

    private static void drawLinks(StringBuilder svg, Topology topology, DiagramHighlights highlights,
                                  Map<String, double[]> centre, Map<Integer, double[]> foldCentre) {
        // links to folded devices: one line per (end drawn or fold box, fold box), with the count in its title
        Map<String, Integer> toFolds = new TreeMap<>();
        Map<String, double[][]> foldLines = new TreeMap<>();
        List<Link> plain = new ArrayList<>();
        List<Link> marked = new ArrayList<>();
        for (Link link : topology.links()) {
            String a = link.a().device();
            String b = link.b().device();
            double[] pa = centre.get(a);
            double[] pb = centre.get(b);
            if (pa != null && pb != null) {
                boolean highlighted = highlights.pathLinks().contains(link.name())
                        || highlights.dropLinks().contains(link.name()) || highlights.linkPeaks().containsKey(link.name());
                (highlighted ? marked : plain).add(link);
                continue;
            }
            double[] ea = pa != null ? pa : foldCentre.get(layer(topology.requireDevice(a).role()));
            double[] eb = pb != null ? pb : foldCentre.get(layer(topology.requireDevice(b).role()));
            if (ea == null || eb == null || ea == eb) {
                continue;
            }
            String key = (pa != null ? a : "+" + layer(topology.requireDevice(a).role())) + "|"
                    + (pb != null ? b : "+" + layer(topology.requireDevice(b).role()));
            toFolds.merge(key, 1, Integer::sum);
            foldLines.putIfAbsent(key, new double[][] {ea, eb});
        }
        for (Map.Entry<String, double[][]> line : foldLines.entrySet()) {
            double[][] ends = line.getValue();
            int count = toFolds.get(line.getKey());
            svg.append("<line x1=\"").append(Markup.num(ends[0][0])).append("\" y1=\"").append(Markup.num(ends[0][1]))
                    .append("\" x2=\"").append(Markup.num(ends[1][0])).append("\" y2=\"").append(Markup.num(ends[1][1]))
                    .append("\" stroke=\"#d0d7de\" stroke-width=\"1\" stroke-dasharray=\"3 3\"><title>")
                    .append(count).append(count == 1 ? " link" : " links").append(" to folded devices</title></line>\n");
        }
        for (Link link : plain) {
            line(svg, link, centre, "#afb8c1", 1.2, null, "link " + link.name() + " (" + link.speed() + ")");
        }
        for (Link link : marked) {
            double[] pa = centre.get(link.a().device());
            double[] pb = centre.get(link.b().device());
            Percent peak = highlights.linkPeaks().get(link.name());
            String title = "link " + link.name() + " (" + link.speed() + ")"
                    + (peak == null ? "" : ", peak " + peak + " utilization");
            if (highlights.pathLinks().contains(link.name())) {
                line(svg, link, centre, "#54aeff", 9, null, title);
            }
            if (highlights.dropLinks().contains(link.name())) {
                line(svg, link, centre, "#cf222e", 3, "7 5", title + ", drops the VLAN");
                double mx = (pa[0] + pb[0]) / 2;
                double my = (pa[1] + pb[1]) / 2;
                svg.append("<circle cx=\"").append(Markup.num(mx)).append("\" cy=\"").append(Markup.num(my))
                        .append("\" r=\"9\" fill=\"#cf222e\"/><text x=\"").append(Markup.num(mx)).append("\" y=\"")
                        .append(Markup.num(my + 4)).append("\" text-anchor=\"middle\" fill=\"#ffffff\" font-weight=\"bold\">")
                        .append("\u00d7</text>\n");
            } else {
                line(svg, link, centre, peak == null ? "#57606a" : utilizationColour(peak), 3, null, title);
            }
            if (peak != null) {
                double mx = pa[0] + (pb[0] - pa[0]) * 0.6;
                double my = pa[1] + (pb[1] - pa[1]) * 0.6;
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
    private static void drawGatewayRoutes(StringBuilder svg, Topology topology, DiagramHighlights highlights,
                                          Map<String, double[]> centre) {
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
                                    Map<String, double[]> centre, double offset, String colour, String dashes,
                                    String title) {
        for (int i = 0; i < links.size(); i++) {
            double[] pa = centre.get(devices.get(i));
            double[] pb = centre.get(devices.get(i + 1));
            if (pa == null || pb == null || topology.link(links.get(i)).isEmpty()) {
                continue;
            }
            double dx = pb[0] - pa[0];
            double dy = pb[1] - pa[1];
            double length = Math.max(1e-9, Math.hypot(dx, dy));
            // shifted sideways, clear of the migration path's band, so that no path hides another
            double ox = -dy / length * offset;
            double oy = dx / length * offset;
            svg.append("<line x1=\"").append(Markup.num(pa[0] + ox)).append("\" y1=\"").append(Markup.num(pa[1] + oy))
                    .append("\" x2=\"").append(Markup.num(pb[0] + ox)).append("\" y2=\"").append(Markup.num(pb[1] + oy))
                    .append("\" stroke=\"").append(colour).append("\" stroke-width=\"4\" stroke-linecap=\"round\"");
            if (dashes != null) {
                svg.append(" stroke-dasharray=\"").append(dashes).append('"');
            }
            svg.append("><title>").append(Markup.escape(title + " (link " + links.get(i) + ")"))
                    .append("</title></line>\n");
        }
    }

    /** A tag above each gateway device: purple for the gateway after the move, grey for the one before. */
    private static void drawGatewayBadges(StringBuilder svg, DiagramHighlights highlights, Map<String, double[]> centre) {
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

    private static void badge(StringBuilder svg, double[] at, String text, String colour, String title) {
        if (at == null) {
            return;
        }
        double w = 14 + text.length() * 6;
        double x = at[0] - w / 2;
        double y = at[1] - BOX_H / 2 - 16;
        svg.append("<g><title>").append(Markup.escape(title)).append("</title><rect x=\"").append(Markup.num(x))
                .append("\" y=\"").append(Markup.num(y)).append("\" width=\"").append(Markup.num(w))
                .append("\" height=\"15\" rx=\"7\" fill=\"").append(colour).append("\"/><text x=\"")
                .append(Markup.num(at[0])).append("\" y=\"").append(Markup.num(y + 11))
                .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#ffffff\">").append(Markup.escape(text))
                .append("</text></g>\n");
    }

    private static void drawGatewayLegend(StringBuilder svg, double height) {
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

    private static void line(StringBuilder svg, Link link, Map<String, double[]> centre, String colour, double width,
                             String dashes, String title) {
        double[] pa = centre.get(link.a().device());
        double[] pb = centre.get(link.b().device());
        svg.append("<line x1=\"").append(Markup.num(pa[0])).append("\" y1=\"").append(Markup.num(pa[1]))
                .append("\" x2=\"").append(Markup.num(pb[0])).append("\" y2=\"").append(Markup.num(pb[1]))
                .append("\" stroke=\"").append(colour).append("\" stroke-width=\"").append(Markup.num(width))
                .append("\" stroke-linecap=\"round\"");
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        svg.append("><title>").append(Markup.escape(title)).append("</title></line>\n");
    }

    private static void drawDevice(StringBuilder svg, Device device, double[] at, DiagramHighlights highlights) {
        boolean drop = highlights.dropDevices().contains(device.name());
        boolean onPath = highlights.highlights(device.name());
        String stroke = drop ? "#cf222e" : onPath ? "#0969da" : "#8c959f";
        String fill = drop ? "#ffebe9" : onPath ? "#ddf4ff" : device.isHost() ? "#ffffff" : "#f6f8fa";
        double x = at[0] - BOX_W / 2;
        double y = at[1] - BOX_H / 2;
        String where = device.pod().map(p -> ", pod " + p).orElse("") + device.site().map(s -> ", site " + s).orElse("");
        svg.append("<g><title>").append(Markup.escape(device.name() + " (" + device.role() + where + ")"
                        + (drop ? ": drops the VLAN" : ""))).append("</title>")
                .append("<rect x=\"").append(Markup.num(x)).append("\" y=\"").append(Markup.num(y))
                .append("\" width=\"").append(Markup.num(BOX_W)).append("\" height=\"").append(Markup.num(BOX_H))
                .append("\" rx=\"").append(device.isHost() ? "3" : "8").append("\" fill=\"").append(fill)
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(drop || onPath ? "2.5" : "1")
                .append("\"/><text x=\"").append(Markup.num(at[0])).append("\" y=\"").append(Markup.num(at[1] - 1))
                .append("\" text-anchor=\"middle\" fill=\"#24292f\">").append(Markup.escape(Markup.shorten(device.name(), 16)))
                .append("</text><text x=\"").append(Markup.num(at[0])).append("\" y=\"").append(Markup.num(at[1] + 12))
                .append("\" text-anchor=\"middle\" font-size=\"9\" fill=\"#57606a\">")
                .append(Markup.escape(device.role().yamlName())).append("</text></g>\n");
    }

    private static void drawFold(StringBuilder svg, double[] at, int count, String layerName) {
        double x = at[0] - BOX_W / 2;
        double y = at[1] - BOX_H / 2;
        svg.append("<g><title>").append(count).append(" more ").append(Markup.escape(layerName))
                .append(" devices on no highlighted path</title><rect x=\"").append(Markup.num(x)).append("\" y=\"")
                .append(Markup.num(y)).append("\" width=\"").append(Markup.num(BOX_W)).append("\" height=\"")
                .append(Markup.num(BOX_H)).append("\" rx=\"8\" fill=\"#ffffff\" stroke=\"#8c959f\" stroke-dasharray=\"4 3\"/>")
                .append("<text x=\"").append(Markup.num(at[0])).append("\" y=\"").append(Markup.num(at[1] + 4))
                .append("\" text-anchor=\"middle\" fill=\"#57606a\">+").append(count).append(" more</text></g>\n");
    }

    private static void drawLegend(StringBuilder svg, double height) {
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

    static boolean besideCore(Role role) {
        return role == Role.ROUTER || role == Role.FIREWALL || role == Role.EXTERNAL;
    }

    static int layer(Role role) {
        return switch (role) {
            case CORE, BORDER, ROUTER, FIREWALL, EXTERNAL -> 0;
            case SPINE, AGGREGATION -> 1;
            case LEAF, ACCESS -> 2;
            case HOST -> 3;
        };
    }
}
