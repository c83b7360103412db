package dev.netmove.steps;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.mobility.MobilityMatrix;
import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import dev.netmove.engine.migration.MigrationVerdict;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The networks the mobility and change steps compare: every VM on the host the topology gives it, whatever
 * the scenario migrated ("every host of the cluster", STEPS.md), before and after the scenario's changes.
 */
final class MobilityViews {

    private MobilityViews() {
    }

    /**
     * The scenario's network with every VM the scenario migrated back on the host it left at its first migration
     * (where it still can be); a VM a change re-hosted stays where the change put it, as that is the change.
     */
    static Topology unmigrated(ScenarioState state) {
        Topology current = state.topology();
        Map<String, String> left = new LinkedHashMap<>();
        for (MigrationVerdict migration : state.migrations()) {
            left.putIfAbsent(migration.vm(), migration.sourceHost());
        }
        for (Map.Entry<String, String> e : left.entrySet()) {
            Vm vm = current.vm(e.getKey()).orElse(null);
            String host = e.getValue();
            if (vm != null && !vm.host().equals(host) && current.host(host).isPresent()) {
                try {
                    current = current.withVmOnHost(vm.name(), host);
                } catch (IllegalArgumentException ex) {
                    // a later change took the port group off its old host: the VM stays where it is
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
