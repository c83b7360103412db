package dev.netmove.report;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What every picture of one network needs and no scenario changes, worked out once per network state
 * ({@link Topology#analyses()}): the devices in drawing order (beside the core last, by pod or site, by name)
 * the row of each link's ends, by link index, each device's links (indices, ascending) and how many links join
 * each pair of rows; each link's index by name; each device's place in the drawing order and how many devices
 * each row has (so that a picture that shows a few devices of a large data center visits only those).
 */
record Drawing(List<Device> devices, Map<String, Integer> position, int[] perRow, int[] rowA, int[] rowB,
               Map<String, int[]> linksOf, int[][] between, Map<String, Integer> linkPosition) {

    static Drawing of(Topology topology) {
        return topology.analyses().get(Drawing.class, () -> make(topology));
    }

    private static Drawing make(Topology topology) {
        List<Device> all = new ArrayList<>(topology.devices().values());
        all.sort(Comparator.comparingInt((Device d) -> DiagramLayout.besideCore(d.role()) ? 1 : 0)
                .thenComparing(d -> d.pod().or(d::site).orElse(""))
                .thenComparing(Device::name));
        List<Link> links = topology.links();
        int[] rowA = new int[links.size()];
        int[] rowB = new int[links.size()];
        int rows = DiagramLayout.ROW_NAMES.length;
        int[][] between = new int[rows][rows];
        Map<String, List<Integer>> byDevice = new HashMap<>();
        Map<String, Integer> linkPosition = new HashMap<>();
        for (int l = 0; l < links.size(); l++) {
            linkPosition.put(links.get(l).name(), l);
            rowA[l] = DiagramLayout.row(topology.requireDevice(links.get(l).a().device()).role());
            rowB[l] = DiagramLayout.row(topology.requireDevice(links.get(l).b().device()).role());
            between[rowA[l]][rowB[l]]++;
            byDevice.computeIfAbsent(links.get(l).a().device(), d -> new ArrayList<>()).add(l);
            byDevice.computeIfAbsent(links.get(l).b().device(), d -> new ArrayList<>()).add(l);
        }
        Map<String, int[]> linksOf = new HashMap<>();
        byDevice.forEach((device, indices) -> linksOf.put(device, indices.stream().mapToInt(i -> i).toArray()));
        Map<String, Integer> position = new HashMap<>();
        int[] perRow = new int[rows];
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i).name(), i);
            perRow[DiagramLayout.row(all.get(i).role())]++;
        }
        return new Drawing(List.copyOf(all), Map.copyOf(position), perRow, rowA, rowB, Map.copyOf(linksOf), between,
                Map.copyOf(linkPosition));
    }

    /** The links with an end on one of {@code shown}, by index, ascending (topology order). */
    int[] linksTouching(Collection<String> shown) {
        TreeSet<Integer> touching = new TreeSet<>();
        for (String device : shown) {
            for (int l : linksOf.getOrDefault(device, new int[0])) {
                touching.add(l);
            }
        }
        return touching.stream().mapToInt(i -> i).toArray();
    }
}
