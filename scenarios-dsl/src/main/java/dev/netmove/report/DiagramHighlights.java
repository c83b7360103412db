package dev.netmove.report;

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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to draw on top of a topology: the paths migrations took, the places where a VLAN was dropped, the
 * peak utilization of each link migration traffic crossed, and moved VMs' paths to their default gateway
 * before and after the move.
 *
 * @param paths       device sequences, each drawn as a highlighted path
 * @param pathLinks   the names of the links on those paths
 * @param dropDevices devices where a VLAN stops
 * @param dropLinks   links that drop a VLAN
 * @param linkPeaks   peak utilization per link name (the busier direction)
 * @param gatewayRoutes moved VMs' paths to their default gateway before and after the move, in the order added
 */
public record DiagramHighlights(List<List<String>> paths, Set<String> pathLinks, Set<String> dropDevices,
                                Set<String> dropLinks, Map<String, Percent> linkPeaks,
                                List<GatewayRoute> gatewayRoutes) {

    /** Nothing highlighted: the topology alone. */
    public static final DiagramHighlights NONE =
            new DiagramHighlights(List.of(), Set.of(), Set.of(), Set.of(), Map.of(), List.of());

    public DiagramHighlights {
        paths = paths.stream().map(List::copyOf).toList();
        pathLinks = new TreeSet<>(pathLinks);
        dropDevices = new TreeSet<>(dropDevices);
        dropLinks = new TreeSet<>(dropLinks);
        linkPeaks = Map.copyOf(linkPeaks);
        gatewayRoutes = List.copyOf(gatewayRoutes);
    }

    /** Highlights without gateway paths. */
    public DiagramHighlights(List<List<String>> paths, Set<String> pathLinks, Set<String> dropDevices,
                             Set<String> dropLinks, Map<String, Percent> linkPeaks) {
        this(paths, pathLinks, dropDevices, dropLinks, linkPeaks, List.of());
    }

    /**
     * A moved VM's path to its default gateway before the move and after it, each from the VM's host to the
     * gateway device.
     *
     * @param vm          the VM
     * @param before      the devices before the move, host first, gateway last
     * @param beforeLinks the links between them ({@code beforeLinks.get(i)} joins {@code before.get(i)} and the next)
     * @param after       the devices after the move
     * @param afterLinks  the links between them
     */
    public record GatewayRoute(String vm, List<String> before, List<String> beforeLinks, List<String> after,
                               List<String> afterLinks) {
        public GatewayRoute {
            Objects.requireNonNull(vm, "vm");
            before = List.copyOf(before);
            beforeLinks = List.copyOf(beforeLinks);
            after = List.copyOf(after);
            afterLinks = List.copyOf(afterLinks);
            if (before.isEmpty() || before.size() != beforeLinks.size() + 1
                    || after.isEmpty() || after.size() != afterLinks.size() + 1) {
                throw new IllegalArgumentException("the gateway paths of VM " + vm + " need one link fewer than devices:"
                        + " before " + before + " over " + beforeLinks + ", after " + after + " over " + afterLinks);
            }
        }

        /** The gateway device before the move. */
        public String gatewayBefore() {
            return before.get(before.size() - 1);
        }

        /** The gateway device after the move. */
        public String gatewayAfter() {
            return after.get(after.size() - 1);
        }
    }

    /** These highlights plus a moved VM's gateway paths. */
    public DiagramHighlights withGatewayRoute(GatewayRoute route) {
        List<GatewayRoute> more = new ArrayList<>(gatewayRoutes);
        more.add(route);
        return new DiagramHighlights(paths, pathLinks, dropDevices, dropLinks, linkPeaks, more);
    }

    /** These highlights plus a path of devices crossing the named links. */
    public DiagramHighlights withPath(List<String> devices, List<String> links) {
        return withPaths(List.of(devices), links);
    }

    /**
     * These highlights plus many paths at once (every stream of a run: one copy, not one per path), and the links
     * they cross.
     */
    public DiagramHighlights withPaths(List<List<String>> devices, Collection<String> links) {
        List<List<String>> morePaths = new ArrayList<>(paths.size() + devices.size());
        morePaths.addAll(paths);
        morePaths.addAll(devices);
        Set<String> moreLinks = new TreeSet<>(pathLinks);
        moreLinks.addAll(links);
        return new DiagramHighlights(morePaths, moreLinks, dropDevices, dropLinks, linkPeaks, gatewayRoutes);
    }

    /**
     * These highlights plus peaks on links, at once (link -> peak; a link named twice, such as its two directions,
     * or one that has a peak already keeps the higher).
     */
    public DiagramHighlights withPeaks(Collection<Map.Entry<String, Percent>> peaks) {
        Map<String, Percent> more = new HashMap<>(linkPeaks);
        peaks.forEach(p -> more.merge(p.getKey(), p.getValue(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
        return new DiagramHighlights(paths, pathLinks, dropDevices, dropLinks, more, gatewayRoutes);
    }

    /** These highlights plus a peak on a link; the higher peak stays when it has one already. */
    public DiagramHighlights withPeak(String link, Percent peak) {
        return withPeaks(List.of(Map.entry(link, peak)));
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
        return new DiagramHighlights(paths, pathLinks, devices, links, linkPeaks, gatewayRoutes);
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

    /** Whether the device is on a path (a migration's or a gateway path) or is a drop point. */
    public boolean highlights(String device) {
        return dropDevices.contains(device) || paths.stream().anyMatch(path -> path.contains(device))
                || gatewayRoutes.stream().anyMatch(r -> r.before().contains(device) || r.after().contains(device));
    }
}
