package dev.netmove.engine.migration;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.network.FairShareAllocator;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs migrations at the same time over the network of a topology: the pre-copy model of each
 * ({@link PreCopyProcess}) on streams whose rates are max-min fair shares ({@link FairShareAllocator})
 * of what background load leaves free on each link direction, never above a link's vMotion QoS cap
 * nor the per-stream cap; a stream delivers its rate times the stream efficiency.
 *
 * <p>The simulation is event-driven and exact for the fluid model: rates change only when a stream
 * starts or ends, and between events every stream keeps its rate, so the next event (a round or a
 * switchover finishing, a setup or resume ending) is computed, not stepped towards. A host runs at
 * most {@code concurrentPerHost} migrations at once (as source or destination); the others wait and
 * start in the order asked for, each as soon as both its hosts have a free slot.
 */
public final class MigrationSimulator {

    private static final MigrationPrecheck PRECHECK = new MigrationPrecheck();
    // a transfer within this share of its volume (plus a millionth of a byte) is done: repeated sums drift
    private static final double DONE = 1e-9;
    private static final double TIME_EPSILON = 1e-12;

    private final Layer2Analysis layer2;
    private final Topology topology;
    private final MigrationSettings settings;
    private final StreamRoutes routes;

    /** A simulator on the analysis's topology, with that topology's {@code migration:} settings. */
    public MigrationSimulator(Layer2Analysis layer2) {
        this.layer2 = Objects.requireNonNull(layer2, "layer2");
        this.topology = layer2.topology();
        this.settings = topology.migration();
        this.routes = new StreamRoutes(layer2);
    }

    /** Pre-checks each request and runs those that pass, all asked for at once at time zero. */
    public SimulationResult run(List<MigrationRequest> requests) {
        return run(requests, TimeSpan.ZERO);
    }

    /**
     * Pre-checks each request ({@link MigrationPrecheck}) and runs those that pass, all asked for at once at
     * {@code startAt}. Unknown names throw {@link dev.netmove.engine.topology.UnknownNameException}.
     *
     * @throws IllegalArgumentException when a VM is asked to move twice
     */
    public SimulationResult run(List<MigrationRequest> requests, TimeSpan startAt) {
        List<MigrationVerdict> verdicts = new ArrayList<>(requests.size());
        for (MigrationRequest request : requests) {
            verdicts.add(PRECHECK.check(layer2, request.vm(), request.destinationHost()));
        }
        return simulate(verdicts, startAt);
    }

    /**
     * Runs the migrations whose pre-check passed (the others are only carried into the result), all asked
     * for at once at {@code startAt}, in the order given.
     *
     * @throws IllegalArgumentException when a VM is asked to move twice
     */
    public SimulationResult simulate(List<MigrationVerdict> verdicts, TimeSpan startAt) {
        Objects.requireNonNull(startAt, "startAt");
        Set<String> seen = new HashSet<>();
        for (MigrationVerdict verdict : verdicts) {
            if (!seen.add(verdict.vm())) {
                throw new IllegalArgumentException("VM " + verdict.vm() + " is asked to migrate twice at the same time");
            }
        }
        return new Simulation(verdicts, startAt).run();
    }

    private enum Phase { WAITING, SETUP, PRECOPY, SWITCHOVER, RESUME, DONE }

    /** One migration while it is simulated. */
    private static final class Mover {
        final int order;
        final MigrationVerdict verdict;
        final PreCopyProcess process;
        final List<StreamRoutes.Route> routes;
        final int[][] resources;
        final double latency;
        final double[] rates;
        final int[] bottlenecks;
        final double[] streamSent;
        // what held the first stream back: description -> {seconds, most other migrations sharing it}
        final Map<String, double[]> heldBy = new LinkedHashMap<>();

        Phase phase = Phase.WAITING;
        double startedAt;
        double setupEnd;
        double resumeEnd;
        double endedAt;
        double remaining;
        double phaseVolume;
        double roundStart;
        boolean rateChangedInRound;
        boolean stuck;
        double switchStart;
        double switchTime;
        double rest;
        SwitchoverReason reason;
        double goodput;
        double sending;
        double dataSent;
        String limit;
        int sharers;
        MigrationOutcome outcome;

