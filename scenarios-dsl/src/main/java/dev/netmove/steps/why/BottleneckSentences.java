package dev.netmove.steps.why;

import dev.netmove.engine.migration.Bottleneck;
import dev.netmove.engine.quantity.Rounded;

/**
 * The sentences that say what held a migration's stream back ({@link Bottleneck}), written once for the
 * step failures and the report.
 */
public final class BottleneckSentences {

    private BottleneckSentences() {
    }

    /**
     * {@code link "leaf1-spine1" from leaf1 to spine1 (10Gbps, 6Gbps background), shared with 1 other migration},
     * {@code its stream cap (15Gbps per stream)}.
     */
    public static String of(Bottleneck bottleneck) {
        if (bottleneck instanceof Bottleneck.OnLink link) {
            return link.direction() + " (" + link.direction().describeCapacity() + ")" + sharedWith(link.sharers());
        }
        return "its stream cap (" + Rounded.rate(((Bottleneck.StreamCap) bottleneck).perStream()) + " per stream)";
    }

    /** {@code its stream was held by link "esx1-leaf1" from esx1 to leaf1 (10Gbps)}. */
    public static String heldBy(Bottleneck bottleneck) {
        return "its stream was held by " + of(bottleneck);
    }

    private static String sharedWith(int others) {
        return others == 0 ? "" : others == 1 ? ", shared with 1 other migration"
                : ", shared with up to " + others + " other migrations";
    }
}
