package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The what-ifs of migration scenarios that {@link Topology} has no method for: a vMotion QoS limit, a
 * VM's dirty rate, the switchover time limit. Each returns a new topology with the same devices, links,
 * VMs and flows but for the one change, and with the same devices and links down.
 */
public final class MigrationWhatIfs {

    private MigrationWhatIfs() {
    }

    /**
     * {@code topology} with the vMotion class limited to {@code share} of link {@code linkName}.
     *
     * @throws dev.netmove.engine.topology.UnknownNameException for an unknown link
     * @throws IllegalArgumentException                         when the share is not above 0% and at most 100%
     */
    public static Topology withVmotionShare(Topology topology, String linkName, Percent share) {
        Link link = topology.requireLink(linkName);
        checkShare(share);
        List<Link> links = new ArrayList<>(topology.links());
        links.set(links.indexOf(link), withShare(link, share));
        return rebuild(topology, links, topology.vms(), topology.migration());
    }

    /** {@code topology} with the vMotion class limited to {@code share} of every link. */
    public static Topology withVmotionShareEverywhere(Topology topology, Percent share) {
        checkShare(share);
        List<Link> links = topology.links().stream().map(link -> withShare(link, share)).toList();
        return rebuild(topology, links, topology.vms(), topology.migration());
    }

    /**
     * {@code topology} with VM {@code vmName} dirtying its memory at {@code rate}.
     *
     * @throws dev.netmove.engine.topology.UnknownNameException for an unknown VM
     */
    public static Topology withDirtyRate(Topology topology, String vmName, Bandwidth rate) {
        Vm vm = topology.requireVm(vmName);
        Map<String, Vm> vms = new LinkedHashMap<>(topology.vms());
        vms.put(vmName, new Vm(vm.name(), vm.host(), vm.portGroup(), vm.ip(), vm.memory(), vm.inUse(), rate,
                vm.workingSet()));
        return rebuild(topology, topology.links(), vms, topology.migration());
    }

    /**
     * {@code topology} whose migrations switch over when the rest fits in {@code limit}.
     *
     * @throws IllegalArgumentException when the limit is zero
     */
    public static Topology withMaxDowntime(Topology topology, TimeSpan limit) {
        return rebuild(topology, topology.links(), topology.vms(), withMaxDowntime(topology.migration(), limit));
    }

    /** {@code settings} with another switchover target ({@code maxDowntime}). */
    public static MigrationSettings withMaxDowntime(MigrationSettings settings, TimeSpan limit) {
        if (limit.isZero()) {
            throw new IllegalArgumentException("the switchover time limit must be more than 0s");
        }
        return new MigrationSettings(settings.profile(), Optional.of(limit), settings.maxRounds(), settings.setupTime(),
                settings.deviceState(), settings.resumeTime(), settings.streamEfficiency(), settings.streamCap(),
                settings.concurrentPerHost(), settings.convergence());
    }

    /** {@code topology} with other migration settings. */
    public static Topology withMigrationSettings(Topology topology, MigrationSettings settings) {
        return rebuild(topology, topology.links(), topology.vms(), settings);
    }

    private static void checkShare(Percent share) {
        if (share.isZero() || share.compareTo(Percent.HUNDRED) > 0) {
            throw new IllegalArgumentException("a vMotion limit is a share above 0% and at most 100%, not " + share);
        }
    }

    private static Link withShare(Link link, Percent share) {
        return new Link(link.name(), link.a(), link.b(), link.speed(), link.latency(), link.lag(), link.load(),
                Optional.of(share), link.fhrpFilter(), link.cost());
    }

    private static Topology rebuild(Topology topology, List<Link> links, Map<String, Vm> vms, MigrationSettings settings) {
        Topology changed = new Topology(topology.name(), topology.devices(), links, vms, topology.flows(), settings,
                topology.source());
        for (String device : topology.downDevices()) {
            changed = changed.withDeviceDown(device);
        }
        for (String link : topology.downLinks()) {
            changed = changed.withLinkDown(link);
        }
        return changed;
    }
}
