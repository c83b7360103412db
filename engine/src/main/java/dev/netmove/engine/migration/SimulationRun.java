package dev.netmove.engine.migration;

import dev.netmove.engine.migration.network.FairShareAllocator;
import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * The event loop of one simulation: starts queued migrations when their hosts have a free slot, shares the
 * links out again whenever a stream starts or ends, and jumps from one event to the next (rates are constant
 * in between, so the next event is computed, not stepped towards).
 */
final class SimulationRun {

    /** The longest simulated time: a migration that would take longer does not fit (a time span holds 292 years). */
    static final long LONGEST_YEARS = 100;
    static final double LONGEST_SECONDS = LONGEST_YEARS * 365.25 * 24 * 3600;
    // consecutive events that move no migration on before the run is declared stalled
    private static final int MOST_IDLE_EVENTS = 10_000;

    private final List<MigrationVerdict> verdicts;
    private final SimulationClock clock;
    private final SharedLinks links;
    private final HostSlots slots;
    private final ControlPlanes controlPlanes;
    private final MigrationSettings settings;
    private final List<RunningMigration> migrations = new ArrayList<>();
    // the migrations between leaving the queue and ending, in the order asked for; the rest need no visits
    private final List<RunningMigration> active = new ArrayList<>();
    private final List<RunningMigration> waiting = new ArrayList<>();
    private boolean ratesDirty = true;

    SimulationRun(Topology topology, StreamRoutes routes, List<MigrationVerdict> verdicts, SimulationClock clock) {
        MigrationSettings settings = topology.migration();
        this.verdicts = List.copyOf(verdicts);
        this.clock = clock;
        this.links = new SharedLinks(settings);
        this.slots = new HostSlots(host -> settings.concurrentPerHost(routes.nicSpeed(host)));
        this.settings = settings;
        this.controlPlanes = new ControlPlanes(settings.setupTime().toSecondsDouble(),
                settings.limits().serialSetup().toFraction());
        for (MigrationVerdict verdict : verdicts) {
            if (verdict.succeeds()) {
                List<StreamRoutes.Route> streams = routes.of(verdict);
                int[][] resources = new int[streams.size()][];
                double latency = 0;
                for (int s = 0; s < streams.size(); s++) {
                    resources[s] = links.crossedBy(streams.get(s).path());
                    latency = Math.max(latency, SharedLinks.latencyOf(streams.get(s).path()));
                }
                migrations.add(new RunningMigration(migrations.size(), verdict, topology.requireVm(verdict.vm()),
                        settings, streams, resources, latency));
            }
        }
        waiting.addAll(migrations);
    }

