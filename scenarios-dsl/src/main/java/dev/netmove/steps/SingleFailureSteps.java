package dev.netmove.steps;

import dev.netmove.engine.flow.FlowAnalysisException;
import dev.netmove.engine.flow.FlowAnalysis;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.MigrationPrecheck;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.mobility.MobilityMatrix;
import dev.netmove.engine.mobility.MoveCheck;
import dev.netmove.engine.mobility.SingleFailureSweep;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * STEPS.md "Then: single failures": each link (each port-channel member on its own) or each device down in
 * turn; the message names every failure that breaks the expectation, why, and how many were tried.
 */
public final class SingleFailureSteps {

    private final ScenarioState state;

    public SingleFailureSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("VM {string} can migrate to host {string} after any single link failure")
    public void migrateAfterLinkFailure(String vm, String host) {
        Topology network = state.topology();
        String source = network.requireVm(vm).host();
        network.requireHost(host);
        SingleFailureSweep sweep = SingleFailureSweep.ofMigration(network, List.of(source, host), canMigrate(vm, host), true);
        report(sweep.links(), "VM " + vm + " can migrate to host " + host, "link");
    }

    @Then("VM {string} can migrate to host {string} after any single device failure")
    public void migrateAfterDeviceFailure(String vm, String host) {
        Topology network = state.topology();
        String source = network.requireVm(vm).host();
        network.requireHost(host);
        SingleFailureSweep sweep = SingleFailureSweep.ofMigration(network, List.of(source, host), canMigrate(vm, host), true);
        report(sweep.devices(List.of(source, host)), "VM " + vm + " can migrate to host " + host, "device");
    }

    @Then("every VM of cluster {string} can migrate to every host of the cluster after any single link failure")
    public void clusterAfterLinkFailure(String cluster) {
        Topology network = MobilityViews.unmigrated(state);
        List<String> hosts = MobilityViews.matrix(network, cluster).hosts();
        Function<Layer2Analysis, Optional<String>> question = layer2 -> {
            List<MoveCheck> failed = MobilityMatrix.of(layer2, cluster).failures();
            if (failed.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(failed.size() + " moves fail, first " + failed.get(0).vm() + " > " + failed.get(0).host()
                    + ": " + failed.get(0).reasons().get(0));
        };
        report(SingleFailureSweep.ofMigration(network, hosts, question, true).links(),
                "every VM of cluster " + cluster + " can migrate to every host of the cluster", "link");
    }

    @Then("VM {string} reaches its default gateway after any single link failure")
    public void gatewayAfterLinkFailure(String vm) {
        Topology network = state.topology();
        Vm v = network.requireVm(vm);
        report(SingleFailureSweep.ofGateway(network, v.host(), reachesGateway(vm), true).links(),
                "VM " + vm + " reaches its default gateway", "link");
    }

    @Then("VM {string} reaches its default gateway after any single device failure")
    public void gatewayAfterDeviceFailure(String vm) {
        Topology network = state.topology();
        Vm v = network.requireVm(vm);
        report(SingleFailureSweep.ofGateway(network, v.host(), reachesGateway(vm), true).devices(List.of(v.host())),
                "VM " + vm + " reaches its default gateway", "device");
    }

    private static Function<Layer2Analysis, Optional<String>> canMigrate(String vm, String host) {
        MigrationPrecheck precheck = new MigrationPrecheck();
        return layer2 -> {
            MigrationVerdict verdict = precheck.check(layer2, vm, host);
            return verdict.succeeds() ? Optional.empty() : Optional.of(String.join("; ", verdict.reasons()));
        };
    }

    private static Function<Layer2Analysis, Optional<String>> reachesGateway(String vm) {
        return layer2 -> {
            try {
                new FlowAnalysis(layer2).gatewayOf(vm);
                return Optional.empty();
            } catch (FlowAnalysisException e) {
                return Optional.of(e.getMessage());
            }
        };
    }

    private static void report(SingleFailureSweep.Result result, String expectation, String kind) {
        if (result.baseline().isPresent()) {
            throw FailureMessage.headline("Even with nothing down, not so: " + expectation + ".")
                    .expected(expectation + " after any single " + kind + " failure").why(result.baseline().get())
                    .error();
        }
        if (!result.broken().isEmpty()) {
            List<String> items = new ArrayList<>();
            result.broken().forEach(b -> items.add(b.failure() + ": " + b.why()));
            throw FailureMessage.headline(result.broken().size() + " of " + result.tried() + " single " + kind
                    + " failures tried break it: " + expectation + ".")
                    .expected(expectation + " after any single " + kind + " failure").found().items(items).error();
        }
    }
}
