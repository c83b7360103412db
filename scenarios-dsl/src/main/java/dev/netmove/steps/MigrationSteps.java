package dev.netmove.steps;

import dev.netmove.engine.migration.MigrationPrecheck;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.List;
import java.util.stream.Collectors;

/** The When steps that move VMs, and the Then steps on whether the moves could happen. */
public final class MigrationSteps {

    private static final MigrationPrecheck PRECHECK = new MigrationPrecheck();

    private final ScenarioState state;

    public MigrationSteps(ScenarioState state) {
        this.state = state;
    }

    @When("VM {string} migrates to host {string}")
    public void vmMigrates(String vm, String host) {
        migrate(vm, host);
    }

    @When("VM {string} migrates from host {string} to host {string}")
    public void vmMigratesFrom(String vm, String from, String to) {
        Topology topology = state.topology();
        Vm found = topology.requireVm(vm);
        topology.requireHost(from);
        if (!found.host().equals(from)) {
            throw new StepInputException("VM " + vm + " is on host " + found.host() + ", not on host " + from
                    + "; write 'When VM \"" + vm + "\" migrates from host \"" + found.host() + "\" to host \"" + to
                    + "\"', or the shorter 'When VM \"" + vm + "\" migrates to host \"" + to + "\"'");
        }
        migrate(vm, to);
    }

    private void migrate(String vm, String host) {
        Topology topology = state.topology();
        MigrationVerdict verdict = PRECHECK.check(state.layer2(), vm, host);
        state.recordMigration(verdict);
        if (verdict.succeeds()) {
            state.useTopology(topology.withVmOnHost(vm, host));
        }
    }

    @Then("the migration succeeds")
    public void theMigrationSucceeds() {
        List<MigrationVerdict> migrations = requireMigrations();
        state.markMigrationOutcomeChecked();
        List<MigrationVerdict> failed = migrations.stream().filter(m -> !m.succeeds()).toList();
        if (!failed.isEmpty()) {
            throw new AssertionError(failed.stream()
                    .map(m -> "The migration of VM " + m.vm() + " from host " + m.sourceHost() + " to host "
                            + m.destinationHost() + " fails.\n"
                            + "  expected: it succeeds\n"
                            + "  found:    it cannot happen, because\n" + reasons(m))
                    .collect(Collectors.joining("\n")));
        }
    }

    @Then("the migration fails because {string}")
    public void theMigrationFailsBecause(String reason) {
        List<MigrationVerdict> migrations = requireMigrations();
        state.markMigrationOutcomeChecked();
        boolean found = migrations.stream().flatMap(m -> m.reasons().stream()).anyMatch(r -> r.contains(reason));
        if (found) {
            return;
        }
        List<MigrationVerdict> failed = migrations.stream().filter(m -> !m.succeeds()).toList();
        if (failed.isEmpty()) {
            throw new AssertionError("The migration succeeds.\n"
                    + "  expected: it fails because \"" + reason + "\"\n"
                    + "  found:    " + migrations.stream()
                            .map(m -> "VM " + m.vm() + " moves from host " + m.sourceHost() + " to host "
                                    + m.destinationHost() + m.vmotionPath().map(p -> " (vMotion path " + p + ")")
                                            .orElse(""))
                            .collect(Collectors.joining("; ")));
        }
        throw new AssertionError("The migration fails, but not for that reason.\n"
                + "  expected: a reason containing \"" + reason + "\"\n"
                + "  found:\n" + failed.stream().map(MigrationSteps::reasons).collect(Collectors.joining("\n")));
    }

    private List<MigrationVerdict> requireMigrations() {
        List<MigrationVerdict> migrations = state.migrations();
        if (migrations.isEmpty()) {
            throw new StepInputException("no VM has migrated in this scenario yet: add a step such as "
                    + "'When VM \"web01\" migrates to host \"esx-b1\"' before this one");
        }
        return migrations;
    }

    private static String reasons(MigrationVerdict m) {
        return m.reasons().stream().map(r -> "    - " + r).collect(Collectors.joining("\n"));
    }
}
