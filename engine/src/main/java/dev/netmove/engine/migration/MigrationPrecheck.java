package dev.netmove.engine.migration;

import dev.netmove.engine.l2.ForwardingPathSelector;
import dev.netmove.engine.l2.FewestHopsPathSelector;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.l2.Layer2Path;
import dev.netmove.engine.l2.Layer2Reach;
import dev.netmove.engine.l2.VlanBlocked;
import dev.netmove.engine.l2.VlanMissingOnDevice;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import dev.netmove.engine.topology.VmotionInterface;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The first cut of the migration verdict: whether the network lets a VM move to another host at
 * all. A migration succeeds when both hosts have a vMotion interface in the same VLAN and that
 * VLAN joins them over layer 2, the destination has the VM's port group in the same VLAN as the
 * source, and that VLAN reaches the destination from the VM's segment on the source.
 *
 * <p>An untagged port group or vMotion interface (VLAN 0) is in the VLAN its host sends untagged:
 * the access VLAN, or the trunk's native VLAN, of the host's end of the first of its uplinks that
 * is up ({@code vmotion.nics} first for vMotion). That is the VLAN compared and followed.
 */
public final class MigrationPrecheck {

    private final ForwardingPathSelector selector;

    /** A pre-check with fewest-hop layer-2 paths. */
    public MigrationPrecheck() {
        this(FewestHopsPathSelector.INSTANCE);
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
        Optional<Layer2Path> vmotionPath = checkVmotion(layer2, source, destination, reasons);
        Optional<Layer2Path> vmPath = checkVmNetwork(layer2, vm, source, destination, reasons);
        return new MigrationVerdict(vm.name(), source.name(), destination.name(), reasons, vmotionPath, vmPath);
    }

    private Optional<Layer2Path> checkVmotion(Layer2Analysis layer2, Device source, Device destination,
                                              List<String> reasons) {
        Optional<VmotionInterface> atSource = source.hostConfig().vmotion();
        Optional<VmotionInterface> atDestination = destination.hostConfig().vmotion();
        for (Device host : List.of(source, destination)) {
            if (host.hostConfig().vmotion().isEmpty()) {
                reasons.add("host " + host.name() + " has no vMotion interface");
            }
        }
        if (atSource.isEmpty() || atDestination.isEmpty()) {
            return Optional.empty();
        }
        Topology topology = layer2.topology();
        Optional<HostVlan> sourceVlan = vmotionVlan(topology, source, atSource.get(), reasons);
        Optional<HostVlan> destinationVlan = vmotionVlan(topology, destination, atDestination.get(), reasons);
        if (sourceVlan.isEmpty() || destinationVlan.isEmpty()) {
            return Optional.empty();
        }
        if (sourceVlan.get().vlan() != destinationVlan.get().vlan()) {
            reasons.add("vMotion interface is " + destinationVlan.get() + " on " + destination.name() + " but "
                    + sourceVlan.get() + " on " + source.name());
            return Optional.empty();
        }
        int vlan = sourceVlan.get().vlan();
        Layer2Reach reach = layer2.reach(vlan, source.name(), destination.name());
        if (reach instanceof VlanBlocked blocked) {
            reasons.add("vMotion VLAN " + vlan + " does not connect " + source.name() + " and " + destination.name()
                    + ": " + blocked.drop().describe());
            return Optional.empty();
        }
        return Optional.of((Layer2Path) reach);
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
