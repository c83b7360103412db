package dev.netmove.steps;

import dev.netmove.engine.migration.MigrationOutcome;
import dev.netmove.engine.migration.MigrationResult;
import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.quantity.TimeSpan;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.Optional;

/**
 * The Then steps on how long the scenario's migrations took and their switchover downtime. Each failure gives
 * the figures and what made them so (the queue, the link that held a stream back, the guest's slowdown).
 */
public final class MigrationTimeSteps {

    private final ScenarioState state;

    public MigrationTimeSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("the migration completes within {duration}")
    public void theMigrationCompletesWithin(TimeSpan limit) {
        List<MigrationResult> runs = SimulatedMigrations.all(state);
        List<MigrationResult> late = runs.stream().filter(m -> !completesWithin(m, limit)).toList();
        if (late.isEmpty()) {
            return;
        }
        String headline = runs.size() == 1
                ? "The migration of VM " + late.get(0).vm() + " does not complete within " + limit + "."
                : late.size() + " of " + runs.size() + " migrations do not complete within " + limit + ".";
        throw FailureMessage.headline(headline)
                .expected(runs.size() == 1 ? "it completes within " + limit : "every migration completes within " + limit)
                .found(late.stream().map(MigrationResult::summary).toList())
                .why(late.stream().map(SimulatedMigrations::why).flatMap(Optional::stream).toList())
                .error();
    }

    @Then("the migration of VM {string} completes within {duration}")
    public void theMigrationOfVmCompletesWithin(String vm, TimeSpan limit) {
        MigrationResult run = SimulatedMigrations.runOf(state, vm);
        if (completesWithin(run, limit)) {
            return;
        }
        throw FailureMessage.headline("The migration of VM " + vm + " does not complete within " + limit + ".")
                .expected("it completes within " + limit)
                .found(run.summary())
                .why(SimulatedMigrations.why(run).stream().toList())
                .error();
    }

    private static boolean completesWithin(MigrationResult run, TimeSpan limit) {
        return run.completes() && run.completesAfter().compareTo(limit) <= 0;
    }

    @Then("the switchover downtime is at most {duration}")
    public void theSwitchoverDowntimeIsAtMost(TimeSpan limit) {
        List<MigrationResult> runs = SimulatedMigrations.all(state);
        List<MigrationResult> over = runs.stream().filter(m -> !downtimeWithin(m, limit)).toList();
        if (over.isEmpty()) {
            return;
        }
        String headline = runs.size() == 1
                ? "The switchover of VM " + over.get(0).vm() + " takes longer than " + limit + "."
                : over.size() + " of " + runs.size() + " switchovers take longer than " + limit + ".";
        throw FailureMessage.headline(headline)
                .expected(runs.size() == 1 ? "a downtime of at most " + limit
                        : "every migration's downtime is at most " + limit)
                .found(over.stream().map(MigrationTimeSteps::downtime).toList())
                .error();
    }

    @Then("the switchover downtime of VM {string} is at most {duration}")
    public void theSwitchoverDowntimeOfVmIsAtMost(String vm, TimeSpan limit) {
        MigrationResult run = SimulatedMigrations.runOf(state, vm);
        if (downtimeWithin(run, limit)) {
            return;
        }
        throw FailureMessage.headline("The switchover of VM " + vm + " takes longer than " + limit + ".")
                .expected("a downtime of at most " + limit)
                .found(downtime(run))
                .error();
    }

    private static boolean downtimeWithin(MigrationResult run, TimeSpan limit) {
        return run.downtime().map(d -> d.compareTo(limit) <= 0).orElse(false);
    }

    /** {@code VM web01: 1.31s: 520MiB sent while paused (512MiB still dirty after 30 pre-copy rounds: ...)}. */
    private static String downtime(MigrationResult run) {
        if (run.outcome() instanceof MigrationOutcome.Completed done) {
            return "VM " + run.vm() + ": " + Rounded.time(done.downtime()) + ": " + Rounded.size(done.switchover())
                    + " sent while paused (" + Rounded.size(done.rest()) + " still dirty and the device state) after "
                    + SimulatedMigrations.rounds(run.rounds().size()) + ", stopped because " + done.reason().description()
                    + (run.slowdown().happened() ? "; the guest was " + run.slowdown() : "");
        }
        return "VM " + run.vm() + " never switches over: "
                + ((MigrationOutcome.NeverCompletes) run.outcome()).why();
    }
}
