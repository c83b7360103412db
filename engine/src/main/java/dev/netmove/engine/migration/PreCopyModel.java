package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.Vm;
import java.util.List;
import java.util.Objects;

/**
 * The pre-copy model of one migration at a constant goodput, with no network around it: the
 * analytic model of Liu et al. (HPDC 2011) and Akoush et al. (MASCOTS 2010) with the stop rules,
 * convergence policies and overheads of the {@code migration:} settings. {@link MigrationSimulator}
 * runs the same rounds over a shared network, where the goodput changes as other streams come and go.
 */
final class PreCopyModel {

    private final MigrationSettings settings;

    PreCopyModel(MigrationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Migrates {@code vm} at {@code goodput} (what its stream delivers, after stream efficiency).
     *
     * @return the rounds, the outcome, the total time (setup + rounds + downtime) and what was sent; with a
     *         goodput of zero the migration never completes
     */
    PreCopyRun run(Vm vm, Bandwidth goodput) {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(goodput, "goodput");
        PreCopyProcess process = new PreCopyProcess(vm, settings);
        double rate = goodput.bytesPerSecond();
        double volume = process.startFirstRound();
        double elapsed = settings.setupTime().toSecondsDouble();
        if (rate <= 0 && volume > 0) {
            return new PreCopyRun(process.rounds(), new MigrationOutcome.NeverCompletes(
                    "the migration gets no bandwidth"), PreCopyProcess.seconds(elapsed), DataSize.ZERO,
                    GuestSlowdown.NONE);
        }
        while (true) {
            double seconds = volume > 0 ? volume / rate : 0;
            elapsed += seconds;
            PreCopyProcess.Decision decision = process.roundDone(seconds);
            if (decision instanceof PreCopyProcess.Switchover switchover) {
                double paused = switchover.rest() + settings.deviceState().bytes();
                double downtime = (paused > 0 ? paused / rate : 0) + settings.resumeTime().toSecondsDouble();
                elapsed += downtime;
                MigrationOutcome outcome = new MigrationOutcome.Completed(switchover.reason(),
                        PreCopyProcess.bytes(switchover.rest()), PreCopyProcess.bytes(paused),
                        PreCopyProcess.seconds(downtime));
                return new PreCopyRun(process.rounds(), outcome, PreCopyProcess.seconds(elapsed),
                        PreCopyProcess.bytes(process.sent() + paused), process.slowdownReport());
            }
            volume = ((PreCopyProcess.NextRound) decision).volume();
            if (process.stuck() || process.roundsDone() >= PreCopyProcess.SAFETY_ROUNDS) {
                String why = process.stuck() ? process.whyStuck() : process.whyTooManyRounds();
                return new PreCopyRun(process.rounds(), new MigrationOutcome.NeverCompletes(why),
                        PreCopyProcess.seconds(elapsed), PreCopyProcess.bytes(process.sent()), process.slowdownReport());
            }
        }
    }

    /**
     * What {@link #run(Vm, Bandwidth)} found.
     *
     * @param rounds    the pre-copy rounds, sent while the guest ran
     * @param outcome   the switchover (with its downtime), or why there is none
     * @param totalTime setup + rounds + downtime; for a migration that never completes, the time until that was clear
     * @param sent      every byte of memory and device state sent
     * @param slowdown  how much the guest was slowed so that it converges
     */
    record PreCopyRun(List<PreCopyRound> rounds, MigrationOutcome outcome, TimeSpan totalTime,
                             DataSize sent, GuestSlowdown slowdown) {
        public PreCopyRun {
            rounds = List.copyOf(rounds);
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(totalTime, "totalTime");
            Objects.requireNonNull(sent, "sent");
            Objects.requireNonNull(slowdown, "slowdown");
        }

        /** The downtime of a completed migration. @throws IllegalStateException when it never completes */
        public TimeSpan downtime() {
            if (outcome instanceof MigrationOutcome.Completed completed) {
                return completed.downtime();
            }
            throw new IllegalStateException("the migration never completes: " + ((MigrationOutcome.NeverCompletes) outcome).why());
        }
    }
}
