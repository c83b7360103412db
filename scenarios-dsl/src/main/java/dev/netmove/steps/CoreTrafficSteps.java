package dev.netmove.steps;

import dev.netmove.engine.migration.CoreCrossings;
import dev.netmove.engine.migration.MigrationResult;
import dev.netmove.engine.migration.MigrationStream;
import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Role;
import dev.netmove.engine.topology.Topology;
import io.cucumber.java.en.Then;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The Then steps on how much of the scenario's migration traffic crosses the data-center core, and where. */
public final class CoreTrafficSteps {

    private final ScenarioState state;

    public CoreTrafficSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("the migration traffic does not cross the core")
    public void theMigrationTrafficDoesNotCrossTheCore() {
        List<MigrationResult> runs = SimulatedMigrations.all(state);
        CoreCrossings core = new CoreCrossings(state.topology());
        List<MigrationResult> crossing = runs.stream().filter(core::crosses).toList();
        if (crossing.isEmpty()) {
            return;
        }
        FailureMessage message = FailureMessage.headline("The migration traffic crosses the core.")
                .expected("no migration stream enters a device of role core")
                .found(crossing.stream().map(run -> "VM " + run.vm() + " sends " + Rounded.size(core.volume(run))
                        + " through " + String.join(", ", coreDevices(run))).toList());
        for (String path : paths(crossing, core)) {
            message.path(path);
        }
        throw message.error();
    }

    @Then("at most {size} of migration traffic crosses the core")
    public void atMostOfMigrationTrafficCrossesTheCore(DataSize limit) {
        List<MigrationResult> runs = SimulatedMigrations.all(state);
        CoreCrossings core = new CoreCrossings(state.topology());
        long total = 0;
        for (MigrationResult run : runs) {
            total += core.volume(run).bytes();
        }
        if (total <= limit.bytes()) {
            return;
        }
        List<MigrationResult> crossing = runs.stream().filter(core::crosses).toList();
        FailureMessage message = FailureMessage
                .headline(Rounded.size(total) + " of migration traffic crosses the core, more than " + limit + ".")
                .expected("at most " + limit + " enters the core")
                .found(crossing.stream().map(run -> "VM " + run.vm() + ": " + Rounded.size(core.volume(run))
                        + " through " + String.join(", ", coreDevices(run))).toList());
        for (String path : paths(crossing, core)) {
            message.path(path);
        }
        throw message.error();
    }

    private List<String> coreDevices(MigrationResult run) {
        Topology topology = state.topology();
        Set<String> devices = new LinkedHashSet<>();
        for (MigrationStream stream : run.streams()) {
            for (String name : stream.path().devices()) {
                if (topology.device(name).map(Device::role).orElse(null) == Role.CORE) {
                    devices.add(name);
                }
            }
        }
        return List.copyOf(devices);
    }

    /** The distinct paths that enter the core; prefixed with the VM when several VMs cross it. */
    private static List<String> paths(List<MigrationResult> crossing, CoreCrossings core) {
        Set<String> paths = new LinkedHashSet<>();
        for (MigrationResult run : crossing) {
            for (MigrationStream stream : run.streams()) {
                if (core.entries(stream.path()) > 0) {
                    paths.add((crossing.size() > 1 ? "VM " + run.vm() + ": " : "") + stream.path());
                }
            }
        }
        return List.copyOf(paths);
    }
}
