package dev.netmove.engine.migration;

import dev.netmove.engine.migration.network.FairShareAllocator;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.MigrationSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The link directions the streams of one simulation cross, by index: what each leaves for migration traffic,
 * the max-min fair rates of the streams sending over them ({@link FairShareAllocator}), never above the
 * per-stream cap, and each direction's timeline.
 */
final class SharedLinks {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<LinkUsageRecorder> timelines = new ArrayList<>();
    private final Optional<Bandwidth> streamCap;
    private final double cap;
    private final double efficiency;
    private double[] capacities;

    SharedLinks(MigrationSettings settings) {
        this.streamCap = settings.streamCap();
        this.cap = streamCap.map(c -> (double) c.bitsPerSecond()).orElse(Double.POSITIVE_INFINITY);
        this.efficiency = settings.streamEfficiency().toFraction();
    }

    /** The share of a stream's rate that is goodput. */
    double efficiency() {
        return efficiency;
    }

    /** The indices of the link directions {@code path} crosses, in order; new directions are added. */
    int[] crossedBy(TransferPath path) {
        int[] crossed = new int[path.links().size()];
        for (int i = 0; i < crossed.length; i++) {
            crossed[i] = indexOf(new LinkDirection(path.links().get(i), path.devices().get(i)));
        }
        capacities = null;
        return crossed;
    }

    /** The latency of {@code path} in seconds. */
    static double latencyOf(TransferPath path) {
        double latency = 0;
        for (Link link : path.links()) {
            latency += link.latency().toSecondsDouble();
        }
        return latency;
    }

    private int indexOf(LinkDirection direction) {
        String key = direction.linkName() + '\u0000' + direction.from();
        Integer found = index.get(key);
        if (found == null) {
            found = timelines.size();
            index.put(key, found);
            timelines.add(new LinkUsageRecorder(direction));
        }
        return found;
    }

    /** The link direction of index {@code resource}. */
    LinkDirection direction(int resource) {
        return timelines.get(resource).direction();
    }

    /**
     * Shares the links out among the streams of the migrations that are sending, as of {@code now}: sets their
     * rates and bottlenecks, and what each link direction carries from now on.
     */
    void shareOut(List<RunningMigration> active, double now, SimulationClock clock) {
        if (capacities == null) {
            capacities = new double[timelines.size()];
            for (int r = 0; r < capacities.length; r++) {
                capacities[r] = direction(r).vmotionCapacity().bitsPerSecond();
            }
        }
        List<RunningMigration> sending = new ArrayList<>();
        int streams = 0;
        for (RunningMigration migration : active) {
            if (migration.transferring()) {
                sending.add(migration);
                streams += migration.streams();
            }
        }
        int[][] flowResources = new int[streams][];
        double[] caps = new double[streams];
        int f = 0;
        for (RunningMigration migration : sending) {
            for (int s = 0; s < migration.streams(); s++) {
                flowResources[f] = migration.resources(s);
                caps[f] = cap;
                f++;
            }
        }
        FairShareAllocator.Allocation allocation = FairShareAllocator.allocate(capacities, flowResources, caps);
        double[] load = new double[timelines.size()];
        List<Set<String>> vms = new ArrayList<>(timelines.size());
        for (int r = 0; r < timelines.size(); r++) {
            vms.add(null);
        }
        f = 0;
        for (RunningMigration migration : sending) {
            double total = 0;
            for (int s = 0; s < migration.streams(); s++) {
                double rate = allocation.rate(f);
                migration.sendAt(s, rate, allocation.bottleneck(f));
                total += rate;
                for (int r : migration.resources(s)) {
                    load[r] += rate;
                    if (vms.get(r) == null) {
                        vms.set(r, new TreeSet<>());
                    }
                    vms.get(r).add(migration.vm());
                }
                f++;
            }
            migration.deliver(total * efficiency / 8, now);
        }
        for (RunningMigration migration : active) {
            if (!migration.transferring()) {
                migration.idle();
            }
        }
        for (RunningMigration migration : sending) {
            int bottleneck = migration.firstBottleneck();
            migration.log().heldBy(bottleneck,
                    bottleneck == FairShareAllocator.OWN_CAP ? 0 : vms.get(bottleneck).size() - 1);
        }
        for (int r = 0; r < timelines.size(); r++) {
            timelines.get(r).carry(load[r], vms.get(r) == null ? List.of() : List.copyOf(vms.get(r)), now, clock);
        }
    }

    /** {@code seconds} went by at the current rates. */
    void advance(double seconds) {
        for (LinkUsageRecorder timeline : timelines) {
            timeline.advance(seconds);
        }
    }

    /** What held a stream back longest, by its log. */
    Optional<Bottleneck> longest(BottleneckLog log) {
        OptionalInt longest = log.longest();
        if (longest.isEmpty()) {
            return Optional.empty();
        }
        int bottleneck = longest.getAsInt();
        if (bottleneck == FairShareAllocator.OWN_CAP) {
            return Optional.of(new Bottleneck.StreamCap(streamCap.orElseThrow()));
        }
        return Optional.of(new Bottleneck.OnLink(direction(bottleneck), log.sharersOf(bottleneck)));
    }

    /** What every link direction carried, once the simulation ended at {@code now}. */
    List<LinkUsage> usage(double now, SimulationClock clock) {
        List<LinkUsage> usage = new ArrayList<>(timelines.size());
        for (LinkUsageRecorder timeline : timelines) {
            usage.add(timeline.usage(now, clock));
        }
        return usage;
    }
}
