package dev.netmove.steps;

import dev.netmove.engine.mobility.MobilityMatrix;
import dev.netmove.engine.mobility.MoveCheck;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import io.cucumber.java.en.Then;
import java.util.List;

/** STEPS.md "Then: mobility across a cluster": whether VMs can migrate to every other host of their cluster. */
public final class MobilitySteps {

    private final ScenarioState state;

    public MobilitySteps(ScenarioState state) {
        this.state = state;
    }

    @Then("every VM of cluster {string} can migrate to every host of the cluster")
    public void everyVmOfCluster(String cluster) {
        Topology network = MobilityViews.unmigrated(state);
        MobilityMatrix matrix = MobilityViews.matrix(network, cluster);
        state.recordMobility(matrix, state.changes().isEmpty() ? null
                : MobilityViews.matrix(state.beforeChange(), cluster));
        List<MoveCheck> checks = matrix.checks();
        List<MoveCheck> failed = checks.stream().filter(c -> !c.canMigrate()).toList();
        if (!failed.isEmpty()) {
            throw MoveListing.failure(failed.size() + " of " + checks.size() + " moves in cluster " + cluster
                    + " fail.", "every VM of cluster " + cluster + " can migrate to every other host of it", failed);
        }
    }

    @Then("VM {string} can migrate to every host of its cluster")
    public void vmToEveryHost(String vmName) {
        Topology network = MobilityViews.unmigrated(state);
        Vm vm = network.requireVm(vmName);
        String cluster = network.requireHost(vm.host()).hostConfig().cluster();
        MobilityMatrix matrix = MobilityMatrix.of(new dev.netmove.engine.l2.Layer2Analysis(network), cluster,
                MobilityViews.matrix(network, cluster).hosts(), List.of(vm));
        List<MoveCheck> checks = matrix.checks();
        List<MoveCheck> failed = checks.stream().filter(c -> !c.canMigrate()).toList();
        if (!failed.isEmpty()) {
            throw MoveListing.failure(failed.size() + " of " + checks.size() + " moves of VM " + vmName
                    + " to the hosts of cluster " + cluster + " fail.", "VM " + vmName + " can migrate to every other "
                    + "host of cluster " + cluster, failed);
        }
    }
}
