package dev.netmove.steps;

import dev.netmove.engine.migration.EvacuationPlanner;
import dev.netmove.engine.migration.MigrationOutcome;
import dev.netmove.engine.migration.MigrationPlan;
import dev.netmove.engine.migration.MigrationPrecheck;
import dev.netmove.engine.migration.MigrationRequest;
import dev.netmove.engine.migration.MigrationResult;
import dev.netmove.engine.migration.MigrationSimulator;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.migration.SimulationResult;
import dev.netmove.engine.migration.UnplacedVm;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.UnknownNameException;
import dev.netmove.engine.topology.Vm;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The When steps that move VMs (one, several at once, a host into maintenance mode, a cluster
 * consolidated), and the Then steps on whether the moves could happen. Each move is pre-checked;
 * those that pass run together over the network (the migration simulation), and the VMs whose
 * migration completes then run on their new hosts.
 */
public final class MigrationSteps {

    private static final MigrationPrecheck PRECHECK = new MigrationPrecheck();
    private static final List<String> TABLE_HEADER = List.of("vm", "to");

    private final ScenarioState state;

    public MigrationSteps(ScenarioState state) {
        this.state = state;
    }

    @When("VM {string} migrates to host {string}")
    public void vmMigrates(String vm, String host) {
        migrate(List.of(new MigrationRequest(vm, host)));
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
        migrate(List.of(new MigrationRequest(vm, to)));
    }

