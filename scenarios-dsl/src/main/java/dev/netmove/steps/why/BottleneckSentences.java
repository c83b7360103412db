package dev.netmove.steps.why;

import dev.netmove.engine.migration.Bottleneck;
import dev.netmove.engine.quantity.Rounded;

/**
 * The sentences that say what bound a migration ({@link Bottleneck}), written once for the step failures and the
 * report.
 */
public final class BottleneckSentences {

    private BottleneckSentences() {
    }

    /**
     * {@code link "leaf1-spine1" from leaf1 to spine1 (10Gbps, 6Gbps background), shared with 1 other migration},
     * {@code its stream cap (15Gbps per stream)}, {@code the migration ceiling of host esx1 (5Gbps for all its
     * streams, sending and receiving), shared with up to 9 other migrations}, {@code its TCP window (6MiB per
     * 40ms round trip: 1.26Gbps per stream)}, {@code the guest's dirty rate (400MB/s)}, {@code the scan of 15GiB
     * of memory the guest never touched (at 1.5GiB/s)}.
     */
    public static String of(Bottleneck bottleneck) {
        if (bottleneck instanceof Bottleneck.OnLink link) {
            return link.direction() + " (" + link.direction().describeCapacity() + ")" + sharedWith(link.sharers());
        }
        if (bottleneck instanceof Bottleneck.StreamCap cap) {
            return "its stream cap (" + Rounded.rate(cap.perStream()) + " per stream)";
        }
        if (bottleneck instanceof Bottleneck.HostCeiling host) {
            return "the migration ceiling of host " + host.host() + " (" + Rounded.rate(host.ceiling())
                    + " for all its streams, sending and receiving)" + sharedWith(host.sharers());
        }
        if (bottleneck instanceof Bottleneck.Window window) {
            return "its TCP window (" + Rounded.size(window.window()) + " per " + Rounded.time(window.roundTrip())
                    + " round trip: " + Rounded.rate(window.perStream()) + " per stream)";
        }
        if (bottleneck instanceof Bottleneck.DirtyRate dirty) {
            return "the guest's dirty rate (" + Rounded.rate(dirty.dirtyRate()) + ")";
        }
        Bottleneck.MemoryScan scan = (Bottleneck.MemoryScan) bottleneck;
        return "the scan of " + Rounded.size(scan.untouched()) + " of memory the guest never touched (at "
                + Rounded.rate(scan.scanRate()) + ")";
    }

    /**
     * {@code its stream was held by link "esx1-leaf1" from esx1 to leaf1 (10Gbps)}, or, where the guest or the scan
     * of its memory took longer than the network, {@code its time was bound by the guest's dirty rate (400MB/s)}.
     */
    public static String heldBy(Bottleneck bottleneck) {
        boolean guest = bottleneck instanceof Bottleneck.DirtyRate || bottleneck instanceof Bottleneck.MemoryScan;
        return (guest ? "its time was bound by " : "its stream was held by ") + of(bottleneck);
    }

    /**
     * A few words for a table column: {@code link leaf1-spine1 (leaf1 > spine1)}, {@code stream cap},
     * {@code host esx1 ceiling}, {@code TCP window / round trip}, {@code dirty rate}, {@code memory scan}.
     */
    public static String label(Bottleneck bottleneck) {
        if (bottleneck instanceof Bottleneck.OnLink link) {
            return "link " + link.direction().linkName() + " (" + link.direction().from() + " > "
                    + link.direction().to() + ")";
        }
        if (bottleneck instanceof Bottleneck.StreamCap) {
            return "stream cap";
        }
        if (bottleneck instanceof Bottleneck.HostCeiling host) {
            return "host " + host.host() + " ceiling";
        }
        if (bottleneck instanceof Bottleneck.Window) {
            return "TCP window / round trip";
        }
        return bottleneck instanceof Bottleneck.DirtyRate ? "dirty rate" : "memory scan";
    }

    private static String sharedWith(int others) {
        return others == 0 ? "" : others == 1 ? ", shared with 1 other migration"
                : ", shared with up to " + others + " other migrations";
    }
}
