package dev.netmove.steps;

import dev.netmove.engine.l2.Layer2Reach;
import dev.netmove.engine.l2.VlanBlocked;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.quantity.QuantityFormatException;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import io.cucumber.java.en.Then;

/** The Then steps about VLANs reaching from one place to another. */
public final class VlanSteps {

    private final ScenarioState state;
    private final ScenarioFindings findings;

    public VlanSteps(ScenarioState state, ScenarioFindings findings) {
        this.state = state;
        this.findings = findings;
    }

    @Then("VLAN {number} is carried on every link between host {string} and host {string}")
    public void vlanIsCarriedBetweenHosts(int vlan, String from, String to) {
        checkVlanId(vlan);
        Topology topology = state.topology();
        topology.requireHost(from);
        topology.requireHost(to);
        Layer2Reach reach = state.layer2().reach(vlan, from, to);
        if (reach instanceof VlanBlocked blocked) {
            findings.vlanBlocked(blocked);
            throw FailureMessage.headline("VLAN " + vlan + " is not carried all the way between host " + from
                            + " and host " + to + ".")
                    .expected("every link between " + from + " and " + to + " carries VLAN " + vlan)
                    .found(blocked.drop().describe())
                    .path(tried(blocked))
                    .error();
        }
    }

    @Then("VM {string} keeps its layer-2 network after the move")
    public void vmKeepsItsLayer2Network(String vmName) {
        Topology topology = state.topology();
        Vm vm = topology.requireVm(vmName);
        MigrationVerdict move = state.migrationOf(vmName).orElseThrow(() -> new StepInputException(
                "VM " + vmName + " has not moved in this scenario, so it has no 'after the move': add a step such "
                        + "as 'When VM \"" + vmName + "\" migrates to host \"...\"' before this one"));
        Device source = topology.requireHost(move.sourceHost());
        Device destination = topology.requireHost(move.destinationHost());
        PortGroup portGroup = source.hostConfig().portGroup(vm.portGroup()).orElseThrow(() -> new AssertionError(
                "VM " + vmName + " uses port group \"" + vm.portGroup() + "\", which host " + source.name()
                        + " does not have"));
        int vlan = portGroup.vlan();
        String what = "VM " + vmName + " (port group \"" + portGroup.name() + "\", VLAN " + vlan + ")";
        PortGroup there = destination.hostConfig().portGroup(vm.portGroup()).orElse(null);
        if (there == null || there.vlan() != vlan) {
            throw FailureMessage.headline(what + " loses its layer-2 network on host " + destination.name() + ".")
                    .expected("host " + destination.name() + " has port group \"" + portGroup.name() + "\" in VLAN " + vlan)
                    .found(there == null
                            ? "no such port group (its port groups: " + portGroups(destination) + ")"
                            : "port group \"" + there.name() + "\" is in VLAN " + there.vlan())
                    .error();
        }
        if (vlan == 0) {
            return; // untagged on both hosts: the access VLAN of the host ports decides, checked by the move
        }
        Layer2Reach reach = state.layer2().reach(vlan, source.name(), destination.name());
        if (reach instanceof VlanBlocked blocked) {
            findings.vlanBlocked(blocked);
            throw FailureMessage.headline(what + " loses its layer-2 network: VLAN " + vlan + " does not reach host "
                            + destination.name() + " from its old segment on host " + source.name() + ".")
                    .expected("VLAN " + vlan + " carried from " + source.name() + " to " + destination.name())
                    .found(blocked.drop().describe())
                    .path(tried(blocked))
                    .error();
        }
    }

    private static String tried(VlanBlocked blocked) {
        return blocked.triedDevices().isEmpty()
                ? "none (no physical path between " + blocked.from() + " and " + blocked.to() + ")"
                : String.join(" > ", blocked.triedDevices());
    }

    private static String portGroups(Device host) {
        return host.hostConfig().portGroups().isEmpty()
                ? "none"
                : String.join(", ", host.hostConfig().portGroups().keySet());
    }

    private static void checkVlanId(int vlan) {
        try {
            VlanSet.checkId(vlan);
        } catch (QuantityFormatException e) {
            throw new StepInputException(e.getMessage());
        }
    }
}
