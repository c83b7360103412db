package dev.netmove.steps;

import dev.netmove.engine.migration.MigrationResult;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.quantity.Rounded;
import dev.netmove.steps.why.BottleneckSentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The scenario's migrations that ran over the network, as the transfer steps ask for them, with clear errors. */
final class SimulatedMigrations {

    private SimulatedMigrations() {
    }

    /**
     * Every migration of the scenario that ran over the network; a clear error when none was asked for, or
     * when none passed its pre-check.
     */
    static List<MigrationResult> all(ScenarioState state) {
        List<MigrationVerdict> verdicts = state.migrations();
        if (verdicts.isEmpty()) {
            throw new StepInputException("no VM has migrated in this scenario yet: add a step such as "
                    + "'When VM \"web01\" migrates to host \"esx-b1\"' before this one");
        }
        List<MigrationResult> runs = state.simulatedMigrations();
        if (runs.isEmpty()) {
            throw FailureMessage.headline("No migration of this scenario ran: each one failed its pre-check.")
                    .expected("at least one migration that the network allows")
                    .found(verdicts.stream().map(v -> "VM " + v.vm() + " to " + v.destinationHost() + ": "
                            + String.join("; ", v.reasons())).toList())
                    .error();
        }
        return runs;
    }

    /** How VM {@code vm}'s latest migration ran; a clear error when it did not move or failed its pre-check. */
    static MigrationResult runOf(ScenarioState state, String vm) {
        state.topology().requireVm(vm);
        MigrationVerdict verdict = state.migrationOf(vm).orElseThrow(() -> new StepInputException("VM " + vm
                + " has not migrated in this scenario: add a step such as 'When VM \"" + vm
                + "\" migrates to host \"...\"' before this one"));
        if (!verdict.succeeds()) {
            throw FailureMessage.headline("The migration of VM " + vm + " did not run: its pre-check failed.")
                    .expected("VM " + vm + " migrates to host " + verdict.destinationHost())
                    .found(verdict.reasons())
                    .error();
        }
        return state.simulatedMigrationOf(vm).orElseThrow(() -> new IllegalStateException(
                "the migration of VM " + vm + " passed its pre-check but was not simulated"));
    }

    /** What made a migration slow: the queue, the link that held its stream, never converging. */
    static Optional<String> why(MigrationResult run) {
        List<String> parts = new ArrayList<>();
        if (!run.waited().isZero()) {
            parts.add("it waited " + Rounded.time(run.waited()) + " for a free migration slot on host "
                    + run.sourceHost() + " or " + run.destinationHost());
        }
        run.limitedBy().ifPresent(limit -> parts.add(BottleneckSentences.heldBy(limit)));
        if (run.slowdown().happened()) {
            parts.add("its guest was " + run.slowdown() + " so that pre-copy converges");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of("VM " + run.vm() + ": " + String.join("; ", parts));
    }

    static String rounds(int count) {
        return count + (count == 1 ? " pre-copy round" : " pre-copy rounds");
    }
}