    @When("these migrations run at the same time:")
    public void theseMigrationsRunAtTheSameTime(DataTable table) {
        List<List<String>> rows = table.cells();
        List<String> header = rows.isEmpty() ? List.of() : rows.get(0).stream().map(MigrationSteps::cell).toList();
        if (!header.equals(TABLE_HEADER)) {
            throw new StepInputException("the table of migrations needs the header | vm | to |, not "
                    + header.stream().collect(Collectors.joining(" | ", "| ", " |"))
                    + "; write one row per migration below it, e.g. | web01 | esx-b1 |");
        }
        if (rows.size() < 2) {
            throw new StepInputException("the table of migrations has no rows: write one row per migration under "
                    + "| vm | to |, e.g. | web01 | esx-b1 |");
        }
        List<MigrationRequest> requests = new ArrayList<>();
        Set<String> vms = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            String vm = cell(rows.get(i).get(0));
            String to = cell(rows.get(i).get(1));
            if (vm.isEmpty() || to.isEmpty()) {
                throw new StepInputException("row " + i + " of the table of migrations needs both a VM and a host, "
                        + "found | " + vm + " | " + to + " |");
            }
            if (!vms.add(vm)) {
                throw new StepInputException("VM " + vm + " appears twice in the table of migrations: a VM makes "
                        + "one move at a time; write a second When step for its next move");
            }
            requests.add(new MigrationRequest(vm, to));
        }
        migrate(requests);
    }

    @When("host {string} enters maintenance mode")
    public void hostEntersMaintenanceMode(String host) {
        MigrationPlan plan = new EvacuationPlanner(state.topology()).maintenance(host);
        String cluster = state.topology().requireHost(host).hostConfig().cluster();
        carryOut(plan, "Host " + host + " cannot enter maintenance mode",
                "every VM of " + host + " moves to another host of cluster " + cluster
                        + " that has its port group and room for its memory");
    }

    @When("cluster {string} is consolidated onto {number} hosts")
    public void clusterIsConsolidated(String cluster, int hosts) {
        MigrationPlan plan;
        try {
            plan = new EvacuationPlanner(state.topology()).consolidation(cluster, hosts);
        } catch (IllegalArgumentException e) {
            if (e instanceof UnknownNameException) {
                throw e;
            }
            throw new StepInputException(e.getMessage());
        }
        carryOut(plan, "Cluster " + cluster + " cannot be consolidated onto " + hosts + " hosts",
                "every VM of the hosts emptied moves to one of the " + hosts
                        + " hosts kept that has its port group and room for its memory");
    }

    private void carryOut(MigrationPlan plan, String headline, String expected) {
        if (!plan.complete()) {
            int total = plan.moves().size() + plan.unplaced().size();
            throw FailureMessage.headline(headline + ": " + plan.unplaced().size() + " of " + total
                            + (total == 1 ? " VM" : " VMs") + (plan.unplaced().size() == 1 ? " has" : " have")
                            + " nowhere to go.")
                    .expected(expected)
                    .found(plan.unplaced().stream().map(UnplacedVm::toString).toList())
                    .error();
        }
        migrate(plan.moves());
    }

    /**
     * Pre-checks every move, runs those that pass together over the network (starting when the
     * scenario's earlier migrations have ended), and puts each VM whose migration completes on its new host.
     */
    private void migrate(List<MigrationRequest> requests) {
        Topology topology = state.topology();
        List<MigrationVerdict> verdicts = new ArrayList<>(requests.size());
        for (MigrationRequest request : requests) {
            verdicts.add(PRECHECK.check(state.layer2(), request.vm(), request.destinationHost()));
        }
        verdicts.forEach(state::recordMigration);
        SimulationResult simulation = new MigrationSimulator(state.layer2()).simulate(verdicts, state.migrationClock());
        state.recordSimulation(simulation);
        Map<String, String> placement = new LinkedHashMap<>();
        for (MigrationResult result : simulation.migrations()) {
            if (result.completes()) {
                placement.put(result.vm(), result.destinationHost());
            }
        }
        Topology after = topology.withVmsOnHosts(placement);
        if (after != topology) {
            state.useTopology(after);
        }
    }

    @Then("the migration succeeds")
    public void theMigrationSucceeds() {
        List<MigrationVerdict> migrations = requireMigrations();
        state.markMigrationOutcomeChecked();
        List<String> failures = new ArrayList<>();
        for (MigrationVerdict m : migrations) {
            if (!m.succeeds()) {
                failures.add(FailureMessage.headline("The migration of VM " + m.vm() + " from host " + m.sourceHost()
                                + " to host " + m.destinationHost() + " fails.")
                        .expected("it succeeds")
                        .found("it cannot happen, because")
                        .items(m.reasons())
                        .toString());
            }
        }
        for (MigrationResult run : state.simulatedMigrations()) {
            if (run.outcome() instanceof MigrationOutcome.NeverCompletes never) {
                failures.add(FailureMessage.headline("The migration of VM " + run.vm() + " from host "
                                + run.sourceHost() + " to host " + run.destinationHost() + " never completes.")
                        .expected("it succeeds")
                        .found((never.insufficientBandwidth() ? "it is stopped: " : "it copies memory for ever: ")
                                + never.why())
                        .toString());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    @Then("the migration fails because {string}")
    public void theMigrationFailsBecause(String reason) {
        List<MigrationVerdict> migrations = requireMigrations();
        state.markMigrationOutcomeChecked();
        List<String> neverCompletes = state.simulatedMigrations().stream()
                .map(MigrationSteps::neverCompletes).flatMap(Optional::stream).toList();
        boolean found = migrations.stream().flatMap(m -> m.reasons().stream()).anyMatch(r -> r.contains(reason))
                || neverCompletes.stream().anyMatch(r -> r.contains(reason));
        if (found) {
            return;
        }
        List<MigrationVerdict> failed = migrations.stream().filter(m -> !m.succeeds()).toList();
        if (failed.isEmpty() && neverCompletes.isEmpty()) {
            throw FailureMessage.headline("The migration succeeds.")
                    .expected("it fails because \"" + reason + "\"")
                    .found(migrations.stream()
                            .map(m -> "VM " + m.vm() + " moves from host " + m.sourceHost() + " to host "
                                    + m.destinationHost() + m.transferPath().map(p -> " (vMotion path " + p + ")")
                                            .orElse(""))
                            .collect(Collectors.joining("; ")))
                    .error();
        }
        List<String> shown = new ArrayList<>(failed.stream().flatMap(m -> m.reasons().stream()).toList());
        shown.addAll(neverCompletes);
        throw FailureMessage.headline("The migration fails, but not for that reason.")
                .expected("a reason containing \"" + reason + "\"")
                .found()
                .items(shown)
                .error();
    }

    /**
     * Fails a scenario whose migration never completes when no step said so was expected, as a failed
     * pre-check does (a migration that copies for ever never passes silently).
     */
    @After(order = 9_999)
    public void failOnMigrationThatNeverCompletes(Scenario scenario) {
        if (scenario.isFailed() || state.migrationOutcomeChecked()) {
            return;
        }
        List<String> never = state.simulatedMigrations().stream()
                .map(MigrationSteps::neverCompletes).flatMap(Optional::stream).toList();
        if (never.isEmpty()) {
            return;
        }
        throw new AssertionError("a migration of this scenario never completes, and no step expected it:\n"
                + never.stream().map(r -> "  - " + r).collect(Collectors.joining("\n"))
                + "\nIf that is what you expect, say so with: Then the migration fails because \"never completes\"");
    }

    /** {@code VM hot never completes: the guest dirties ...}, for a migration that copies for ever. */
    private static Optional<String> neverCompletes(MigrationResult run) {
        return run.outcome() instanceof MigrationOutcome.NeverCompletes never
                ? Optional.of("VM " + run.vm() + " never completes: " + never.why())
                : Optional.empty();
    }

    private List<MigrationVerdict> requireMigrations() {
        List<MigrationVerdict> migrations = state.migrations();
        if (migrations.isEmpty()) {
            throw new StepInputException("no VM has migrated in this scenario yet: add a step such as "
                    + "'When VM \"web01\" migrates to host \"esx-b1\"' before this one");
        }
        return migrations;
    }


    private static String cell(String value) {
        return value == null ? "" : value.strip();
    }
}
