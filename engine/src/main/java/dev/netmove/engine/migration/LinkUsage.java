package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What migration streams put on one direction of a link: the timeline of their rate on the wire, its
 * peak, and the bytes.
 *
 * @param direction the link direction
 * @param timeline  the stretches with migration traffic, in time order (rates on the wire, not goodput)
 * @param bytes     the migration traffic's bytes on the wire
 */
public record LinkUsage(LinkDirection direction, List<UsageInterval> timeline, DataSize bytes) {

    public LinkUsage {
        Objects.requireNonNull(direction, "direction");
        timeline = List.copyOf(timeline);
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The direction with background load only (no migration crossed it). */
    public static LinkUsage idle(LinkDirection direction) {
        return new LinkUsage(direction, List.of(), DataSize.ZERO);
    }

    /** The busiest moment: the first stretch with the most migration traffic, or the background alone. */
    public UsagePeak peak() {
        Bandwidth background = direction.background();
        Optional<UsageInterval> busiest = Optional.empty();
        for (UsageInterval interval : timeline) {
            if (busiest.isEmpty() || interval.vmotion().compareTo(busiest.get().vmotion()) > 0) {
                busiest = Optional.of(interval);
            }
        }
        Bandwidth vmotion = busiest.map(UsageInterval::vmotion).orElse(Bandwidth.ZERO);
        if (vmotion.isZero()) {
            busiest = Optional.empty();
        }
        return new UsagePeak(direction, utilization(background.plus(vmotion)), background, vmotion, busiest);
    }

    private Percent utilization(Bandwidth total) {
        return Percent.ofPpm(Math.round(total.bitsPerSecond() * 1e6 / direction.link().speed().bitsPerSecond()));
    }
}