    SimulationResult run() {
        double now = 0;
        int idle = 0;
        startWaiting(now);
        settle(now);
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new SimulationStoppedException(PreCopyProcess.seconds(now));
            }
            if (ratesDirty) {
                ratesDirty = false;
                links.shareOut(active, now, clock);
            }
            if (endFrozen(now) || endStarved(now)) {
                settle(now);
                continue;
            }
            double next = Double.POSITIVE_INFINITY;
            for (RunningMigration migration : active) {
                next = Math.min(next, migration.eventTime(now));
            }
            if (next == Double.POSITIVE_INFINITY) {
                break;
            }
            if (next > LONGEST_SECONDS) {
                endTooLong(now);
                settle(now);
                continue;
            }
            advance(now, next);
            now = next;
            // every event moves some migration on; a run of events that change nothing is a loop without end
            idle = settle(now) ? 0 : idle + 1;
            if (idle > MOST_IDLE_EVENTS) {
                endStalled(now);
                settle(now);
                idle = 0;
            }
        }
        return result(now);
    }

    /**
     * Ends the migrations whose next event lies beyond the longest time netmove computes: their time does not
     * fit, and the verdict says so with the figures.
     */
    private void endTooLong(double now) {
        for (RunningMigration migration : List.copyOf(active)) {
            double at = migration.eventTime(now);
            if (at > LONGEST_SECONDS) {
                migration.neverCompletes(now, "it would take more than " + LONGEST_YEARS + " years, longer than"
                        + " netmove computes: " + Rounded.size(migration.remaining()) + " still to send at "
                        + Rounded.rate(migration.goodput() * 8) + " (check the VM's memory and the link speeds for a"
                        + " unit too large, e.g. TiB for GiB)");
                follow(migration, RunningMigration.Transition.ABANDONED);
            }
        }
    }

    /** Ends every running migration when the events no longer move any of them on (rounding at extreme sizes). */
    private void endStalled(double now) {
        for (RunningMigration migration : List.copyOf(active)) {
            migration.neverCompletes(now, "the simulation stopped making progress after " + Rounded.time(now) + " ("
                    + Rounded.size(migration.remaining()) + " still to send at " + Rounded.rate(migration.goodput() * 8)
                    + "): its figures are beyond what netmove computes precisely; check the VM's memory and the link"
                    + " speeds");
            follow(migration, RunningMigration.Transition.ABANDONED);
        }
    }

    /** Handles every event due at {@code now}, and whatever they set off at the same moment; whether any happened. */
    private boolean settle(double now) {
        boolean any = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (RunningMigration migration : List.copyOf(active)) {
                RunningMigration.Transition transition;
                while ((transition = migration.step(now)).happened()) {
                    changed = true;
                    follow(migration, transition);
                }
            }
            active.removeIf(migration -> migration.phase() == RunningMigration.Phase.DONE);
            if (startWaiting(now)) {
                changed = true;
            }
            any |= changed;
        }
        return any;
    }

    private void follow(RunningMigration migration, RunningMigration.Transition transition) {
        if (transition.freesSlots()) {
            slots.release(migration.verdict().sourceHost(), migration.verdict().destinationHost());
        }
        if (transition.changesRates()) {
            ratesDirty = true;
        }
    }

    private boolean startWaiting(double now) {
        if (!slots.freedSinceLastLook()) {
            return false;
        }
        boolean started = false;
        for (Iterator<RunningMigration> it = waiting.iterator(); it.hasNext(); ) {
            RunningMigration migration = it.next();
            if (slots.take(migration.verdict().sourceHost(), migration.verdict().destinationHost())) {
                migration.start(now, controlPlanes.setupEnd(migration.verdict().sourceHost(),
                        migration.verdict().destinationHost(), now));
                it.remove();
                active.add(migration);
                started = true;
            }
        }
        if (started) {
            active.sort(Comparator.comparingInt(RunningMigration::order));
        }
        return started;
    }

    /**
     * Ends the migrations that can no longer change: when every running migration is copying without
     * progress (or gets no bandwidth), no stream will start or end, so their rates stay as they are forever.
     */
    private boolean endFrozen(double now) {
        if (active.isEmpty()) {
            return false;
        }
        for (RunningMigration migration : active) {
            if (!migration.frozen()) {
                return false;
            }
        }
        for (RunningMigration migration : active) {
            migration.neverCompletes(now, migration.goodput() <= 0 ? noBandwidth(migration) : migration.whyStuck());
            follow(migration, RunningMigration.Transition.ABANDONED);
        }
        return true;
    }

    /**
     * Fails the migrations whose share fell below what each concurrent migration needs ({@code minShare}, vSphere:
     * 250 Mbit/s): vCenter fails them for insufficient bandwidth rather than let them crawl.
     */
    private boolean endStarved(double now) {
        if (settings.limits().minShare().isEmpty()) {
            return false;
        }
        double least = settings.limits().minShare().get().bitsPerSecond();
        boolean ended = false;
        for (RunningMigration migration : active) {
            double rate = migration.wireRate();
            if (migration.transferring() && rate > 0 && rate < least) {
                migration.neverCompletes(now, MigrationOutcome.NeverCompletes.INSUFFICIENT_BANDWIDTH + ": its share of the network fell to "
                        + Rounded.rate(rate) + ", less than the " + Rounded.rate(least) + " each concurrent "
                        + settings.profile() + " migration needs");
                follow(migration, RunningMigration.Transition.ABANDONED);
                ended = true;
            }
        }
        return ended;
    }

    private String noBandwidth(RunningMigration migration) {
        int bottleneck = migration.firstBottleneck();
        if (bottleneck < 0) {
            return "its stream gets no bandwidth";
        }
        LinkDirection direction = links.direction(bottleneck);
        return "its stream gets no bandwidth: " + direction + " has nothing left for migration traffic ("
                + direction.describeCapacity() + ")";
    }

    private void advance(double now, double next) {
        double seconds = next - now;
        if (seconds <= 0) {
            return;
        }
        for (RunningMigration migration : active) {
            if (migration.transferring()) {
                migration.advance(seconds, links.efficiency());
            }
        }
        links.advance(seconds);
    }

    private SimulationResult result(double now) {
        double end = 0;
        List<MigrationResult> results = new ArrayList<>(migrations.size());
        for (RunningMigration migration : migrations) {
            end = Math.max(end, migration.endedAt());
            results.add(migration.result(clock, links.longest(migration)));
        }
        return new SimulationResult(verdicts, results, links.usage(now, clock), clock.start(), clock.at(end));
    }
}
