package dev.netmove.steps;

import dev.netmove.engine.change.LinkLookup;
import dev.netmove.engine.topology.Topology;
import io.cucumber.java.en.Given;

/**
 * The what-if Givens that take part of the network down. Layer 2 is worked out again for the
 * changed network (the scenario state keeps one analysis per topology), so a VLAN may split.
 */
public final class WhatIfSteps {

    private final ScenarioState state;

    public WhatIfSteps(ScenarioState state) {
        this.state = state;
    }

    @Given("link {string} is down")
    public void linkIsDown(String link) {
        Topology topology = state.topology();
        state.useTopology(topology.withLinkDown(LinkLookup.require(topology, link).name()));
    }

    @Given("device {string} is down")
    public void deviceIsDown(String device) {
        state.useTopology(state.topology().withDeviceDown(device));
    }
}
