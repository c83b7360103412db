package dev.netmove.engine.migration;

import dev.netmove.engine.migration.network.FairShareAllocator;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.MigrationLimits;
import dev.netmove.engine.topology.MigrationSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The link directions the streams of one simulation cross, by index: what each leaves for migration traffic,
 * the max-min fair rates of the streams sending over them ({@link FairShareAllocator}), never above the
 * per-stream cap (lowered where a host runs several streams at once) nor the TCP window over the round trip, the
 * hosts' ceilings on the sum of their streams as resources of their own, and each direction's timeline.
 *
 * <p>What held a stream back is a code: a link direction's index (0 and up), {@link #STREAM_CAP},
 * {@link #WINDOW}, or {@link #hostCode(int)} for a host's ceiling.
 */
final class SharedLinks {

    /** The stream ran at its stream cap. */
    static final int STREAM_CAP = FairShareAllocator.OWN_CAP;
    /** The stream ran at its window over the round trip. */
    static final int WINDOW = -2;
    private static final int HOST_BASE = -3;

    private final Map<String, Integer> index = new HashMap<>();
    private final List<LinkUsageRecorder> timelines = new ArrayList<>();
    private final Map<String, Integer> hostIndex = new HashMap<>();
    private final List<String> hosts = new ArrayList<>();
    private final Optional<Bandwidth> streamCap;
    private final double cap;
    private final double efficiency;
    private final MigrationLimits limits;
    private final double hostCeiling;
    private final Senders senders = new Senders();
    private double[] capacities;
    private int[] localOf;
    private double[] load;

    SharedLinks(MigrationSettings settings) {
        this.streamCap = settings.streamCap();
        this.cap = streamCap.map(c -> (double) c.bitsPerSecond()).orElse(Double.POSITIVE_INFINITY);
        this.efficiency = settings.streamEfficiency().toFraction();
        this.limits = settings.limits();
        this.hostCeiling = limits.hostCeiling().map(c -> (double) c.bitsPerSecond()).orElse(Double.POSITIVE_INFINITY);
    }

    /** The code of host {@code host}'s ceiling as a bottleneck. */
    static int hostCode(int host) {
        return HOST_BASE - host;
    }

    /** What a stream of {@code migration} may send at most by its window over its round trip, in bits per second. */
    double windowCap(RunningMigration migration) {
        double roundTrip = migration.roundTrip();
        if (limits.streamWindow().isEmpty() || roundTrip <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return limits.streamWindow().get().bytes() * 8.0 / roundTrip;
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
     * Shares the links out again after the streams of {@code changed} (sorted by order) started or stopped, as of
     * {@code now}: among the migrations sending that share a link direction or a host with them, transitively (the
     * others keep their max-min fair rates: nothing they share changed), sets their rates and bottlenecks, and what
     * the link directions they cross carry from now on.
     *
     * @return the migrations sending whose rates were set, sorted by order
     */
    List<RunningMigration> shareOut(List<RunningMigration> changed, double now, SimulationClock clock) {
        int linkCount = timelines.size();
        if (capacities == null) {
            capacities = new double[linkCount];
            for (int r = 0; r < linkCount; r++) {
                capacities[r] = direction(r).vmotionCapacity().bitsPerSecond();
            }
            localOf = new int[linkCount];
            load = new double[linkCount];
        }
        senders.size(linkCount, hosts.size());
        for (RunningMigration migration : changed) {
            senders.update(migration);
        }
        List<Integer> touched = new ArrayList<>();
        List<RunningMigration> sending = new ArrayList<>();
        for (RunningMigration migration : senders.reachedFrom(changed, touched)) {
            migration.catchUp(now, efficiency);
            if (migration.transferring()) {
                sending.add(migration);
            }
        }
        allocate(sending, touched, now);
        for (RunningMigration migration : changed) {
            if (!migration.transferring() && migration.phase() != RunningMigration.Phase.DONE) {
                migration.idle();
            }
        }
        for (RunningMigration migration : sending) {
            int bottleneck = migration.firstBottleneck();
            int others = bottleneck >= 0 ? senders.countOnLink(bottleneck) - 1
                    : bottleneck <= HOST_BASE ? senders.migrationsAt(HOST_BASE - bottleneck) - 1 : 0;
            migration.log().heldBy(bottleneck, others, migration.firstRate());
        }
        for (int r : touched) {
            timelines.get(r).carry(load[r], senders.namesOnLink(r), now, clock);
        }
        return sending;
    }

    // the max-min fair rates of the streams of {@code sending}, over the link directions {@code touched} (and the
    // hosts' ceilings), numbered from 0 for the allocator
    private void allocate(List<RunningMigration> sending, List<Integer> touched, double now) {
        boolean ceilings = hostCeiling != Double.POSITIVE_INFINITY;
        int[] globalOf = new int[touched.size() + (ceilings ? 2 * sending.size() : 0)];
        double[] resourceCapacities = new double[globalOf.length];
        int resources = 0;
        for (int r : touched) {
            localOf[r] = resources;
            globalOf[resources] = r;
            resourceCapacities[resources++] = capacities[r];
            load[r] = 0;
        }
        java.util.Map<Integer, Integer> hostLocal = new HashMap<>();
        int streams = 0;
        for (RunningMigration migration : sending) {
            streams += migration.streams();
            if (ceilings) {
                for (int host : new int[] {migration.marks.sourceHost, migration.marks.destinationHost}) {
                    if (!hostLocal.containsKey(host)) {
                        hostLocal.put(host, resources);
                        globalOf[resources] = hostCode(host);
                        resourceCapacities[resources++] = hostCeiling;
                    }
                }
            }
        }
        int[][] flowResources = new int[streams][];
        double[] caps = new double[streams];
        boolean[] windowBound = new boolean[streams];
        int f = 0;
        for (RunningMigration migration : sending) {
            int source = migration.marks.sourceHost;
            int destination = migration.marks.destinationHost;
            double perStream = limits.capPerStream(cap, Math.max(senders.streamsAt(source), senders.streamsAt(destination)));
            double window = windowCap(migration);
            for (int s = 0; s < migration.streams(); s++) {
                int[] crossed = migration.resources(s);
                int[] local = new int[crossed.length + (ceilings ? 2 : 0)];
                for (int i = 0; i < crossed.length; i++) {
                    local[i] = localOf[crossed[i]];
                }
                if (ceilings) {
                    local[crossed.length] = hostLocal.get(source);
                    local[crossed.length + 1] = hostLocal.get(destination);
                }
                flowResources[f] = local;
                caps[f] = Math.min(perStream, window);
                windowBound[f] = window < perStream;
                f++;
            }
        }
        FairShareAllocator.Allocation allocation = FairShareAllocator.allocate(
                Arrays.copyOf(resourceCapacities, resources), flowResources, caps);
        f = 0;
        for (RunningMigration migration : sending) {
            double total = 0;
            for (int s = 0; s < migration.streams(); s++) {
                double rate = allocation.rate(f);
                int held = allocation.bottleneck(f);
                int code = held == FairShareAllocator.OWN_CAP ? (windowBound[f] ? WINDOW : STREAM_CAP) : globalOf[held];
                migration.sendAt(s, rate, code);
                total += rate;
                for (int r : migration.resources(s)) {
                    load[r] += rate;
                }
                f++;
            }
            migration.deliver(total * efficiency / 8, now);
        }
    }

    /** The index of host {@code host}, for {@link #hostCode(int)}; new hosts are added. */
    int hostIndexOf(String host) {
        Integer found = hostIndex.get(host);
        if (found == null) {
            found = hosts.size();
            hostIndex.put(host, found);
            hosts.add(host);
        }
        return found;
    }

    /** What held a stream of {@code migration} back longest, by its log. */
    Optional<Bottleneck> longest(RunningMigration migration) {
        BottleneckLog log = migration.log();
        OptionalInt longest = log.longest();
        if (longest.isEmpty()) {
            return Optional.empty();
        }
        int bottleneck = longest.getAsInt();
        if (bottleneck == STREAM_CAP) {
            return Optional.of(new Bottleneck.StreamCap(PreCopyProcess.bitsPerSecond(log.rateOf(bottleneck))));
        }
        if (bottleneck == WINDOW) {
            return Optional.of(new Bottleneck.Window(limits.streamWindow().orElseThrow(),
                    PreCopyProcess.seconds(migration.roundTrip()), PreCopyProcess.bitsPerSecond(log.rateOf(bottleneck))));
        }
        if (bottleneck <= HOST_BASE) {
            return Optional.of(new Bottleneck.HostCeiling(hosts.get(HOST_BASE - bottleneck),
                    limits.hostCeiling().orElseThrow(), log.sharersOf(bottleneck)));
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
