package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Bandwidth;
import java.util.List;
import java.util.Optional;

/**
 * What bound a migration as a whole: the scan of the memory its guest never touched where that took longer than
 * sending; the guest's dirtying where the rounds after the first took longer than the first, the guest was slowed
 * or it copied for ever; else what held its stream back on the network.
 */
final class MigrationBound {

    private MigrationBound() {
    }

    /**
     * @param network        what held its first stream back longest
     * @param scan           the scan of untouched memory, when the profile prices it
     * @param scanSeconds    how long the scan took
     * @param sendingSeconds how long it sent
     * @param copiedForEver  whether it never completed because every round left as much dirty as the last
     */
    static Optional<Bottleneck> of(Optional<Bottleneck> network, Optional<Bottleneck.MemoryScan> scan,
                                   double scanSeconds, double sendingSeconds, Bandwidth dirtyRate,
                                   List<PreCopyRound> rounds, GuestSlowdown slowdown, boolean copiedForEver) {
        if (scan.isPresent() && scanSeconds > 0 && scanSeconds > sendingSeconds) {
            return Optional.of(scan.get());
        }
        if (dirtyRate.bitsPerSecond() > 0) {
            long later = 0;
            for (int i = 1; i < rounds.size(); i++) {
                later += rounds.get(i).duration().nanos();
            }
            boolean dirtyingTookLonger = !rounds.isEmpty() && later > rounds.get(0).duration().nanos();
            if (dirtyingTookLonger || slowdown.happened() || copiedForEver) {
                return Optional.of(new Bottleneck.DirtyRate(dirtyRate));
            }
        }
        return network;
    }
}
