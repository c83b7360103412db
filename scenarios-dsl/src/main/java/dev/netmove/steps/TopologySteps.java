package dev.netmove.steps;

import dev.netmove.engine.topology.load.TopologyLoader;
import io.cucumber.java.en.Given;

/** The Given steps that load the network under test. */
public final class TopologySteps {

    private final ScenarioState state;

    public TopologySteps(ScenarioState state) {
        this.state = state;
    }

    @Given("the topology {string}")
    public void theTopology(String file) {
        load(TopologyFiles.load(file, state.featureFolder(), ProjectFolder.get()));
    }

    @Given("the topology:")
    public void theInlineTopology(String yaml) {
        // Lines in errors count from the first line of the doc string.
        load(new TopologyLoader().load(state.featureName() + " (inline topology)", yaml));
    }

    private void load(dev.netmove.engine.topology.Topology loaded) {
        state.useLoadedTopology(loaded);
        state.useTopology(SuiteChange.apply(loaded, state));
    }
}
