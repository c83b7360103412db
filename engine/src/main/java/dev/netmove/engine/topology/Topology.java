package dev.netmove.engine.topology;

import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.quantity.Bandwidth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.UnaryOperator;

/**
 * A whole data center as loaded from one topology file: devices, links, VMs, flows and the
 * live-migration settings, indexed by name once. Immutable; the what-ifs ({@code with...}) return
 * a new topology that shares everything they do not change.
 *
 * <p>Devices and VMs keep the order of the file; links and flows too.
 */
public final class Topology {

    private final String name;
    private final Map<String, Device> devices;
    private final List<Link> links;
    private final Map<String, Vm> vms;
    private final List<Flow> flows;
    private final MigrationSettings migration;
    private final String source;
    private final SortedSet<String> downDevices;
    private final SortedSet<String> downLinks;

    private final DeviceIndex deviceIndex;
    private final LinkIndex linkIndex;
    private final NetworkAnalyses analyses;

    /**
     * A topology, checked for consistency: every link end, VM host, port group, uplink and flow
     * endpoint must name something that exists. Throws {@link IllegalArgumentException} otherwise.
     *
     * @param source where it came from (a file name), for messages and reports
     */
    public Topology(String name, Map<String, Device> devices, List<Link> links, Map<String, Vm> vms,
                    List<Flow> flows, MigrationSettings migration, String source) {
        this(name, Maps.orderedCopy(devices), List.copyOf(links), Maps.orderedCopy(vms), List.copyOf(flows),
                migration, source, Collections.emptySortedSet(), Collections.emptySortedSet(), null, null, null);
        TopologyConsistency.check(this, linkIndex);
    }

    private Topology(String name, Map<String, Device> devices, List<Link> links, Map<String, Vm> vms,
                     List<Flow> flows, MigrationSettings migration, String source, SortedSet<String> downDevices,
                     SortedSet<String> downLinks, DeviceIndex deviceIndex, LinkIndex linkIndex, NetworkAnalyses analyses) {
        this.name = Objects.requireNonNull(name, "name");
        this.devices = devices;
        this.links = links;
        this.vms = vms;
        this.flows = flows;
        this.migration = Objects.requireNonNull(migration, "migration");
        this.source = Objects.requireNonNull(source, "source");
        this.downDevices = downDevices;
        this.downLinks = downLinks;
        this.deviceIndex = deviceIndex != null ? deviceIndex : new DeviceIndex(devices);
        this.linkIndex = linkIndex != null ? linkIndex : new LinkIndex(links);
        this.analyses = analyses != null ? analyses : new NetworkAnalyses();
    }

    private Topology copy(Map<String, Vm> newVms, SortedSet<String> newDownDevices, SortedSet<String> newDownLinks,
                          List<Link> newLinks) {
        LinkIndex index = newLinks == links ? linkIndex : null;
        // only VMs moved: the network, and so what was worked out from it, is the same
        NetworkAnalyses same = index != null && newDownDevices == downDevices && newDownLinks == downLinks ? analyses : null;
        return new Topology(name, devices, newLinks, newVms, flows, migration, source, newDownDevices, newDownLinks,
                deviceIndex, index, same);
    }

    /** What was worked out from this topology's network, shared with the topologies that only moved VMs. */
    public NetworkAnalyses analyses() {
        return analyses;
    }

    /** The topology's name ({@code topology:} in the file), shown in reports. */
    public String name() {
        return name;
    }

    /** Devices by name, in file order. */
    public Map<String, Device> devices() {
        return devices;
    }

    /** Links in file order. */
    public List<Link> links() {
        return links;
    }

    /** VMs by name, in file order. */
    public Map<String, Vm> vms() {
        return vms;
    }

    public List<Flow> flows() {
        return flows;
    }

    public MigrationSettings migration() {
        return migration;
    }

    /** Where the topology came from, e.g. {@code dc1.yaml}. */
    public String source() {
        return source;
    }

    /** Devices taken down by {@link #withDeviceDown(String)}, sorted. */
    public SortedSet<String> downDevices() {
        return downDevices;
    }

    /** Links taken down by {@link #withLinkDown(String)}, sorted. */
    public SortedSet<String> downLinks() {
        return downLinks;
    }

    public Optional<Device> device(String deviceName) {
        return Optional.ofNullable(devices.get(deviceName));
    }

    /** The device called {@code deviceName}; throws {@link UnknownNameException} with the closest names. */
    public Device requireDevice(String deviceName) {
        Device device = devices.get(deviceName);
        if (device == null) {
            throw unknown("device", deviceName, devices.keySet());
        }
        return device;
    }

    public Optional<Link> link(String linkName) {
        return Optional.ofNullable(linkIndex.byName.get(linkName));
    }

    /** The link called {@code linkName}; throws {@link UnknownNameException} with the closest names. */
    public Link requireLink(String linkName) {
        Link link = linkIndex.byName.get(linkName);
        if (link == null) {
            throw unknown("link", linkName, linkIndex.byName.keySet());
        }
        return link;
    }

