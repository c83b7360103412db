package dev.netmove.report;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import dev.netmove.report.DiagramLayout.Point;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws a scenario's {@link TopologyPicture}: the base of its network state and layout once per run (kept with
 * the network state's analyses, so every scenario on the same network reuses it), then only the scenario's own
 * marks. The same marks as {@link LayeredDiagram}, in the same order of layers, so the picture looks the same.
 */
public final class LayeredPicture {

    private LayeredPicture() {
    }

    /** The bases drawn for one network state, by layout: the drawn devices and whether a gateway legend is under it. */
    private static final class Bases {
        private final Map<Key, DiagramBase> made = new ConcurrentHashMap<>();
    }

    private record Key(List<String> drawn, boolean gatewayLegend) {
    }

    /** The picture of {@code topology} with {@code highlights} on it, its base shared with other scenarios. */
    public static TopologyPicture draw(Topology topology, DiagramHighlights highlights) {
        DiagramLayout layout = DiagramLayout.of(topology, highlights);
        boolean gatewayLegend = !highlights.gatewayRoutes().isEmpty();
        Map<String, Point> centre = layout.centres();
        Key key = new Key(List.copyOf(centre.keySet()), gatewayLegend);
        DiagramBase base = topology.analyses().get(Bases.class, Bases::new).made
                .computeIfAbsent(key, k -> base(topology, layout, gatewayLegend));

        List<Link> marked = marked(topology, highlights, centre);
        Optional<String> ownLinks = Optional.empty();
        // a dashed dropped link on no path would let the base's plain line show between its dashes
        if (marked.stream().anyMatch(link -> highlights.dropLinks().contains(link.name())
                && !highlights.pathLinks().contains(link.name()))) {
            StringBuilder links = new StringBuilder();
            LayeredDiagram.drawFoldLines(links, layout.foldLines());
            for (Link link : LayeredDiagram.drawnLinks(topology, highlights, centre).plain()) {
                LayeredDiagram.drawPlainLink(links, link, centre);
            }
            ownLinks = Optional.of(links.toString());
        }
        StringBuilder below = new StringBuilder();
        LayeredDiagram.drawMarkedLinks(below, marked, highlights, centre);
        LayeredDiagram.drawGatewayRoutes(below, topology, highlights, centre);

        StringBuilder above = new StringBuilder();
        // a highlighted box covers the base's plain box exactly (same place and size, a wider stroke)
        for (DiagramLayout.Box box : layout.boxes()) {
            if (highlights.highlights(box.device().name())) {
                LayeredDiagram.drawDevice(above, box.device(), box.centre(), highlights);
            }
        }
        LayeredDiagram.drawGatewayBadges(above, highlights, centre);
        if (gatewayLegend) {
            LayeredDiagram.drawGatewayLegend(above, layout.height());
        }
        return new TopologyPicture(topology.name(), layout.width(), layout.height(), base, ownLinks,
                below.toString(), above.toString());
    }

    private static DiagramBase base(Topology topology, DiagramLayout layout, boolean gatewayLegend) {
        Map<String, Point> centre = layout.centres();
        StringBuilder frame = new StringBuilder();
        LayeredDiagram.drawFrame(frame, topology, layout.width());
        StringBuilder links = new StringBuilder();
        LayeredDiagram.drawFoldLines(links, layout.foldLines());
        for (Link link : LayeredDiagram.drawnLinks(topology, DiagramHighlights.NONE, centre).plain()) {
            LayeredDiagram.drawPlainLink(links, link, centre);
        }
        StringBuilder boxes = new StringBuilder();
        for (DiagramLayout.Box box : layout.boxes()) {
            LayeredDiagram.drawDevice(boxes, box.device(), box.centre(), DiagramHighlights.NONE);
        }
        for (DiagramLayout.Fold fold : layout.folds()) {
            LayeredDiagram.drawFold(boxes, fold.centre(), fold.count(), DiagramLayout.ROW_NAMES[fold.row()]);
        }
        LayeredDiagram.drawLegend(boxes, layout.height() - (gatewayLegend ? DiagramLayout.LEGEND_ROW : 0));
        return new DiagramBase(frame.toString(), links.toString(), boxes.toString());
    }

    /** The highlighted links between drawn devices, in topology order, found from the names highlighted. */
    private static List<Link> marked(Topology topology, DiagramHighlights highlights, Map<String, Point> centre) {
        Set<String> names = new TreeSet<>(highlights.pathLinks());
        names.addAll(highlights.dropLinks());
        names.addAll(highlights.linkPeaks().keySet());
        Map<String, Integer> position = Drawing.of(topology).linkPosition();
        List<Link> marked = new ArrayList<>();
        for (String name : names) {
            topology.link(name).filter(link -> centre.containsKey(link.a().device())
                    && centre.containsKey(link.b().device())).ifPresent(marked::add);
        }
        marked.sort(Comparator.comparingInt(link -> position.get(link.name())));
        return marked;
    }
}
