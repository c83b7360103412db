package dev.netmove.steps;

import dev.netmove.engine.flow.FlowAnalysis;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.topology.Flow;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flows one scenario declared ({@code Given VM ... talks to ...}) and the gateway and flow
 * analyses of its network before and after the moves. One instance per scenario (PicoContainer).
 */
public final class FlowState {

    private final ScenarioState scenario;
    private final List<Flow> declared = new ArrayList<>();
    private Topology afterTopology;
    private FlowAnalysis after;
    private Topology beforeTopology;
    private FlowAnalysis before;

    public FlowState(ScenarioState scenario) {
        this.scenario = scenario;
    }

    void declare(Flow flow) {
        declared.add(flow);
    }

    /** The flows of the topology file, then those the scenario declared. */
    List<Flow> flows() {
        List<Flow> all = new ArrayList<>(scenario.topology().flows());
        all.addAll(declared);
        return List.copyOf(all);
    }

    /** The network now, every move made. */
    FlowAnalysis after() {
        Topology now = scenario.topology();
        if (now != afterTopology) {
            afterTopology = now;
            after = new FlowAnalysis(scenario.layer2());
        }
        return after;
    }

    /** The same network with every VM on its original host (the source of its first migration). */
    FlowAnalysis before() {
        Topology now = scenario.topology();
        Map<String, String> original = new LinkedHashMap<>();
        for (MigrationVerdict move : scenario.migrations()) {
            original.putIfAbsent(move.vm(), move.sourceHost());
        }
        Topology back = now.withVmsOnHosts(original);
        if (back == now) {
            return after();
        }
        if (!back.equals(beforeTopology)) {
            beforeTopology = back;
            before = new FlowAnalysis(Layer2Analysis.of(back));
        }
        return before;
    }
}
