package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.Topology;
import java.util.Optional;

/**
 * The what-ifs of migration scenarios that {@link Topology} has no method for: a vMotion QoS limit, a
 * VM's dirty rate, the switchover time limit. Each returns a new topology with the same devices, links,
 * VMs and flows but for the one change, and with the same devices and links down (through {@code Topology.with...}).
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
        return topology.withLink(link.withVmotionShare(share));
    }

    /** {@code topology} with the vMotion class limited to {@code share} of every link. */
    public static Topology withVmotionShareEverywhere(Topology topology, Percent share) {
        checkShare(share);
        return topology.withEachLink(link -> link.withVmotionShare(share));
    }

    /**
     * {@code topology} with VM {@code vmName} dirtying its memory at {@code rate}.
     *
     * @throws dev.netmove.engine.topology.UnknownNameException for an unknown VM
     */
    public static Topology withDirtyRate(Topology topology, String vmName, Bandwidth rate) {
        return topology.withVm(topology.requireVm(vmName).withDirtyRate(rate));
    }

    /**
     * {@code topology} whose migrations switch over when the rest fits in {@code limit}.
     *
     * @throws IllegalArgumentException when the limit is zero
     */
    public static Topology withMaxDowntime(Topology topology, TimeSpan limit) {
        if (limit.isZero()) {
            throw new IllegalArgumentException("the switchover time limit must be more than 0s");
        }
        MigrationSettings settings = topology.migration();
        return topology.withMigration(new MigrationSettings(settings.profile(), Optional.of(limit),
                settings.maxRounds(), settings.setupTime(), settings.deviceState(), settings.resumeTime(),
                settings.streamEfficiency(), settings.streamCap(), settings.concurrentPerHost(), settings.convergence(),
                settings.limits()));
    }

    private static void checkShare(Percent share) {
        if (share.isZero() || share.compareTo(Percent.HUNDRED) > 0) {
            throw new IllegalArgumentException("a vMotion limit is a share above 0% and at most 100%, not " + share);
        }
    }
}
