package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.HostConfig;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jgrapht.graph.Multigraph;

/**
 * Which links carry a VLAN, and why a link does not: the rules of {@link Layer2Analysis}'s class
 * comment, and the VLAN graphs built from them.
 */
final class VlanCarrying {

    private final Topology topology;
    // most topologies have nothing down; then the per-link up checks are skipped
    private final boolean everythingUp;

    VlanCarrying(Topology topology) {
        this.topology = topology;
        this.everythingUp = topology.downDevices().isEmpty() && topology.downLinks().isEmpty();
    }

    /** VLAN {@code vlan}'s graph: the devices that are up and have it, joined by the links that carry it. */
    VlanGraph buildVlanGraph(int vlan, Supplier<IgpShortestPaths> underlay) {
        Multigraph<String, Link> graph = new Multigraph<>(null, null, false);
        SortedMap<String, Integer> vteps = new TreeMap<>();
        List<String> switches = new ArrayList<>();
        for (Device device : topology.devices().values()) {
            if (topology.isUp(device) && device.effectiveVlans().contains(vlan)) {
                graph.addVertex(device.name());
                if (device.isSwitch()) {
                    switches.add(device.name());
                    int vni = device.vxlan().map(v -> v.vniOf(vlan)).orElse(0);
                    if (vni != 0) {
                        vteps.put(device.name(), vni);
                    }
                }
            }
        }
        List<Link> carrying = new ArrayList<>();
        List<Link> switchLinks = new ArrayList<>();
        for (Link link : topology.links()) {
            if (dropOf(link, vlan) == null) {
                carrying.add(link);
                // an untagged host joins the graph through its links only
                graph.addVertex(link.a().device());
                graph.addVertex(link.b().device());
                graph.addEdge(link.a().device(), link.b().device(), link);
                if (topology.requireDevice(link.a().device()).isSwitch()
                        && topology.requireDevice(link.b().device()).isSwitch()) {
                    switchLinks.add(link);
                }
            }
        }
        return new VlanGraph(topology, vlan, graph, carrying, switches, switchLinks, vteps, underlay);
    }

    /** Why {@code link} drops {@code vlan}, or null when it carries it (null keeps graph building allocation-free). */
    VlanDrop dropOf(Link link, int vlan) {
        Device a = topology.requireDevice(link.a().device());
        Device b = topology.requireDevice(link.b().device());
        if (!everythingUp) {
            if (!topology.isUp(a)) {
                return new DeviceDown(a.name());
            }
            if (!topology.isUp(b)) {
                return new DeviceDown(b.name());
            }
            if (!topology.isUp(link)) {
                return new LinkDown(link);
            }
        }
        if (hasRoutedEnd(link)) {
            return new LinkRouted(link, link.ends().stream().filter(end -> end.mode() == LinkMode.ROUTED).toList());
        }
        PortDrop atA = portDrop(link, link.a(), vlan);
        PortDrop atB = portDrop(link, link.b(), vlan);
        if (atA != null && atB != null) {
            return new BothEndsDrop(link, atA, atB);
        }
        if (atA != null) {
            return atA;
        }
        if (atB != null) {
            return atB;
        }
        if (!hasVlan(a, link.a(), vlan)) {
            return new VlanMissingOnDevice(a, vlan);
        }
        if (!hasVlan(b, link.b(), vlan)) {
            return new VlanMissingOnDevice(b, vlan);
        }
        if (nativeMismatch(link, vlan)) {
            return new NativeVlanMismatch(link, vlan, a.isSwitch() && b.isSwitch());
        }
        return null;
    }

    /** Whether {@code vlan} is the native VLAN of only one end of a trunk (both ends trunks). */
    private static boolean nativeMismatch(Link link, int vlan) {
        LinkEnd a = link.a();
        LinkEnd b = link.b();
        return a.mode() == LinkMode.TRUNK && b.mode() == LinkMode.TRUNK && a.nativeVlan() != b.nativeVlan()
                && (a.nativeVlan() == vlan || b.nativeVlan() == vlan);
    }

    private static PortDrop portDrop(Link link, LinkEnd end, int vlan) {
        if (end.allows(vlan)) {
            return null;
        }
        return end.mode() == LinkMode.ACCESS ? new AccessPortInOtherVlan(link, end, vlan) : new TrunkPruned(link, end, vlan);
    }

    static boolean hasRoutedEnd(Link link) {
        return link.a().mode() == LinkMode.ROUTED || link.b().mode() == LinkMode.ROUTED;
    }

    /** Whether {@code device} has {@code vlan} on the port {@code end}; see the class comment for untagged hosts. */
    private static boolean hasVlan(Device device, LinkEnd end, int vlan) {
        if (device.effectiveVlans().contains(vlan)) {
            return true;
        }
        return sendsUntagged(device) && end.mode() != LinkMode.ROUTED && end.nativeVlan() == vlan;
    }

    static boolean sendsUntagged(Device device) {
        if (!device.isHost()) {
            return false;
        }
        HostConfig host = device.hostConfig();
        return host.portGroups().values().stream().anyMatch(PortGroup::isUntagged)
                || host.vmotion().map(v -> v.vlan() == PortGroup.UNTAGGED).orElse(false);
    }
}
