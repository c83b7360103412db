package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.quantity.TimeSpan;
import java.util.Objects;

/**
 * One pre-copy round, sent while the guest runs: round 0 sends the memory in use, each later round
 * what the guest dirtied during the round before.
 *
 * @param number        0 for the first round
 * @param size          what the round sent
 * @param duration      how long it took
 * @param goodput       what the round got: its size over its duration (the bandwidth the stop test uses)
 * @param guestSlowdown how much the guest was slowed during the round (0% when it ran at full speed)
 */
public record PreCopyRound(int number, DataSize size, TimeSpan duration, Bandwidth goodput, Percent guestSlowdown) {
    public PreCopyRound {
        if (number < 0) {
            throw new IllegalArgumentException("round number " + number + " is negative");
        }
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(goodput, "goodput");
        Objects.requireNonNull(guestSlowdown, "guestSlowdown");
    }

    @Override
    public String toString() {
        return "round " + number + ": " + Rounded.size(size) + " in " + Rounded.time(duration) + " at "
                + Rounded.rate(goodput) + (guestSlowdown.isZero() ? "" : ", guest slowed " + Rounded.share(guestSlowdown));
    }
}