    public Optional<Vm> vm(String vmName) {
        return Optional.ofNullable(vms.get(vmName));
    }

    /** The VM called {@code vmName}; throws {@link UnknownNameException} with the closest names. */
    public Vm requireVm(String vmName) {
        Vm vm = vms.get(vmName);
        if (vm == null) {
            throw unknown("VM", vmName, vms.keySet());
        }
        return vm;
    }

    /** The device called {@code hostName} if it is a host. */
    public Optional<Device> host(String hostName) {
        return device(hostName).filter(Device::isHost);
    }

    /** The host called {@code hostName}; throws {@link UnknownNameException} when there is none or it is not a host. */
    public Device requireHost(String hostName) {
        Device device = devices.get(hostName);
        if (device != null && device.isHost()) {
            return device;
        }
        List<String> hostNames = deviceIndex.hosts.stream().map(Device::name).toList();
        if (device != null) {
            throw new UnknownNameException("host", hostName, ClosestNames.closest(hostName, hostNames),
                    "\"" + hostName + "\" is not a host: its role is " + device.role()
                            + ClosestNames.didYouMean(hostName, hostNames));
        }
        throw unknown("host", hostName, hostNames);
    }

    private UnknownNameException unknown(String kind, String wanted, Collection<String> known) {
        return new UnknownNameException(kind, wanted, ClosestNames.closest(wanted, known),
                "no " + kind + " named \"" + wanted + "\" in topology " + name + ClosestNames.didYouMeanOrKnown(wanted, known));
    }

    /** The links with an end on {@code deviceName}, in file order; empty for an unknown device. */
    public List<Link> linksOf(String deviceName) {
        return linkIndex.byDevice.getOrDefault(deviceName, List.of());
    }

    /** The link plugged into {@code port} of {@code deviceName}. */
    public Optional<Link> linkAt(String deviceName, String port) {
        Map<String, Link> ports = linkIndex.byPort.get(deviceName);
        return ports == null ? Optional.empty() : Optional.ofNullable(ports.get(port));
    }

    /** The hosts, in file order. */
    public List<Device> hosts() {
        return deviceIndex.hosts;
    }

    /** The devices with {@code role}, in file order. */
    public List<Device> devicesWithRole(Role role) {
        return deviceIndex.byRole.getOrDefault(role, List.of());
    }

    /** The VMs running on {@code hostName}, in file order. */
    public List<Vm> vmsOn(String hostName) {
        return vms.values().stream().filter(vm -> vm.host().equals(hostName)).toList();
    }

    /**
     * The NICs a host's VM traffic uses, first one up wins: its {@code uplinks}, else the ports of
     * its links in natural order ({@link PortOrder}).
     */
    public List<String> uplinksOf(String hostName) {
        HostConfig config = requireHost(hostName).hostConfig();
        if (!config.uplinks().isEmpty()) {
            return config.uplinks();
        }
        List<String> ports = new ArrayList<>(linkIndex.byPort.getOrDefault(hostName, Map.of()).keySet());
        ports.sort(PortOrder.NATURAL);
        return List.copyOf(ports);
    }

    /** Whether {@code device} is up (not taken down by a what-if). */
    public boolean isUp(Device device) {
        return !downDevices.contains(device.name());
    }

    /** Whether {@code link} is up: not taken down itself, and both its devices up. */
    public boolean isUp(Link link) {
        return !downLinks.contains(link.name()) && !downDevices.contains(link.a().device())
                && !downDevices.contains(link.b().device());
    }

    /** This topology with link {@code linkName} down. */
    public Topology withLinkDown(String linkName) {
        requireLink(linkName);
        return copy(vms, downDevices, SortedSets.plus(downLinks, linkName), links);
    }

    /** This topology with link {@code linkName} up again (its devices may still be down). */
    public Topology withLinkUp(String linkName) {
        requireLink(linkName);
        return copy(vms, downDevices, SortedSets.minus(downLinks, linkName), links);
    }

    /** This topology with device {@code deviceName} down, and so every link on it. */
    public Topology withDeviceDown(String deviceName) {
        requireDevice(deviceName);
        return copy(vms, SortedSets.plus(downDevices, deviceName), downLinks, links);
    }

    /** This topology with device {@code deviceName} up again. */
    public Topology withDeviceUp(String deviceName) {
        requireDevice(deviceName);
        return copy(vms, SortedSets.minus(downDevices, deviceName), downLinks, links);
    }

    /**
     * This topology with VM {@code vmName} running on {@code hostName}, in the port group of the
     * same name; throws {@link UnknownNameException} when the VM or host is unknown or the host has
     * no such port group.
     */
    public Topology withVmOnHost(String vmName, String hostName) {
        Vm vm = requireVm(vmName);
        TopologyConsistency.checkPlacement(this, vm, hostName);
        if (vm.host().equals(hostName)) {
            return this;
        }
        return copy(VmPlacement.with(vms, Map.of(vmName, vm.onHost(hostName))), downDevices, downLinks, links);
    }

