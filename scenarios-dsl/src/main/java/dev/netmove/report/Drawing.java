package dev.netmove.report;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What every picture of one network needs and no scenario changes, worked out once per network state
 * ({@link Topology#analyses()}): the devices in drawing order (beside the core last, by pod or site, by name)
 * and the row of each link's ends, by link index.
 */
record Drawing(List<Device> devices, int[] rowA, int[] rowB) {

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
        for (int l = 0; l < links.size(); l++) {
            rowA[l] = DiagramLayout.row(topology.requireDevice(links.get(l).a().device()).role());
            rowB[l] = DiagramLayout.row(topology.requireDevice(links.get(l).b().device()).role());
        }
        return new Drawing(List.copyOf(all), rowA, rowB);
    }
}
