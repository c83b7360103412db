package dev.netmove.engine.report;

import dev.netmove.engine.l2.BothEndsDrop;
import dev.netmove.engine.l2.DeviceDown;
import dev.netmove.engine.l2.LinkDown;
import dev.netmove.engine.l2.LinkRouted;
import dev.netmove.engine.l2.NativeVlanMismatch;
import dev.netmove.engine.l2.NotBridged;
import dev.netmove.engine.l2.PortDrop;
import dev.netmove.engine.l2.VlanDrop;
import dev.netmove.engine.l2.VlanMissingOnDevice;
import dev.netmove.engine.l2.VniMismatch;
import dev.netmove.engine.l2.VniMissing;
import dev.netmove.engine.quantity.Percent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to draw on top of a topology: the paths migrations took, the places where a VLAN was dropped, and the
 * peak utilization of each link migration traffic crossed.
 *
 * @param paths       device sequences, each drawn as a highlighted path
 * @param pathLinks   the names of the links on those paths
 * @param dropDevices devices where a VLAN stops
 * @param dropLinks   links that drop a VLAN
 * @param linkPeaks   peak utilization per link name (the busier direction)
 */
public record DiagramHighlights(List<List<String>> paths, Set<String> pathLinks, Set<String> dropDevices,
                                Set<String> dropLinks, Map<String, Percent> linkPeaks) {

    /** Nothing highlighted: the topology alone. */
    public static final DiagramHighlights NONE =
            new DiagramHighlights(List.of(), Set.of(), Set.of(), Set.of(), Map.of());

    public DiagramHighlights {
        paths = paths.stream().map(List::copyOf).toList();
        pathLinks = new TreeSet<>(pathLinks);
        dropDevices = new TreeSet<>(dropDevices);
        dropLinks = new TreeSet<>(dropLinks);
        linkPeaks = Map.copyOf(linkPeaks);
    }

    /** These highlights plus a path of devices crossing the named links. */
    public DiagramHighlights withPath(List<String> devices, List<String> links) {
        List<List<String>> morePaths = new ArrayList<>(paths);
        morePaths.add(devices);
        Set<String> moreLinks = new TreeSet<>(pathLinks);
        moreLinks.addAll(links);
        return new DiagramHighlights(morePaths, moreLinks, dropDevices, dropLinks, linkPeaks);
    }

    /** These highlights plus a peak on a link; the higher peak stays when it has one already. */
    public DiagramHighlights withPeak(String link, Percent peak) {
        Map<String, Percent> more = new HashMap<>(linkPeaks);
        more.merge(link, peak, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        return new DiagramHighlights(paths, pathLinks, dropDevices, dropLinks, more);
    }

    /** These highlights plus the place where a VLAN is dropped: a link, a device, or both devices of a VXLAN pair. */
    public DiagramHighlights withDrop(VlanDrop drop) {
        Set<String> devices = new TreeSet<>(dropDevices);
        Set<String> links = new TreeSet<>(dropLinks);
        dropLink(drop).ifPresent(links::add);
        if (drop instanceof DeviceDown down) {
            devices.add(down.device());
        } else if (drop instanceof VlanMissingOnDevice missing) {
            devices.add(missing.device().name());
        } else if (drop instanceof NotBridged notBridged) {
            devices.add(notBridged.device().name());
        } else if (drop instanceof VniMissing vni) {
            devices.add(vni.without().name());
        } else if (drop instanceof VniMismatch vni) {
            devices.add(vni.first().name());
            devices.add(vni.second().name());
        }
        return new DiagramHighlights(paths, pathLinks, devices, links, linkPeaks);
    }

    private static Optional<String> dropLink(VlanDrop drop) {
        if (drop instanceof PortDrop port) {
            return Optional.of(port.link().name());
        }
        if (drop instanceof BothEndsDrop both) {
            return Optional.of(both.link().name());
        }
        if (drop instanceof LinkDown down) {
            return Optional.of(down.link().name());
        }
        if (drop instanceof LinkRouted routed) {
            return Optional.of(routed.link().name());
        }
        if (drop instanceof NativeVlanMismatch mismatch) {
            return Optional.of(mismatch.link().name());
        }
        return Optional.empty();
    }

    /** Whether the device is on a path or is a drop point. */
    public boolean highlights(String device) {
        return dropDevices.contains(device) || paths.stream().anyMatch(path -> path.contains(device));
    }
}
