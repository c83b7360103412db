package dev.netmove.report;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Role;
import dev.netmove.engine.topology.Topology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the boxes and lines of a {@link LayeredDiagram} go: core (with routers, firewalls and external
 * networks beside it) in the top row, spine and aggregation below, leaf and access under them, hosts at the
 * bottom. In a large topology the devices that nothing highlights are folded into one box per row showing how
 * many there are, so 200 devices stay readable. Coordinates only: {@link LayeredDiagram} draws them.
 *
 * @param width     the picture's width
 * @param height    the picture's height
 * @param boxes     the devices drawn, row by row, left to right
 * @param folds     one box per row that has folded devices, top row first
 * @param foldLines one line per pair of (drawn device or fold box, fold box) that links join, in a stable order
 */
public record DiagramLayout(double width, double height, List<Box> boxes, List<Fold> folds, List<FoldLine> foldLines) {

    /** Up to this many devices everything is drawn; beyond it only highlighted devices are. */
    static final int DRAW_ALL_UP_TO = 40;

    static final String[] ROW_NAMES = {"core", "spine / aggregation", "leaf / access", "hosts"};
    static final double BOX_W = 118;
    static final double BOX_H = 34;
    static final double ROW_H = 110;
    static final double TOP = 50;
    static final double LEGEND_ROW = 18;
    private static final double GAP = 18;
    private static final double LEFT = 150;
    private static final double MIN_WIDTH = 640;

    public DiagramLayout {
        boxes = List.copyOf(boxes);
        folds = List.copyOf(folds);
        foldLines = List.copyOf(foldLines);
    }

    /** A point of the picture, y growing downwards. */
    public record Point(double x, double y) {
    }

    /** A device's box, by its centre. */
    public record Box(Device device, int row, Point centre) {
        public Box {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(centre, "centre");
        }
    }

    /** The box standing for the {@code count} devices of a row that are not drawn. */
    public record Fold(int row, int count, Point centre) {
    }

    /** A dashed line to a fold box, standing for {@code links} links. */
    public record FoldLine(Point from, Point to, int links) {
    }

    /** The layout of {@code topology} with what {@code highlights} names kept out of the folds. */
    public static DiagramLayout of(Topology topology, DiagramHighlights highlights) {
        Set<String> shown = new HashSet<>(shownDevices(topology, highlights));
        List<List<Device>> rows = new ArrayList<>();
        int[] folded = new int[ROW_NAMES.length];
        for (int row = 0; row < ROW_NAMES.length; row++) {
            rows.add(new ArrayList<>());
        }
        Drawing drawing = Drawing.of(topology);
        // the shown devices in drawing order; the others of each row are counted, not visited
        List<Device> drawn = drawing.devices();
        if (shown.size() < drawn.size()) {
            drawn = shown.stream().map(drawing.position()::get).sorted().map(drawing.devices()::get).toList();
        }
        System.arraycopy(drawing.perRow(), 0, folded, 0, folded.length);
        for (Device device : drawn) {
            int row = row(device.role());
            rows.get(row).add(device);
            folded[row]--;
        }
        int widest = 0;
        for (int row = 0; row < rows.size(); row++) {
            widest = Math.max(widest, rows.get(row).size() + (folded[row] > 0 ? 1 : 0));
        }
        double width = Math.max(MIN_WIDTH, LEFT + widest * (BOX_W + GAP) + GAP);
        boolean gatewayLegend = !highlights.gatewayRoutes().isEmpty();
        double height = TOP + ROW_NAMES.length * ROW_H + 40 + (gatewayLegend ? LEGEND_ROW : 0);

        List<Box> boxes = new ArrayList<>();
        Map<Integer, Fold> folds = new TreeMap<>();
        for (int row = 0; row < rows.size(); row++) {
            int count = rows.get(row).size() + (folded[row] > 0 ? 1 : 0);
            double rowWidth = count * (BOX_W + GAP) - GAP;
            double x = LEFT + (width - LEFT - rowWidth) / 2 + BOX_W / 2;
            double y = TOP + row * ROW_H + ROW_H / 2;
            for (Device device : rows.get(row)) {
                boxes.add(new Box(device, row, new Point(x, y)));
                x += BOX_W + GAP;
            }
            if (folded[row] > 0) {
                folds.put(row, new Fold(row, folded[row], new Point(x, y)));
            }
        }
        return new DiagramLayout(width, height, boxes, List.copyOf(folds.values()),
                foldLines(topology, drawing, boxes, folds));
    }

