package dev.netmove.engine.migration;

import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.Vm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One migration while it is simulated, and its phase machine: waiting for a slot, setup, the scan of memory the
 * guest never touched (part of round 0, sending nothing), pre-copy rounds, switchover, resume. The simulation
 * sets its streams' rates; this class turns elapsed time at those rates into the phases' progress (lazily, when
 * it is touched) and says when its next event is due.
 */
final class RunningMigration {

    /** Where a migration is. */
    enum Phase { WAITING, SETUP, SCAN, PRECOPY, SWITCHOVER, RESUME, DONE }

    /** What handling a due event did, and what the simulation has to do about it. */
    enum Transition {
        /** Nothing was due. */
        NONE(false, false),
        /** The migration moved on, sending at the same rates. */
        PROGRESSED(false, false),
        /** Its streams started or stopped: every rate has to be shared out again. */
        STREAMS_CHANGED(true, false),
        /** It ended after its streams had stopped: its host slots are free. */
        FINISHED(false, true),
        /** It was given up while sending: its streams stopped and its host slots are free. */
        ABANDONED(true, true);

        private final boolean changesRates;
        private final boolean freesSlots;

        Transition(boolean changesRates, boolean freesSlots) {
            this.changesRates = changesRates;
            this.freesSlots = freesSlots;
        }

        boolean changesRates() {
            return changesRates;
        }

        boolean freesSlots() {
            return freesSlots;
        }

        boolean happened() {
            return this != NONE;
        }
    }

    // a transfer within this share of its volume (plus a millionth of a byte) is done: repeated sums drift
    private static final double DONE = 1e-9;
    private static final double TIME_EPSILON = 1e-12;

    private final int order;
    private final MigrationVerdict verdict;
    private final MigrationSettings settings;
    private final Vm vm;
    private final PreCopyProcess process;
    private final double untouched;
    private final double scanSeconds;
    private final List<StreamRoutes.Route> routes;
    private final int[][] resources;
    private final double latency;
    private final double[] rates;
    private final int[] bottlenecks;
    private final double[] streamSent;
    private final BottleneckLog log = new BottleneckLog();

    private Phase phase = Phase.WAITING;
    private double startedAt;
    private double setupEnd;
    private double scanEnd;
    private double roundZeroStart;
    private double resumeEnd;
    private double endedAt;
    private double remaining;
    private double phaseVolume;
    private double roundStart;
    private boolean rateChangedInRound;
    private boolean stuck;
    private double switchStart;
    private double rest;
    private SwitchoverReason reason;
    private double goodput;
    private double sending;
    private double dataSent;
    private MigrationOutcome outcome;
    // progress is brought up to date lazily, when the migration is touched
    private double lastTime;
    /** What the simulation and the shared links note about it. */
    final RunMarks marks = new RunMarks();

    /**
     * @param order     its place in the order asked for
     * @param resources per stream, the link directions (indices) its path crosses
     * @param latency   the latency of its slowest path, in seconds
     */
    RunningMigration(int order, MigrationVerdict verdict, Vm vm, MigrationSettings settings,
                     List<StreamRoutes.Route> routes, int[][] resources, double latency) {
        this.order = order;
        this.verdict = verdict;
        this.settings = settings;
        this.vm = vm;
        this.process = new PreCopyProcess(vm, settings);
        this.untouched = vm.memory().bytes() - vm.memory().times(vm.inUse()).bytes();
        this.scanSeconds = settings.limits().scanRate().map(r -> untouched / r.bytesPerSecond()).orElse(0.0);
        this.routes = List.copyOf(routes);
        this.resources = resources;
        this.latency = latency;
        this.rates = new double[routes.size()];
        this.bottlenecks = new int[routes.size()];
        this.streamSent = new double[routes.size()];
    }

    int order() {
        return order;
    }

    String vm() {
        return verdict.vm();
    }

    MigrationVerdict verdict() {
        return verdict;
    }

    Phase phase() {
        return phase;
    }

    int streams() {
        return routes.size();
    }

    int[] resources(int stream) {
        return resources[stream];
    }

    double goodput() {
        return goodput;
    }

    /** What is left to send of its current phase, in bytes. */
    double remaining() { return remaining; }

    double endedAt() { return endedAt; }

    BottleneckLog log() { return log; }

    /** What limited the rate of its first stream at the last sharing out. */
    int firstBottleneck() {
        return bottlenecks[0];
    }

    /** The rate of its first stream at the last sharing out, in bits per second. */
    double firstRate() {
        return rates[0];
    }

