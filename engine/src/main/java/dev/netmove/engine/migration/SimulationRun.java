package dev.netmove.engine.migration;

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
        startWaiting(now);
        settle(now);
        while (true) {
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
        }
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
