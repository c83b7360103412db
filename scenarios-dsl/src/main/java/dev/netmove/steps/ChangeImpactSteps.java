package dev.netmove.steps;

import dev.netmove.engine.flow.FlowAnalysis;
import dev.netmove.engine.flow.FlowAnalysisException;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.mobility.MobilityMatrix;
import dev.netmove.engine.mobility.MoveCheck;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * STEPS.md "Then: what the change does to migrations and gateways": the network before the change (as the
 * topology step loaded it) against the network after it, every VM on the host the topology gives it.
 */
public final class ChangeImpactSteps {

    private final ScenarioState state;

    public ChangeImpactSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("the change breaks no migration that worked before it")
    public void breaksNoMigration() {
        Topology before = state.beforeChange();
        Topology after = MobilityViews.unmigrated(state);
        Layer2Analysis beforeL2 = new Layer2Analysis(before);
        Layer2Analysis afterL2 = new Layer2Analysis(after);
        int worked = 0;
        List<MoveCheck> broken = new ArrayList<>();
        for (String cluster : MobilityViews.clusters(before)) {
            MobilityMatrix was = MobilityMatrix.of(beforeL2, cluster);
            MobilityMatrix now = MobilityMatrix.of(afterL2, cluster);
            state.recordMobility(now, was);
            for (MoveCheck pair : was.checks()) {
                if (!pair.canMigrate()) {
                    continue;
                }
                worked++;
                Optional<MoveCheck> then = now.check(pair.vm(), pair.host());
                if (then.isPresent() && !then.get().canMigrate()) {
                    broken.add(then.get());
                }
            }
        }
        if (!broken.isEmpty()) {
            throw MoveListing.failure(broken.size() + " of " + worked + " moves that worked before the change fail "
                    + "after it.", "every move that worked before " + changeTitles() + " works after it",
                    removed(before, after), broken);
        }
    }

    /** {@code removes link acc2-agg2 and device agg9}: what the network before has and the network after lacks; null when nothing. */
    private static String removed(Topology before, Topology after) {
        List<String> devices = before.devices().keySet().stream().filter(d -> after.device(d).isEmpty()).sorted()
                .toList();
        List<String> gone = new ArrayList<>();
        devices.forEach(d -> gone.add("device " + d));
        // a removed device's links go with it: only the links removed on their own are named
        before.links().stream().filter(l -> after.link(l.name()).isEmpty())
                .filter(l -> !devices.contains(l.a().device()) && !devices.contains(l.b().device()))
                .map(l -> l.name()).sorted().forEach(l -> gone.add("link " + l));
        if (gone.isEmpty()) {
            return null;
        }
        List<String> shown = gone.size() > 6 ? gone.subList(0, 6) : gone;
        return "removes " + String.join(", ", shown) + (gone.size() > 6 ? " and " + (gone.size() - 6) + " more" : "");
    }

    @Then("the change moves no default gateway")
    public void movesNoGateway() {
        List<String> moved = new ArrayList<>();
        compareGateways((vm, was, now) -> {
            String before = was.map(a -> a.gatewayOf(vm).device()).orElse(null);
            String after = now.map(a -> a.gatewayOf(vm).device()).orElse("no gateway");
            if (before != null && !before.equals(after)) {
                moved.add("VM " + vm + ": served by " + before + " before the change, by " + after + " after it");
            }
        }, moved);
        if (!moved.isEmpty()) {
            throw FailureMessage.headline(moved.size() + (moved.size() == 1 ? " VM's" : " VMs'")
                    + " default gateway moves with the change.").expected("every VM's gateway is served by the same "
                    + "device before and after " + changeTitles()).found().items(moved).error();
        }
    }

    @Then("the change adds no core crossing to any VM's path to its default gateway")
    public void addsNoCoreCrossing() {
        List<String> added = new ArrayList<>();
        compareGateways((vm, was, now) -> {
            if (was.isEmpty() || now.isEmpty()) {
                return;
            }
            var before = was.get().pathToGateway(vm);
            var after = now.get().pathToGateway(vm);
            if (after.coreCrossings() > before.coreCrossings()) {
                added.add("VM " + vm + ": crosses the core " + after.coreCrossings() + " time(s) after the change, "
                        + before.coreCrossings() + " before; path after: " + after);
            }
        }, added);
        if (!added.isEmpty()) {
            throw FailureMessage.headline("The change adds core crossings to " + added.size() + " VM"
                    + (added.size() == 1 ? "'s" : "s'") + " path to the default gateway.").expected("no VM's path to "
                    + "its default gateway crosses the core more often after " + changeTitles()).found().items(added)
                    .error();
        }
    }

    private interface GatewayComparison {
        void compare(String vm, Optional<FlowAnalysis> before, Optional<FlowAnalysis> after);
    }

    /** Each VM of the network before the change, with the analyses in which its gateway resolves (empty where it has none). */
    private void compareGateways(GatewayComparison comparison, List<String> found) {
        FlowAnalysis before = new FlowAnalysis(state.beforeChange());
        Topology afterNetwork = MobilityViews.unmigrated(state);
        FlowAnalysis after = new FlowAnalysis(afterNetwork);
        for (Vm vm : state.beforeChange().vms().values()) {
            if (afterNetwork.vm(vm.name()).isEmpty()) {
                continue;
            }
            comparison.compare(vm.name(), resolves(before, vm.name()), resolves(after, vm.name()));
        }
    }

    private static Optional<FlowAnalysis> resolves(FlowAnalysis analysis, String vm) {
        try {
            analysis.gatewayOf(vm);
            return Optional.of(analysis);
        } catch (FlowAnalysisException e) {
            return Optional.empty();
        }
    }

    private String changeTitles() {
        List<String> titles = state.changes();
        return titles.isEmpty() ? "the scenario's changes" : "the change " + String.join(", then ", titles);
    }
}
