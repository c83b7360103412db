package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
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
    private final EventQueue events = new EventQueue();
    private final WaitingMigrations waiting = new WaitingMigrations();
    // the migrations whose streams started or stopped since the links were last shared out, and those whose rates
    // the last sharing out set (the only ones whose share can have fallen below the minimum)
    private final List<RunningMigration> changed = new ArrayList<>();
    private final MigrationOrder byOrder = new MigrationOrder();
    private List<RunningMigration> reallocated = List.of();
    private int running;
    private int frozen;

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
                RunningMigration migration = new RunningMigration(migrations.size(), verdict,
                        topology.requireVm(verdict.vm()), settings, streams, resources, latency);
                migration.marks.sourceHost = links.hostIndexOf(verdict.sourceHost());
                migration.marks.destinationHost = links.hostIndexOf(verdict.destinationHost());
                migrations.add(migration);
            }
        }
        waiting.addAll(migrations);
    }

    SimulationResult run() {
        double now = 0;
        int idle = 0;
        settle(now);
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new SimulationStoppedException(PreCopyProcess.seconds(now));
            }
            if (!changed.isEmpty()) {
                byOrder.sort(changed);
                reallocated = links.shareOut(changed, now, clock);
                changed.clear();
                for (RunningMigration migration : reallocated) {
                    reschedule(migration, now);
                }
            }
            if (endFrozen(now) || endStarved(now)) {
                settle(now);
                continue;
            }
            double next = events.next();
            if (next == Double.POSITIVE_INFINITY) {
                break;
            }
            if (next > LONGEST_SECONDS) {
                endTooLong(now);
                settle(now);
                continue;
            }
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
        for (RunningMigration migration : migrations) {
            if (running(migration) && migration.eventTime(now) > LONGEST_SECONDS) {
                migration.catchUp(now, links.efficiency());
                abandon(migration, now, "it would take more than " + LONGEST_YEARS + " years, longer than"
                        + " netmove computes: " + Rounded.size(migration.remaining()) + " still to send at "
                        + Rounded.rate(migration.goodput() * 8) + " (check the VM's memory and the link speeds for a"
                        + " unit too large, e.g. TiB for GiB)");
            }
        }
    }

    /** Ends every running migration when the events no longer move any of them on (rounding at extreme sizes). */
    private void endStalled(double now) {
        for (RunningMigration migration : migrations) {
            if (running(migration)) {
                migration.catchUp(now, links.efficiency());
                abandon(migration, now, "the simulation stopped making progress after " + Rounded.time(now) + " ("
                        + Rounded.size(migration.remaining()) + " still to send at "
                        + Rounded.rate(migration.goodput() * 8) + "): its figures are beyond what netmove computes"
                        + " precisely; check the VM's memory and the link speeds");
            }
        }
    }

    private static boolean running(RunningMigration migration) {
        return migration.phase() != RunningMigration.Phase.WAITING && migration.phase() != RunningMigration.Phase.DONE;
    }

    private void abandon(RunningMigration migration, double now, String why) {
        migration.catchUp(now, links.efficiency());
        migration.neverCompletes(now, why);
        follow(migration, RunningMigration.Transition.ABANDONED);
        running--;
        reschedule(migration, now);
    }

    /** Handles every event due at {@code now}, and whatever they set off at the same moment; whether any happened. */
    private boolean settle(double now) {
        boolean any = false;
        boolean changedAny = true;
        while (changedAny) {
            changedAny = false;
            List<RunningMigration> due = events.dueAt(now);
            for (RunningMigration migration : due) {
                migration.catchUp(now, links.efficiency());
                RunningMigration.Transition transition;
                while ((transition = migration.step(now)).happened()) {
                    changedAny = true;
                    follow(migration, transition);
                }
                if (migration.phase() == RunningMigration.Phase.DONE) {
                    running--;
                }
                reschedule(migration, now);
            }
            if (startWaiting(now)) {
                changedAny = true;
            }
            any |= changedAny;
        }
        return any;
    }

    // schedules the migration's next event anew and counts it among the frozen when it is
    private void reschedule(RunningMigration migration, double now) {
        boolean isFrozen = migration.phase() != RunningMigration.Phase.DONE && migration.frozen();
        if (isFrozen != migration.marks.frozen) {
            migration.marks.frozen = isFrozen;
            frozen += isFrozen ? 1 : -1;
        }
        events.schedule(migration, migration.phase() == RunningMigration.Phase.DONE ? Double.POSITIVE_INFINITY
                : migration.eventTime(now), migration.dueFrom(now));
    }

    private void follow(RunningMigration migration, RunningMigration.Transition transition) {
        if (transition.freesSlots()) {
            slots.release(migration.verdict().sourceHost(), migration.verdict().destinationHost());
            waiting.freed(migration.verdict().sourceHost(), migration.verdict().destinationHost());
        }
        if (transition.changesRates()) {
            changed.add(migration);
        }
    }

    private boolean startWaiting(double now) {
        boolean[] started = {false};
        waiting.startEach(migration -> {
            if (!slots.take(migration.verdict().sourceHost(), migration.verdict().destinationHost())) {
                return false;
            }
            migration.start(now, controlPlanes.setupEnd(migration.verdict().sourceHost(),
                    migration.verdict().destinationHost(), now));
            running++;
            reschedule(migration, now);
            started[0] = true;
            return true;
        }, slots::hasFree);
        return started[0];
    }

    /**
     * Ends the migrations that can no longer change: when every running migration is copying without
     * progress (or gets no bandwidth), no stream will start or end, so their rates stay as they are forever.
     */
    private boolean endFrozen(double now) {
        if (running == 0 || frozen < running) {
            return false;
        }
        for (RunningMigration migration : migrations) {
            if (!migration.marks.frozen) {
                continue;
            }
            migration.catchUp(now, links.efficiency());
            migration.neverCompletes(now, migration.goodput() <= 0 ? noBandwidth(migration) : migration.whyStuck());
            follow(migration, RunningMigration.Transition.ABANDONED);
            running--;
            reschedule(migration, now);
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
        List<RunningMigration> candidates = reallocated;
        reallocated = List.of();
        for (RunningMigration migration : candidates) {
            double rate = migration.wireRate();
            if (migration.transferring() && rate > 0 && rate < least) {
                migration.catchUp(now, links.efficiency());
                migration.neverCompletes(now, MigrationOutcome.NeverCompletes.INSUFFICIENT_BANDWIDTH + ": its share of the network fell to "
                        + Rounded.rate(rate) + ", less than the " + Rounded.rate(least) + " each concurrent "
                        + settings.profile() + " migration needs");
                follow(migration, RunningMigration.Transition.ABANDONED);
                running--;
                reschedule(migration, now);
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