    /**
     * This topology with each VM of {@code placement} (VM name to host name, applied in its order) running on its
     * host, as {@link #withVmOnHost} would do one after the other, but copying the VMs once: the topology after
     * a run of many migrations. Returns this topology when no VM changes host.
     */
    public Topology withVmsOnHosts(Map<String, String> placement) {
        Map<String, Vm> moved = null;
        for (Map.Entry<String, String> move : placement.entrySet()) {
            Vm vm = moved != null && moved.containsKey(move.getKey()) ? moved.get(move.getKey()) : requireVm(move.getKey());
            TopologyConsistency.checkPlacement(this, vm, move.getValue());
            if (!vm.host().equals(move.getValue())) {
                if (moved == null) {
                    moved = new LinkedHashMap<>();
                }
                moved.put(vm.name(), vm.onHost(move.getValue()));
            }
        }
        return moved == null ? this : copy(VmPlacement.with(vms, moved), downDevices, downLinks, links);
    }

    /** This topology with background load {@code each} in both directions of link {@code linkName}. */
    public Topology withLinkLoad(String linkName, Bandwidth each) {
        return withLinkLoad(linkName, LinkLoad.of(each));
    }

    /** This topology with background {@code load} on link {@code linkName}. */
    public Topology withLinkLoad(String linkName, LinkLoad load) {
        return withLink(requireLink(linkName).withLoad(load));
    }

    /**
     * This topology with {@code link} in place of the link of the same name: a what-if changes what a link
     * is, not where it runs, so its ends stay (their settings may change). Throws {@link UnknownNameException} for an unknown link.
     */
    public Topology withLink(Link link) {
        List<Link> changed = new ArrayList<>(links);
        changed.set(linkIndex.position.get(sameEnds(requireLink(link.name()), link).name()), link);
        return copy(vms, downDevices, downLinks, List.copyOf(changed));
    }

    /** This topology with every link replaced by what {@code change} makes of it (same name and ends). */
    public Topology withEachLink(UnaryOperator<Link> change) {
        List<Link> changed = new ArrayList<>(links.size());
        for (Link link : links) {
            changed.add(sameEnds(link, change.apply(link)));
        }
        return copy(vms, downDevices, downLinks, List.copyOf(changed));
    }

    private static Link sameEnds(Link old, Link changed) {
        if (!old.name().equals(changed.name()) || !old.a().endpoint().equals(changed.a().endpoint())
                || !old.b().endpoint().equals(changed.b().endpoint())) {
            throw new IllegalArgumentException("link " + old.name() + ": a what-if keeps a link's name and ends, not "
                    + changed.name() + " between " + changed.a() + " and " + changed.b());
        }
        return changed;
    }

    /**
     * This topology with {@code vm} in place of the VM of the same name; throws {@link UnknownNameException}
     * for an unknown VM, or when its host has no such port group.
     */
    public Topology withVm(Vm vm) {
        requireVm(vm.name());
        TopologyConsistency.checkPlacement(this, vm, vm.host());
        return copy(VmPlacement.with(vms, Map.of(vm.name(), vm)), downDevices, downLinks, links);
    }

    /**
     * This topology with {@code device} in place of the device of the same name (a configuration what-if:
     * its VLANs, SVIs, priorities); throws {@link UnknownNameException} for an unknown device.
     */
    public Topology withDevice(Device device) {
        requireDevice(device.name());
        Map<String, Device> changed = new LinkedHashMap<>(devices);
        changed.put(device.name(), device);
        Topology next = new Topology(name, Collections.unmodifiableMap(changed), links, vms, flows, migration, source,
                downDevices, downLinks, null, linkIndex, null);
        TopologyConsistency.check(next, next.linkIndex);
        return next;
    }

    /** This topology with other live-migration settings. */
    public Topology withMigration(MigrationSettings settings) {
        return new Topology(name, devices, links, vms, flows, Objects.requireNonNull(settings, "settings"), source,
                downDevices, downLinks, deviceIndex, linkIndex, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Topology t && name.equals(t.name) && source.equals(t.source)
                && devices.equals(t.devices) && links.equals(t.links) && vms.equals(t.vms)
                && flows.equals(t.flows) && migration.equals(t.migration)
                && downDevices.equals(t.downDevices) && downLinks.equals(t.downLinks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, source, devices, links, vms, flows, migration, downDevices, downLinks);
    }

    @Override
    public String toString() {
        return "Topology[" + name + " from " + source + ": " + devices.size() + " devices, " + links.size()
                + " links, " + vms.size() + " VMs, " + flows.size() + " flows"
                + (downDevices.isEmpty() ? "" : ", down devices " + downDevices)
                + (downLinks.isEmpty() ? "" : ", down links " + downLinks) + "]";
    }
}