    /** What its streams send together on the wire, in bits per second. */
    double wireRate() {
        double total = 0;
        for (double rate : rates) {
            total += rate;
        }
        return total;
    }

    /** The round trip between its vMotion interfaces (twice the latency of its slowest path), in seconds. */
    double roundTrip() { return 2 * latency; }

    boolean transferring() { return phase == Phase.PRECOPY || phase == Phase.SWITCHOVER; }

    /** Brings its progress up to {@code now} at its current rates (a stream delivers its rate times {@code efficiency}). */
    void catchUp(double now, double efficiency) {
        if (now > lastTime) {
            if (transferring()) {
                advance(now - lastTime, efficiency);
            }
            lastTime = now;
        }
    }

    /**
     * The earliest time at which {@link #step} may find its event due (a little before {@link #eventTime}, by the
     * tolerances of {@code step}); {@link Double#POSITIVE_INFINITY} when none is coming at the current rates.
     */
    double dueFrom(double now) {
        return switch (phase) {
            case SETUP -> setupEnd - 2 * TIME_EPSILON * Math.max(1, Math.abs(setupEnd));
            case SCAN -> scanEnd - 2 * TIME_EPSILON * Math.max(1, Math.abs(scanEnd));
            case RESUME -> resumeEnd - 2 * TIME_EPSILON * Math.max(1, Math.abs(resumeEnd));
            case PRECOPY, SWITCHOVER -> remaining <= 2 * done() ? now
                    : goodput > 0 ? now + (remaining - 2 * done()) / goodput : Double.POSITIVE_INFINITY;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /** When its next event is due: a phase ending, or the volume of the phase sent. */
    double eventTime(double now) {
        return switch (phase) {
            case SETUP -> setupEnd;
            case SCAN -> scanEnd;
            case RESUME -> resumeEnd;
            case PRECOPY, SWITCHOVER -> remaining <= done() ? now
                    : goodput > 0 ? now + remaining / goodput : Double.POSITIVE_INFINITY;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /** It left the queue at {@code now}: its setup begins, and ends at {@code setupEnd}. */
    void start(double now, double setupEnd) {
        phase = Phase.SETUP;
        startedAt = now;
        this.setupEnd = setupEnd;
    }

    /** Handles its event if it is due at {@code now}. */
    Transition step(double now) {
        switch (phase) {
            case SETUP -> {
                if (setupEnd > now + TIME_EPSILON * Math.max(1, now)) {
                    return Transition.NONE;
                }
                roundZeroStart = now;
                if (scanSeconds > 0) {
                    phase = Phase.SCAN;
                    scanEnd = now + scanSeconds;
                    return Transition.PROGRESSED;
                }
                phase = Phase.PRECOPY;
                beginRound(process.startFirstRound(), now);
                return Transition.STREAMS_CHANGED;
            }
            case SCAN -> {
                if (scanEnd > now + TIME_EPSILON * Math.max(1, now)) {
                    return Transition.NONE;
                }
                phase = Phase.PRECOPY;
                beginRound(process.startFirstRound(), now);
                return Transition.STREAMS_CHANGED;
            }
            case PRECOPY -> {
                if (remaining > done()) {
                    return Transition.NONE;
                }
                remaining = 0;
                return roundDone(now);
            }
            case SWITCHOVER -> {
                if (remaining > done()) {
                    return Transition.NONE;
                }
                remaining = 0;
                double switchTime = now - switchStart;
                phase = Phase.RESUME;
                // the last byte still has to cross the path, then the VM resumes
                double resume = settings.resumeTime().toSecondsDouble();
                resumeEnd = now + latency + resume;
                outcome = new MigrationOutcome.Completed(reason, PreCopyProcess.bytes(rest),
                        PreCopyProcess.bytes(phaseVolume), PreCopyProcess.seconds(switchTime + latency + resume));
                return Transition.STREAMS_CHANGED;
            }
            case RESUME -> {
                if (resumeEnd > now + TIME_EPSILON * Math.max(1, now)) {
                    return Transition.NONE;
                }
                phase = Phase.DONE;
                endedAt = resumeEnd;
                return Transition.FINISHED;
            }
            default -> {
                return Transition.NONE;
            }
        }
    }

    private Transition roundDone(double now) {
        // round 0 also spent the scan of untouched memory, sending nothing
        double idle = process.roundsDone() == 0 ? roundStart - roundZeroStart : 0;
        PreCopyProcess.Decision decision = process.roundDone(now - roundStart, idle);
        if (decision instanceof PreCopyProcess.NextRound next) {
            if (process.roundsDone() >= PreCopyProcess.SAFETY_ROUNDS) {
                neverCompletes(now, process.whyTooManyRounds());
                return Transition.ABANDONED;
            }
            stuck = process.stuck() && !rateChangedInRound;
            beginRound(next.volume(), now);
        } else {
            PreCopyProcess.Switchover switchover = (PreCopyProcess.Switchover) decision;
            phase = Phase.SWITCHOVER;
            stuck = false;
            rest = switchover.rest();
            reason = switchover.reason();
            phaseVolume = switchover.rest() + settings.deviceState().bytes();
            remaining = phaseVolume;
            switchStart = now;
        }
        return Transition.PROGRESSED;
    }

    private void beginRound(double volume, double now) {
        phaseVolume = volume;
        remaining = volume;
        roundStart = now;
        rateChangedInRound = false;
    }

    /** It is given up at {@code now}: it never completes, for the reason given. */
    void neverCompletes(double now, String why) {
        outcome = new MigrationOutcome.NeverCompletes(why);
        phase = Phase.DONE;
        endedAt = now;
    }

    /** Why it can no longer change while no other stream starts or ends. */
    String whyStuck() {
        return process.whyStuck();
    }

    /** Whether it can no longer progress at its rates: no bandwidth for what is left, or copying without gain. */
    boolean frozen() {
        if (!transferring()) {
            return false;
        }
        if (goodput <= 0 && remaining > done()) {
            return true;
        }
        return phase == Phase.PRECOPY && stuck;
    }

    /** Stream {@code stream} now sends at {@code rate} bits per second, held by {@code bottleneck}. */
    void sendAt(int stream, double rate, int bottleneck) {
        rates[stream] = rate;
        bottlenecks[stream] = bottleneck;
    }

    /** Its streams together now deliver {@code newGoodput} bytes per second. */
    void deliver(double newGoodput, double now) {
        if (newGoodput != goodput) {
            if (phase == Phase.PRECOPY && now > roundStart) {
                rateChangedInRound = true;
            }
            stuck = false;
        }
        goodput = newGoodput;
    }

    /** It sends nothing (waiting, in setup or resuming). */
    void idle() {
        goodput = 0;
        Arrays.fill(rates, 0);
    }

    /** {@code seconds} went by at its rates; a stream delivers its rate times {@code efficiency}. */
    void advance(double seconds, double efficiency) {
        double delivered = goodput * seconds;
        remaining = Math.max(0, remaining - delivered);
        dataSent += delivered;
        sending += seconds;
        for (int s = 0; s < rates.length; s++) {
            streamSent[s] += rates[s] * efficiency / 8 * seconds;
        }
        log.sent(seconds);
    }

    private double done() { return DONE * phaseVolume + 1e-6; }

    /** What it did, once the simulation ended. */
    MigrationResult result(SimulationClock clock, Optional<Bottleneck> limitedBy) {
        List<MigrationStream> streams = new ArrayList<>(routes.size());
        for (int s = 0; s < routes.size(); s++) {
            StreamRoutes.Route route = routes.get(s);
            streams.add(new MigrationStream(route.sourceNic(), route.destinationNic(), route.path(),
                    PreCopyProcess.bytes(streamSent[s])));
        }
        double sent = outcome instanceof MigrationOutcome.Completed ? process.sent() + phaseVolume : dataSent;
        double average = sending > 0 ? sent * 8 / sending : 0;
        return new MigrationResult(vm(), verdict.sourceHost(), verdict.destinationHost(), streams, clock.start(),
                clock.at(startedAt), clock.at(endedAt), PreCopyProcess.seconds(setupEnd - startedAt), process.rounds(),
                outcome, PreCopyProcess.bytes(sent), process.slowdownReport(), PreCopyProcess.bitsPerSecond(average),
                boundBy(limitedBy));
    }

    private Optional<Bottleneck> boundBy(Optional<Bottleneck> network) {
        Optional<Bottleneck.MemoryScan> scan = settings.limits().scanRate()
                .map(rate -> new Bottleneck.MemoryScan(PreCopyProcess.bytes(untouched), rate));
        boolean copiedForEver = outcome instanceof MigrationOutcome.NeverCompletes && goodput > 0 && stuck;
        return MigrationBound.of(network, scan, scanSeconds, sending, vm.dirtyRate(), process.rounds(),
                process.slowdownReport(), copiedForEver);
    }
}
