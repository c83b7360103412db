package dev.netmove.engine.migration;

import java.util.ArrayList;
import java.util.List;

/** Records one link direction's migration traffic over time: the stretches of constant rate and the bytes. */
final class LinkUsageRecorder {

    private final LinkDirection direction;
    private final List<UsageInterval> intervals = new ArrayList<>();
    private double rate;
    private List<String> vms = List.of();
    private double since;
    private double bytes;
    private double countedTo;

    LinkUsageRecorder(LinkDirection direction) {
        this.direction = direction;
    }

    LinkDirection direction() {
        return direction;
    }

    /** From {@code now} on, migrations {@code on} put {@code load} bits per second on the direction. */
    void carry(double load, List<String> on, double now, SimulationClock clock) {
        count(now);
        if (load != rate || (on != vms && !on.equals(vms))) {
            close(now, clock);
            rate = load;
            vms = on;
            since = now;
        }
    }

    // the bytes sent at the current rate up to now (counted when the rate changes, not at every event)
    private void count(double now) {
        if (now > countedTo) {
            bytes += rate * (now - countedTo) / 8;
            countedTo = now;
        }
    }

    /** What the direction carried, once the simulation ended at {@code now}. */
    LinkUsage usage(double now, SimulationClock clock) {
        count(now);
        close(Math.max(now, since), clock);
        return new LinkUsage(direction, intervals, PreCopyProcess.bytes(bytes));
    }

    private void close(double now, SimulationClock clock) {
        if (rate > 0 && now > since) {
            intervals.add(new UsageInterval(clock.at(since), clock.at(now), PreCopyProcess.bitsPerSecond(rate), vms));
        }
    }
}
