package dev.netmove.engine.migration;

import dev.netmove.engine.l2.ForwardingPathSelector;
import dev.netmove.engine.l2.IgpShortestPaths;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.l2.Layer2Path;
import dev.netmove.engine.l2.Layer2Reach;
import dev.netmove.engine.l2.RoutedPath;
import dev.netmove.engine.l2.SpanningTreePathSelector;
import dev.netmove.engine.l2.VlanBlocked;
import dev.netmove.engine.l2.VlanMissingOnDevice;
import dev.netmove.engine.topology.AnycastGateway;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Fhrp;
import dev.netmove.engine.topology.Glbp;
import dev.netmove.engine.topology.Hsrp;
import dev.netmove.engine.topology.InterfaceAddress;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Svi;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import dev.netmove.engine.topology.VmotionInterface;
import dev.netmove.engine.topology.Vrrp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the network lets a VM move to another host at all, and the path its memory takes. A
 * migration succeeds when the hosts' vMotion interfaces connect, the destination has the VM's port
 * group in the same VLAN as the source, and that VLAN reaches the destination from the VM's
 * segment on the source (along the spanning tree by default).
 *
 * <p>vMotion interfaces whose IPs share a subnet must be in the same VLAN, and that VLAN must join
 * the hosts over layer 2. Where the subnets differ, vMotion is routed (the vMotion TCP/IP stack):
 * the source reaches its gateway in its vMotion VLAN, the packets are routed from there (shortest
 * IGP path over routed links and transit SVIs) to the nearest device with an SVI in the
 * destination's vMotion subnet (the gateway itself when it has one), and that VLAN carries them to
 * the destination. The source's gateway is a device with an SVI in its vMotion VLAN whose subnet
 * holds its vMotion IP and that the VLAN reaches from the host: the FHRP active (highest priority,
 * an SVI without FHRP counting {@value Fhrp#DEFAULT_PRIORITY}, then the highest interface IP, then
 * the lowest name), or for an anycast gateway the nearest (fewest hops, then name).
 *
 * <p>An untagged port group or vMotion interface (VLAN 0) is in the VLAN its host sends untagged:
 * the access VLAN, or the trunk's native VLAN, of the host's end of the first of its uplinks that
 * is up ({@code vmotion.nics} first for vMotion). That is the VLAN compared and followed.
 */
public final class MigrationPrecheck {

    private final ForwardingPathSelector selector;

    /** A pre-check with layer-2 paths along the spanning tree. */
    public MigrationPrecheck() {
        this(SpanningTreePathSelector.INSTANCE);
    }

    /** A pre-check choosing layer-2 paths with {@code selector}. */
    public MigrationPrecheck(ForwardingPathSelector selector) {
        this.selector = Objects.requireNonNull(selector, "selector");
    }

    /**
     * Whether VM {@code vmName} can migrate to {@code destinationHost} in {@code topology}. Unknown
     * names throw {@link dev.netmove.engine.topology.UnknownNameException} with the closest names.
     */
    public MigrationVerdict check(Topology topology, String vmName, String destinationHost) {
        return check(new Layer2Analysis(topology, selector), vmName, destinationHost);
    }

    /** As {@link #check(Topology, String, String)}, reusing an analysis (and its VLAN graphs) of the topology. */
    public MigrationVerdict check(Layer2Analysis layer2, String vmName, String destinationHost) {
        Topology topology = layer2.topology();
        Vm vm = topology.requireVm(vmName);
        Device destination = topology.requireHost(destinationHost);
        Device source = topology.requireHost(vm.host());
        if (source.name().equals(destination.name())) {
            return new MigrationVerdict(vm.name(), source.name(), destination.name(),
                    List.of("VM " + vm.name() + " already runs on host " + source.name()), Optional.empty(),
                    Optional.empty());
        }
        List<String> reasons = new ArrayList<>();
        Vmotion vmotion = checkVmotion(layer2, source, destination, reasons);
        Optional<Layer2Path> vmPath = checkVmNetwork(layer2, vm, source, destination, reasons);
        if (reasons.isEmpty() && vmotion.transfer().isPresent()) {
            VmotionRoundTrip.refusal(vmotion.transfer().get(), topology.migration(), source.name(), destination.name())
                    .ifPresent(reasons::add);
        }
        return new MigrationVerdict(vm.name(), source.name(), destination.name(), reasons, vmotion.layer2Path(),
                vmPath, reasons.isEmpty() ? vmotion.transfer() : Optional.empty());
    }

    /** What the vMotion check found: the layer-2 path (same subnet) and the transfer path (either kind). */
    private record Vmotion(Optional<Layer2Path> layer2Path, Optional<TransferPath> transfer) {
        static final Vmotion NONE = new Vmotion(Optional.empty(), Optional.empty());

        static Vmotion overLayer2(Layer2Path path) {
            return new Vmotion(Optional.of(path), Optional.of(TransferPath.of(path)));
        }

        static Vmotion routed(TransferPath path) {
            return new Vmotion(Optional.empty(), Optional.of(path));
        }
    }

    private Vmotion checkVmotion(Layer2Analysis layer2, Device source, Device destination, List<String> reasons) {
        Optional<VmotionInterface> atSource = source.hostConfig().vmotion();
        Optional<VmotionInterface> atDestination = destination.hostConfig().vmotion();
        for (Device host : List.of(source, destination)) {
            if (host.hostConfig().vmotion().isEmpty()) {
                reasons.add("host " + host.name() + " has no vMotion interface");
            }
        }
        if (atSource.isEmpty() || atDestination.isEmpty()) {
            return Vmotion.NONE;
        }
        Topology topology = layer2.topology();
        Optional<HostVlan> sourceVlan = vmotionVlan(topology, source, atSource.get(), reasons);
        Optional<HostVlan> destinationVlan = vmotionVlan(topology, destination, atDestination.get(), reasons);
        if (sourceVlan.isEmpty() || destinationVlan.isEmpty()) {
            return Vmotion.NONE;
        }
        if (!atSource.get().ip().sameSubnet(atDestination.get().ip())) {
            return routedVmotion(layer2, new VmotionEnd(source, sourceVlan.get().vlan(), atSource.get().ip()),
                    new VmotionEnd(destination, destinationVlan.get().vlan(), atDestination.get().ip()), reasons);
        }
        if (sourceVlan.get().vlan() != destinationVlan.get().vlan()) {
            reasons.add("vMotion interface is " + destinationVlan.get() + " on " + destination.name() + " but "
                    + sourceVlan.get() + " on " + source.name());
            return Vmotion.NONE;
        }
        int vlan = sourceVlan.get().vlan();
        Layer2Reach reach = layer2.reach(vlan, source.name(), destination.name());
        if (reach instanceof VlanBlocked blocked) {
            reasons.add("vMotion VLAN " + vlan + " does not connect " + source.name() + " and " + destination.name()
                    + ": " + blocked.drop().describe());
            return Vmotion.NONE;
        }
        return Vmotion.overLayer2((Layer2Path) reach);
    }

    /** A host's vMotion interface as routing sees it: the host, the VLAN it is in, its address. */
    private record VmotionEnd(Device host, int vlan, InterfaceAddress ip) {
        String name() {
            return host.name();
        }

        /** {@code vMotion subnet 10.9.1.0/24 of esx-b1}. */
        String subnet() {
            return "vMotion subnet " + ip.subnet() + " of " + host.name();
        }
    }

    private Vmotion routedVmotion(Layer2Analysis layer2, VmotionEnd source, VmotionEnd destination,
                                  List<String> reasons) {
        Optional<Gateway> gateway = sourceGateway(layer2, source, reasons);
        List<Gateway> egress = gatewaysOf(layer2.topology(), destination);
        if (egress.isEmpty()) {
            reasons.add(noGateway(destination));
        }
        if (gateway.isEmpty() || egress.isEmpty()) {
            return Vmotion.NONE;
        }
        List<String> egressNames = egress.stream().map(Gateway::name).toList();
        Optional<RoutedPath> routed = IgpShortestPaths.overRoutedLinksAndTransitSvis(layer2)
                .toNearest(gateway.get().name(), egressNames);
        if (routed.isEmpty()) {
            reasons.add("no routed path from " + gateway.get().name() + ", the vMotion gateway of " + source.name()
                    + ", to the " + destination.subnet() + " (on " + String.join(", ", egressNames) + ")");
            return Vmotion.NONE;
        }
        Layer2Reach toGateway = layer2.reach(source.vlan(), source.name(), gateway.get().name());
        Layer2Reach down = layer2.reach(destination.vlan(), routed.get().to(), destination.name());
        if (down instanceof VlanBlocked blocked) {
            reasons.add("vMotion VLAN " + destination.vlan() + " does not connect " + routed.get().to()
                    + ", which routes the " + destination.subnet() + ", to " + destination.name() + ": "
                    + blocked.drop().describe());
            return Vmotion.NONE;
        }
        return Vmotion.routed(TransferPath.routed((Layer2Path) toGateway, routed.get(), (Layer2Path) down));
    }

    /**
     * The gateway of {@code end}'s vMotion interface: among the devices with an SVI in its VLAN and
     * subnet, those its VLAN reaches from the host, the FHRP active (or nearest anycast gateway).
     */
    private static Optional<Gateway> sourceGateway(Layer2Analysis layer2, VmotionEnd end, List<String> reasons) {
        List<Gateway> candidates = gatewaysOf(layer2.topology(), end);
        if (candidates.isEmpty()) {
            reasons.add(noGateway(end));
            return Optional.empty();
        }
        Set<String> domain = layer2.segment(end.vlan(), end.name());
        List<Gateway> reachable = candidates.stream().filter(g -> domain.contains(g.name())).toList();
        if (reachable.isEmpty()) {
            Gateway elected = elect(layer2, end, candidates);
            Layer2Reach reach = layer2.reach(end.vlan(), end.name(), elected.name());
            String why = reach instanceof VlanBlocked blocked ? blocked.drop().describe() : "it is not in the VLAN";
            reasons.add("vMotion VLAN " + end.vlan() + " does not connect " + end.name() + " to its gateway "
                    + elected.name() + " (SVI " + elected.svi().ip().orElseThrow() + "): " + why);
            return Optional.empty();
        }
        return Optional.of(elect(layer2, end, reachable));
    }

    /** The devices that are up with an SVI in {@code end}'s vMotion VLAN whose subnet holds its address, in topology order. */
    private static List<Gateway> gatewaysOf(Topology topology, VmotionEnd end) {
        List<Gateway> gateways = new ArrayList<>();
        for (Device device : topology.devices().values()) {
            if (device.isHost() || !topology.isUp(device)) {
                continue;
            }
            Optional<Svi> svi = device.svi(end.vlan());
            if (svi.isPresent() && svi.get().ip().isPresent()
                    && svi.get().ip().get().subnet().contains(end.ip().address())) {
                gateways.add(new Gateway(device.name(), svi.get()));
            }
        }
        return gateways;
    }

    private static String noGateway(VmotionEnd end) {
        return "no gateway for " + end.subnet() + ": no device has an SVI in VLAN " + end.vlan()
                + " with an address in that subnet";
    }

    /** FHRP election: anycast gateways serve locally (nearest wins); else highest priority, highest IP, lowest name. */
    private static Gateway elect(Layer2Analysis layer2, VmotionEnd end, List<Gateway> candidates) {
        List<Gateway> anycast = candidates.stream().filter(g -> g.svi().fhrp().orElse(null) instanceof AnycastGateway)
                .toList();
        if (!anycast.isEmpty()) {
            return anycast.stream().min(Comparator.comparingInt((Gateway g) -> hopsTo(layer2, end, g))
                    .thenComparing(Gateway::name)).orElseThrow();
        }
        return candidates.stream().min(Comparator.comparingInt((Gateway g) -> -g.priority())
                .thenComparing(g -> g.svi().ip().orElseThrow().address(), Comparator.reverseOrder())
                .thenComparing(Gateway::name)).orElseThrow();
    }

    private static int hopsTo(Layer2Analysis layer2, VmotionEnd end, Gateway gateway) {
        return layer2.reach(end.vlan(), end.name(), gateway.name()) instanceof Layer2Path path
                ? path.hops() : Integer.MAX_VALUE;
    }

    /** A device with an SVI that can serve as a vMotion gateway. */
    private record Gateway(String name, Svi svi) {
        int priority() {
            Fhrp fhrp = svi.fhrp().orElse(null);
            if (fhrp instanceof Hsrp hsrp) {
                return hsrp.priority();
            }
            if (fhrp instanceof Vrrp vrrp) {
                return vrrp.priority();
            }
            if (fhrp instanceof Glbp glbp) {
                return glbp.priority();
            }
            return Fhrp.DEFAULT_PRIORITY;
        }
    }

    private Optional<Layer2Path> checkVmNetwork(Layer2Analysis layer2, Vm vm, Device source, Device destination,
                                                List<String> reasons) {
        Topology topology = layer2.topology();
        String groupName = vm.portGroup();
        // the topology checks on construction that a VM's host has its port group
        PortGroup atSource = source.hostConfig().portGroup(groupName).orElseThrow();
        Optional<HostVlan> sourceVlan = portGroupVlan(topology, source, atSource, reasons);
        boolean portGroupReason = false;
        Optional<PortGroup> atDestination = destination.hostConfig().portGroup(groupName);
        if (atDestination.isEmpty()) {
            List<String> names = List.copyOf(destination.hostConfig().portGroups().keySet());
            reasons.add("host " + destination.name() + " has no port group \"" + groupName + "\" ("
                    + (names.isEmpty() ? "it has none" : "its port groups: " + String.join(", ", names)) + ")");
            portGroupReason = true;
        } else {
            int before = reasons.size();
            Optional<HostVlan> destinationVlan = portGroupVlan(topology, destination, atDestination.get(), reasons);
            if (sourceVlan.isPresent() && destinationVlan.isPresent()
                    && sourceVlan.get().vlan() != destinationVlan.get().vlan()) {
                reasons.add("port group \"" + groupName + "\" is " + destinationVlan.get() + " on " + destination.name()
                        + " but " + sourceVlan.get() + " on " + source.name());
            }
            portGroupReason = reasons.size() > before;
        }
        if (sourceVlan.isEmpty()) {
            return Optional.empty();
        }
        int vlan = sourceVlan.get().vlan();
        Layer2Reach reach = layer2.reach(vlan, source.name(), destination.name());
        if (reach instanceof VlanBlocked blocked) {
            // "the destination has no port group in the VLAN" only repeats the port-group reason already given
            boolean repeats = portGroupReason && blocked.drop() instanceof VlanMissingOnDevice missing
                    && missing.device().name().equals(destination.name());
            if (!repeats) {
                reasons.add("VLAN " + vlan + " of VM " + vm.name() + " does not reach " + destination.name()
                        + " from its segment on " + source.name() + ": " + blocked.drop().describe());
            }
            return Optional.empty();
        }
        return Optional.of((Layer2Path) reach);
    }

    private static Optional<HostVlan> portGroupVlan(Topology topology, Device host, PortGroup group,
                                                    List<String> reasons) {
        if (!group.isUntagged()) {
            return Optional.of(new HostVlan(group.vlan(), Optional.empty()));
        }
        Optional<HostVlan> untagged = untaggedVlan(topology, host, topology.uplinksOf(host.name()));
        if (untagged.isEmpty()) {
            reasons.add("host " + host.name() + " has no uplink that is up for its untagged port group \""
                    + group.name() + "\"");
        }
        return untagged;
    }

    private static Optional<HostVlan> vmotionVlan(Topology topology, Device host, VmotionInterface vmotion,
                                                  List<String> reasons) {
        if (vmotion.vlan() != PortGroup.UNTAGGED) {
            return Optional.of(new HostVlan(vmotion.vlan(), Optional.empty()));
        }
        List<String> nics = vmotion.nics().isEmpty() ? topology.uplinksOf(host.name()) : vmotion.nics();
        Optional<HostVlan> untagged = untaggedVlan(topology, host, nics);
        if (untagged.isEmpty()) {
            reasons.add("host " + host.name() + " has no uplink that is up for its untagged vMotion interface");
        }
        return untagged;
    }

    /** The VLAN untagged frames of {@code host} travel in: that of its end of the first NIC's link that is up. */
    private static Optional<HostVlan> untaggedVlan(Topology topology, Device host, List<String> nics) {
        for (String nic : nics) {
            Optional<Link> link = topology.linkAt(host.name(), nic);
            if (link.isPresent() && topology.isUp(link.get()) && link.get().end(host.name()).mode() != LinkMode.ROUTED) {
                LinkEnd end = link.get().end(host.name());
                String kind = end.mode() == LinkMode.ACCESS ? "access VLAN " : "native VLAN ";
                return Optional.of(new HostVlan(end.nativeVlan(),
                        Optional.of("untagged (" + kind + end.nativeVlan() + " of " + nic + ")")));
            }
        }
        return Optional.empty();
    }

    /**
     * A VLAN on a host as users should read it: {@code VLAN 110}, or for an untagged port group or
     * interface {@code untagged (access VLAN 110 of vmnic0)}.
     */
    private record HostVlan(int vlan, Optional<String> untagged) {
        @Override
        public String toString() {
            return untagged.orElse("VLAN " + vlan);
        }
    }
}