        Mover(int order, MigrationVerdict verdict, PreCopyProcess process, List<StreamRoutes.Route> routes,
              int[][] resources, double latency) {
            this.order = order;
            this.verdict = verdict;
            this.process = process;
            this.routes = routes;
            this.resources = resources;
            this.latency = latency;
            this.rates = new double[routes.size()];
            this.bottlenecks = new int[routes.size()];
            this.streamSent = new double[routes.size()];
        }

        boolean transferring() {
            return phase == Phase.PRECOPY || phase == Phase.SWITCHOVER;
        }

        double eventTime(double now) {
            return switch (phase) {
                case SETUP -> setupEnd;
                case RESUME -> resumeEnd;
                case PRECOPY, SWITCHOVER -> remaining <= done() ? now
                        : goodput > 0 ? now + remaining / goodput : Double.POSITIVE_INFINITY;
                default -> Double.POSITIVE_INFINITY;
            };
        }

        double done() {
            return DONE * phaseVolume + 1e-6;
        }

        String vm() {
            return verdict.vm();
        }
    }

    /** One link direction's migration traffic over time. */
    private static final class Recorder {
        final LinkDirection direction;
        final List<UsageInterval> intervals = new ArrayList<>();
        double rate;
        List<String> vms = List.of();
        double since;
        double bytes;

        Recorder(LinkDirection direction) {
            this.direction = direction;
        }
    }

    /** The state of one simulation run. */
    private final class Simulation {
        private final List<MigrationVerdict> verdicts;
        private final TimeSpan startAt;
        private final List<Mover> movers = new ArrayList<>();
        // the migrations between leaving the queue and ending, in the order asked for; the rest need no visits
        private final List<Mover> active = new ArrayList<>();
        private final List<Mover> waiting = new ArrayList<>();
        private final Map<String, Integer> resourceIndex = new HashMap<>();
        private final List<Recorder> recorders = new ArrayList<>();
        private final Map<String, Integer> busy = new HashMap<>();
        private final Map<String, Integer> limits = new HashMap<>();
        private final double efficiency = settings.streamEfficiency().toFraction();
        private final double streamCap = settings.streamCap().map(c -> (double) c.bitsPerSecond())
                .orElse(Double.POSITIVE_INFINITY);
        private double[] capacities = new double[0];
        private boolean ratesDirty = true;
        private boolean slotFreed = true;

        Simulation(List<MigrationVerdict> verdicts, TimeSpan startAt) {
            this.verdicts = List.copyOf(verdicts);
            this.startAt = startAt;
            for (MigrationVerdict verdict : verdicts) {
                if (verdict.succeeds()) {
                    movers.add(mover(verdict));
                }
            }
            waiting.addAll(movers);
            capacities = new double[recorders.size()];
            for (int r = 0; r < capacities.length; r++) {
                capacities[r] = recorders.get(r).direction.vmotionCapacity().bitsPerSecond();
            }
        }

        private Mover mover(MigrationVerdict verdict) {
            Vm vm = topology.requireVm(verdict.vm());
            List<StreamRoutes.Route> streams = routes.of(verdict);
            int[][] resources = new int[streams.size()][];
            double latency = 0;
            for (int s = 0; s < streams.size(); s++) {
                TransferPath path = streams.get(s).path();
                resources[s] = new int[path.links().size()];
                double pathLatency = 0;
                for (int i = 0; i < path.links().size(); i++) {
                    Link link = path.links().get(i);
                    resources[s][i] = resource(new LinkDirection(link, path.devices().get(i)));
                    pathLatency += link.latency().toSecondsDouble();
                }
                latency = Math.max(latency, pathLatency);
            }
            return new Mover(movers.size(), verdict, new PreCopyProcess(vm, settings), streams, resources, latency);
        }

        private int resource(LinkDirection direction) {
            String key = direction.linkName() + '\u0000' + direction.from();
            Integer index = resourceIndex.get(key);
            if (index == null) {
                index = recorders.size();
                resourceIndex.put(key, index);
                recorders.add(new Recorder(direction));
            }
            return index;
        }

        SimulationResult run() {
            double now = 0;
            startWaiting(now);
            settle(now);
            while (true) {
                if (ratesDirty) {
                    allocate(now);
                }
                if (endFrozen(now)) {
                    settle(now);
                    continue;
                }
                double next = Double.POSITIVE_INFINITY;
                for (Mover mover : active) {
                    next = Math.min(next, mover.eventTime(now));
                }
                if (next == Double.POSITIVE_INFINITY) {
                    break;
                }
                advance(now, next);
                now = next;
                settle(now);
            }
            return result(now);
        }

