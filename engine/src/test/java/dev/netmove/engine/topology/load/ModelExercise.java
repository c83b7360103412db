package dev.netmove.engine.topology.load;

import dev.netmove.engine.config.DriftReport;
import dev.netmove.engine.flow.FlowAnalysis;
import dev.netmove.engine.flow.FlowAnalysisException;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.MigrationRequest;
import dev.netmove.engine.migration.MigrationSimulator;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import java.util.List;

/**
 * What a suite does with a model once it loads, run on models no one designed (mutated files): its drift report,
 * each VM's gateway (or the step's own {@link FlowAnalysisException} saying why it has none), and a move of each VM to each other host of its cluster. A model that loads must take all of
 * it; a failed move is a verdict, never an exception.
 */
public final class ModelExercise {

    private ModelExercise() {
    }

    /** Runs the analyses; returns how many moves were simulated. */
    public static int run(Topology topology) {
        DriftReport.of(topology).text();
        Layer2Analysis layer2 = new Layer2Analysis(topology);
        FlowAnalysis flows = new FlowAnalysis(layer2);
        MigrationSimulator simulator = new MigrationSimulator(layer2);
        int moves = 0;
        for (Vm vm : topology.vms().values().stream().limit(4).toList()) {
            try {
                flows.gatewayOf(vm.name());
            } catch (FlowAnalysisException e) {
                // the step's own failure: "VM web01 on host esx-a1 has no default gateway: ..."
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    throw e;
                }
            }
            for (Device host : topology.devices().values()) {
                if (host.isHost() && !host.name().equals(vm.host()) && moves < 12) {
                    simulator.run(List.of(new MigrationRequest(vm.name(), host.name())));
                    moves++;
                }
            }
        }
        return moves;
    }
}