    /** The centre of the device's box, when it is drawn (not folded). */
    public Optional<Point> centre(String device) {
        return boxes.stream().filter(box -> box.device().name().equals(device)).map(Box::centre).findFirst();
    }

    /** The centres of the drawn devices, by name. */
    Map<String, Point> centres() {
        Map<String, Point> centres = new LinkedHashMap<>();
        boxes.forEach(box -> centres.put(box.device().name(), box.centre()));
        return centres;
    }

    private static List<FoldLine> foldLines(Topology topology, Drawing drawing, List<Box> boxes,
                                            Map<Integer, Fold> folds) {
        Map<String, Point> centre = new LinkedHashMap<>();
        boxes.forEach(box -> centre.put(box.device().name(), box.centre()));
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Point[]> ends = new TreeMap<>();
        // links between two folded rows are counted by rows (all links, less those with a drawn end); the links
        // with a drawn end are found from the drawn devices, not by a search through every link
        int[][] between = new int[ROW_NAMES.length][];
        for (int row = 0; row < ROW_NAMES.length; row++) {
            between[row] = drawing.between()[row].clone();
        }
        List<Link> links = topology.links();
        for (int l : drawing.linksTouching(centre.keySet())) {
            Link link = links.get(l);
            String a = link.a().device();
            String b = link.b().device();
            Point pa = centre.get(a);
            Point pb = centre.get(b);
            int rowA = drawing.rowA()[l];
            int rowB = drawing.rowB()[l];
            between[rowA][rowB]--;
            if (pa != null && pb != null) {
                continue;
            }
            Point ea = pa != null ? pa : Optional.ofNullable(folds.get(rowA)).map(Fold::centre).orElse(null);
            Point eb = pb != null ? pb : Optional.ofNullable(folds.get(rowB)).map(Fold::centre).orElse(null);
            if (ea == null || eb == null || ea == eb) {
                continue;
            }
            String key = (pa != null ? a : "+" + rowA) + "|" + (pb != null ? b : "+" + rowB);
            counts.merge(key, 1, Integer::sum);
            ends.putIfAbsent(key, new Point[] {ea, eb});
        }
        for (int rowA = 0; rowA < ROW_NAMES.length; rowA++) {
            for (int rowB = 0; rowB < ROW_NAMES.length; rowB++) {
                Fold fa = folds.get(rowA);
                Fold fb = folds.get(rowB);
                if (between[rowA][rowB] > 0 && fa != null && fb != null && rowA != rowB) {
                    String key = "+" + rowA + "|+" + rowB;
                    counts.merge(key, between[rowA][rowB], Integer::sum);
                    ends.putIfAbsent(key, new Point[] {fa.centre(), fb.centre()});
                }
            }
        }
        List<FoldLine> lines = new ArrayList<>();
        ends.forEach((key, line) -> lines.add(new FoldLine(line[0], line[1], counts.get(key))));
        return lines;
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
        // the ends of the links named (not a search through every link of a large data center)
        for (Set<String> names : List.of(highlights.dropLinks(), highlights.pathLinks())) {
            for (String name : names) {
                topology.link(name).ifPresent(link -> link.ends().forEach(end -> shown.add(end.device())));
            }
        }
        shown.retainAll(topology.devices().keySet());
        return shown;
    }

    static boolean besideCore(Role role) {
        return role == Role.ROUTER || role == Role.FIREWALL || role == Role.EXTERNAL;
    }

    static int row(Role role) {
        return switch (role) {
            case CORE, BORDER, ROUTER, FIREWALL, EXTERNAL -> 0;
            case SPINE, AGGREGATION -> 1;
            case LEAF, ACCESS -> 2;
            case HOST -> 3;
        };
    }
}
