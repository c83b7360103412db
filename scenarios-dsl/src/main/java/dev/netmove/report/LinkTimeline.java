package dev.netmove.report;

import dev.netmove.engine.migration.LinkUsage;
import dev.netmove.engine.migration.UsageInterval;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The utilization of one link direction over a scenario's time, as the chart draws it: background load all
 * along, plus migration traffic during its stretches.
 *
 * @param link       the link's name
 * @param from       the device the traffic leaves
 * @param to         the device it arrives at
 * @param speed      the link's speed
 * @param background the background load in this direction
 * @param stretches  the stretches with migration traffic, in time order, not overlapping
 */
public record LinkTimeline(String link, String from, String to, Bandwidth speed, Bandwidth background,
                           List<Stretch> stretches) {

    public LinkTimeline {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(speed, "speed");
        if (speed.isZero()) {
            throw new IllegalArgumentException("link " + link + " has no speed");
        }
        Objects.requireNonNull(background, "background");
        stretches = stretches.stream().sorted(Comparator.comparing(Stretch::from)).toList();
    }

    /**
     * A stretch of time with the same migration traffic.
     *
     * @param from    when it began
     * @param to      when it ended
     * @param vmotion the migration traffic's rate on the wire
     */
    public record Stretch(TimeSpan from, TimeSpan to, Bandwidth vmotion) {
        public Stretch {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(vmotion, "vmotion");
            if (to.compareTo(from) < 0) {
                throw new IllegalArgumentException("a stretch cannot end (" + to + ") before it begins (" + from + ")");
            }
        }
    }

    /** The timelines of one link direction from several simulations of a scenario, joined. */
    public static LinkTimeline of(List<LinkUsage> usages) {
        if (usages.isEmpty()) {
            throw new IllegalArgumentException("no usage to draw");
        }
        LinkUsage first = usages.get(0);
        List<Stretch> stretches = new ArrayList<>();
        for (LinkUsage usage : usages) {
            for (UsageInterval interval : usage.timeline()) {
                stretches.add(new Stretch(interval.from(), interval.to(), interval.vmotion()));
            }
        }
        return new LinkTimeline(first.direction().linkName(), first.direction().from(), first.direction().to(),
                first.direction().link().speed(), first.direction().background(), stretches);
    }

    /** {@code agg1-core1 (agg1 > core1)}. */
    public String label() {
        return link + " (" + from + " > " + to + ")";
    }

    /** The utilization with {@code vmotion} migration traffic on top of the background. */
    public Percent utilizationWith(Bandwidth vmotion) {
        return Percent.ofPpm(Math.round(background.plus(vmotion).bitsPerSecond() * 1e6 / speed.bitsPerSecond()));
    }

    /** The highest utilization over the scenario (the background alone when no migration crossed it). */
    public Percent peak() {
        Bandwidth most = Bandwidth.ZERO;
        for (Stretch stretch : stretches) {
            most = most.max(stretch.vmotion());
        }
        return utilizationWith(most);
    }

    /** When the last stretch ends (zero when none). */
    public TimeSpan end() {
        return stretches.isEmpty() ? TimeSpan.ZERO : stretches.get(stretches.size() - 1).to();
    }
}
