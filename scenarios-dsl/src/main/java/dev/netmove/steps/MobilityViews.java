package dev.netmove.steps;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.mobility.MobilityMatrix;
import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The networks the mobility and change steps compare: every VM on the host the topology gives it, whatever
 * the scenario migrated ("every host of the cluster", STEPS.md), before and after the scenario's changes.
 */
final class MobilityViews {

    private MobilityViews() {
    }

    /** The scenario's network with every VM back on the host the loaded topology gives it (where it still can be). */
    static Topology unmigrated(ScenarioState state) {
        Topology current = state.topology();
        Topology loaded = state.beforeChange();
        for (Vm vm : current.vms().values()) {
            Vm original = loaded.vm(vm.name()).orElse(null);
            if (original != null && !original.host().equals(vm.host()) && current.host(original.host()).isPresent()) {
                try {
                    current = current.withVmOnHost(vm.name(), original.host());
                } catch (IllegalArgumentException e) {
                    // the change took the port group off its old host: the VM stays where it is
                }
            }
        }
        return current;
    }

    /** The clusters of {@code topology}'s hosts, in host order. */
    static Set<String> clusters(Topology topology) {
        Set<String> clusters = new LinkedHashSet<>();
        for (Device host : topology.hosts()) {
            clusters.add(host.hostConfig().cluster());
        }
        return clusters;
    }

    static MobilityMatrix matrix(Topology topology, String cluster) {
        Set<String> known = clusters(topology);
        if (!known.contains(cluster)) {
            throw new StepInputException("no cluster named \"" + cluster + "\" in topology " + topology.name()
                    + ClosestNames.didYouMeanOrKnown(cluster, known));
        }
        return MobilityMatrix.of(new Layer2Analysis(topology), cluster);
    }
}