        /** Handles every event due at {@code now}, and whatever they set off at the same moment. */
        private void settle(double now) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Mover mover : List.copyOf(active)) {
                    while (handle(mover, now)) {
                        changed = true;
                    }
                }
                active.removeIf(mover -> mover.phase == Phase.DONE);
                if (startWaiting(now)) {
                    changed = true;
                }
            }
        }

        private boolean startWaiting(double now) {
            if (!slotFreed) {
                return false;
            }
            slotFreed = false;
            boolean started = false;
            for (Iterator<Mover> it = waiting.iterator(); it.hasNext(); ) {
                Mover mover = it.next();
                String source = mover.verdict.sourceHost();
                String destination = mover.verdict.destinationHost();
                if (busy.getOrDefault(source, 0) < limit(source) && busy.getOrDefault(destination, 0) < limit(destination)) {
                    busy.merge(source, 1, Integer::sum);
                    busy.merge(destination, 1, Integer::sum);
                    mover.phase = Phase.SETUP;
                    mover.startedAt = now;
                    mover.setupEnd = now + settings.setupTime().toSecondsDouble();
                    it.remove();
                    active.add(mover);
                    started = true;
                }
            }
            if (started) {
                active.sort(Comparator.comparingInt(m -> m.order));
            }
            return started;
        }

        private int limit(String host) {
            return limits.computeIfAbsent(host, h -> settings.concurrentPerHost(routes.nicSpeed(h)));
        }

        private void release(Mover mover) {
            busy.merge(mover.verdict.sourceHost(), -1, Integer::sum);
            busy.merge(mover.verdict.destinationHost(), -1, Integer::sum);
            slotFreed = true;
        }

        private boolean handle(Mover mover, double now) {
            switch (mover.phase) {
                case SETUP -> {
                    if (mover.setupEnd > now + TIME_EPSILON * Math.max(1, now)) {
                        return false;
                    }
                    mover.phase = Phase.PRECOPY;
                    beginRound(mover, mover.process.startFirstRound(), now);
                    ratesDirty = true;
                    return true;
                }
                case PRECOPY -> {
                    if (mover.remaining > mover.done()) {
                        return false;
                    }
                    mover.remaining = 0;
                    PreCopyProcess.Decision decision = mover.process.roundDone(now - mover.roundStart);
                    if (decision instanceof PreCopyProcess.NextRound next) {
                        if (mover.process.roundsDone() >= PreCopyProcess.SAFETY_ROUNDS) {
                            neverCompletes(mover, now, mover.process.whyTooManyRounds());
                            return true;
                        }
                        mover.stuck = mover.process.stuck() && !mover.rateChangedInRound;
                        beginRound(mover, next.volume(), now);
                    } else {
                        PreCopyProcess.Switchover switchover = (PreCopyProcess.Switchover) decision;
                        mover.phase = Phase.SWITCHOVER;
                        mover.stuck = false;
                        mover.rest = switchover.rest();
                        mover.reason = switchover.reason();
                        mover.phaseVolume = switchover.rest() + settings.deviceState().bytes();
                        mover.remaining = mover.phaseVolume;
                        mover.switchStart = now;
                    }
                    return true;
                }
                case SWITCHOVER -> {
                    if (mover.remaining > mover.done()) {
                        return false;
                    }
                    mover.remaining = 0;
                    mover.switchTime = now - mover.switchStart;
                    mover.phase = Phase.RESUME;
                    // the last byte still has to cross the path, then the VM resumes
                    mover.resumeEnd = now + mover.latency + settings.resumeTime().toSecondsDouble();
                    mover.outcome = new MigrationOutcome.Completed(mover.reason, PreCopyProcess.bytes(mover.rest),
                            PreCopyProcess.bytes(mover.phaseVolume),
                            PreCopyProcess.seconds(mover.switchTime + mover.latency
                                    + settings.resumeTime().toSecondsDouble()));
                    ratesDirty = true;
                    return true;
                }
                case RESUME -> {
                    if (mover.resumeEnd > now + TIME_EPSILON * Math.max(1, now)) {
                        return false;
                    }
                    mover.phase = Phase.DONE;
                    mover.endedAt = mover.resumeEnd;
                    release(mover);
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }

        private void beginRound(Mover mover, double volume, double now) {
            mover.phaseVolume = volume;
            mover.remaining = volume;
            mover.roundStart = now;
            mover.rateChangedInRound = false;
        }

        private void neverCompletes(Mover mover, double now, String why) {
            mover.outcome = new MigrationOutcome.NeverCompletes(why);
            mover.phase = Phase.DONE;
            mover.endedAt = now;
            release(mover);
            ratesDirty = true;
        }

        /**
         * Ends the migrations that can no longer change: when every running migration is copying without
         * progress (or gets no bandwidth), no stream will start or end, so their rates stay as they are forever.
         */
        private boolean endFrozen(double now) {
            if (active.isEmpty()) {
                return false;
            }
            for (Mover mover : active) {
                if (!frozen(mover)) {
                    return false;
                }
            }
            for (Mover mover : active) {
                neverCompletes(mover, now, mover.goodput <= 0 ? noBandwidth(mover) : mover.process.whyStuck());
            }
            return true;
        }

        private boolean frozen(Mover mover) {
            if (!mover.transferring()) {
                return false;
            }
            if (mover.goodput <= 0 && mover.remaining > mover.done()) {
                return true;
            }
            return mover.phase == Phase.PRECOPY && mover.stuck;
        }

        private String noBandwidth(Mover mover) {
            int bottleneck = mover.bottlenecks[0];
            if (bottleneck == FairShareAllocator.OWN_CAP) {
                return "its stream gets no bandwidth";
            }
            LinkDirection direction = recorders.get(bottleneck).direction;
            return "its stream gets no bandwidth: " + direction + " has nothing left for migration traffic ("
                    + capacityText(direction) + ")";
        }

        /** The max-min fair rates of every stream that is sending, and the link timelines that follow. */
        private void allocate(double now) {
            ratesDirty = false;
            List<Mover> sending = new ArrayList<>();
            int streams = 0;
            for (Mover mover : active) {
                if (mover.transferring()) {
                    sending.add(mover);
                    streams += mover.routes.size();
                }
            }
            int[][] flowResources = new int[streams][];
            double[] caps = new double[streams];
            int f = 0;
            for (Mover mover : sending) {
                for (int s = 0; s < mover.routes.size(); s++) {
                    flowResources[f] = mover.resources[s];
                    caps[f] = streamCap;
                    f++;
                }
            }
            FairShareAllocator.Allocation allocation = FairShareAllocator.allocate(capacities, flowResources, caps);
            double[] load = new double[recorders.size()];
            List<Set<String>> vms = new ArrayList<>(recorders.size());
            for (int r = 0; r < recorders.size(); r++) {
                vms.add(null);
            }
            f = 0;
            for (Mover mover : sending) {
                double total = 0;
                for (int s = 0; s < mover.routes.size(); s++) {
                    mover.rates[s] = allocation.rate(f);
                    mover.bottlenecks[s] = allocation.bottleneck(f);
                    total += mover.rates[s];
                    for (int r : mover.resources[s]) {
                        load[r] += mover.rates[s];
                        if (vms.get(r) == null) {
                            vms.set(r, new TreeSet<>());
                        }
                        vms.get(r).add(mover.vm());
                    }
                    f++;
                }
                double goodput = total * efficiency / 8;
                if (goodput != mover.goodput) {
                    if (mover.phase == Phase.PRECOPY && now > mover.roundStart) {
                        mover.rateChangedInRound = true;
                    }
                    mover.stuck = false;
                }
                mover.goodput = goodput;
            }
            for (Mover mover : active) {
                if (!mover.transferring()) {
                    mover.goodput = 0;
                    Arrays.fill(mover.rates, 0);
                }
            }
            for (Mover mover : sending) {
                int bottleneck = mover.bottlenecks[0];
                if (bottleneck == FairShareAllocator.OWN_CAP) {
                    mover.limit = "its stream cap (" + Rounded.rate(streamCap) + " per stream)";
                    mover.sharers = 0;
                } else {
                    LinkDirection direction = recorders.get(bottleneck).direction;
                    mover.limit = direction + " (" + capacityText(direction) + ")";
                    mover.sharers = vms.get(bottleneck).size() - 1;
                }
            }
            for (int r = 0; r < recorders.size(); r++) {
                Recorder recorder = recorders.get(r);
                List<String> on = vms.get(r) == null ? List.of() : List.copyOf(vms.get(r));
                if (load[r] != recorder.rate || !on.equals(recorder.vms)) {
                    close(recorder, now);
                    recorder.rate = load[r];
                    recorder.vms = on;
                    recorder.since = now;
                }
            }
        }

        private void close(Recorder recorder, double now) {
            if (recorder.rate > 0 && now > recorder.since) {
                recorder.intervals.add(new UsageInterval(time(recorder.since), time(now),
                        PreCopyProcess.bitsPerSecond(recorder.rate), recorder.vms));
            }
        }

        private void advance(double now, double next) {
            double dt = next - now;
            if (dt <= 0) {
                return;
            }
            for (Mover mover : active) {
                if (!mover.transferring()) {
                    continue;
                }
                double delivered = mover.goodput * dt;
                mover.remaining = Math.max(0, mover.remaining - delivered);
                mover.dataSent += delivered;
                mover.sending += dt;
                for (int s = 0; s < mover.rates.length; s++) {
                    mover.streamSent[s] += mover.rates[s] * efficiency / 8 * dt;
                }
                if (mover.limit != null) {
                    double[] spent = mover.heldBy.computeIfAbsent(mover.limit, k -> new double[2]);
                    spent[0] += dt;
                    spent[1] = Math.max(spent[1], mover.sharers);
                }
            }
            for (Recorder recorder : recorders) {
                recorder.bytes += recorder.rate * dt / 8;
            }
        }

        private SimulationResult result(double now) {
            double end = 0;
            List<MigrationResult> results = new ArrayList<>(movers.size());
            for (Mover mover : movers) {
                end = Math.max(end, mover.endedAt);
                results.add(result(mover));
            }
            for (Recorder recorder : recorders) {
                close(recorder, Math.max(now, recorder.since));
            }
            List<LinkUsage> usage = new ArrayList<>(recorders.size());
            for (Recorder recorder : recorders) {
                usage.add(new LinkUsage(recorder.direction, recorder.intervals, PreCopyProcess.bytes(recorder.bytes)));
            }
            return new SimulationResult(verdicts, results, usage, startAt, time(end));
        }

        private MigrationResult result(Mover mover) {
            List<MigrationStream> streams = new ArrayList<>(mover.routes.size());
            for (int s = 0; s < mover.routes.size(); s++) {
                StreamRoutes.Route route = mover.routes.get(s);
                streams.add(new MigrationStream(route.sourceNic(), route.destinationNic(), route.path(),
                        PreCopyProcess.bytes(mover.streamSent[s])));
            }
            double sent = mover.outcome instanceof MigrationOutcome.Completed
                    ? mover.process.sent() + mover.phaseVolume : mover.dataSent;
            double average = mover.sending > 0 ? sent * 8 / mover.sending : 0;
            return new MigrationResult(mover.vm(), mover.verdict.sourceHost(), mover.verdict.destinationHost(), streams,
                    startAt, time(mover.startedAt), time(mover.endedAt), settings.setupTime(), mover.process.rounds(),
                    mover.outcome, PreCopyProcess.bytes(sent), mover.process.slowdownReport(),
                    PreCopyProcess.bitsPerSecond(average), limitedBy(mover));
        }

        private Optional<String> limitedBy(Mover mover) {
            String longest = null;
            double[] most = null;
            for (Map.Entry<String, double[]> entry : mover.heldBy.entrySet()) {
                if (most == null || entry.getValue()[0] > most[0]) {
                    longest = entry.getKey();
                    most = entry.getValue();
                }
            }
            if (longest == null) {
                return Optional.empty();
            }
            int sharers = (int) most[1];
            return Optional.of(longest + (sharers == 0 ? "" : sharers == 1 ? ", shared with 1 other migration"
                    : ", shared with up to " + sharers + " other migrations"));
        }

        private TimeSpan time(double seconds) {
            return startAt.plus(PreCopyProcess.seconds(seconds));
        }
    }

    /** {@code 10Gbps, 6Gbps background, vMotion QoS cap 2Gbps}. */
    static String capacityText(LinkDirection direction) {
        StringBuilder text = new StringBuilder(Rounded.rate(direction.link().speed()));
        Bandwidth background = direction.background();
        if (!background.isZero()) {
            text.append(", ").append(Rounded.rate(background)).append(" background");
        }
        direction.vmotionCap().ifPresent(cap -> text.append(", vMotion QoS cap ").append(Rounded.rate(cap)));
        return text.toString();
    }
}
