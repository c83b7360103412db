package dev.netmove.steps;

import dev.netmove.engine.flow.FlowAnalysis;
import dev.netmove.engine.flow.FlowChange;
import dev.netmove.engine.flow.FlowRoute;
import dev.netmove.engine.flow.Gateway;
import dev.netmove.engine.flow.MoveImpact;
import dev.netmove.engine.flow.TrafficPath;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Flow;
import dev.netmove.engine.topology.Topology;
import dev.netmove.steps.why.GatewaySentences;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The steps about default gateways and traffic flows (STEPS.md): which device serves a VM's
 * gateway, whether its traffic crosses the core, the path it follows, and what a move changes.
 * Failures show the path before and after the move and the gateway election.
 */
public final class GatewaySteps {

    private final ScenarioState state;
    private final FlowState flows;

    public GatewaySteps(ScenarioState state, FlowState flows) {
        this.state = state;
        this.flows = flows;
    }

    @Given("VM {string} talks to {string} at {bandwidth}")
    public void vmTalksTo(String vm, String peer, Bandwidth rate) {
        Topology topology = state.topology();
        topology.requireVm(vm);
        if (topology.vm(peer).isEmpty() && !topology.devices().containsKey(peer)) {
            // a flow goes to a VM or to a device: the message names both kinds
            java.util.List<String> names = new java.util.ArrayList<>(topology.vms().keySet());
            names.addAll(topology.devices().keySet());
            throw new StepInputException("no VM or device named \"" + peer + "\" in topology " + topology.name()
                    + dev.netmove.engine.names.ClosestNames.didYouMeanOrKnown(peer, names));
        }
        if (vm.equals(peer)) {
            throw new StepInputException("VM " + vm + " cannot talk to itself; name another VM or a device");
        }
        if (rate.isZero()) {
            throw new StepInputException("a flow from " + vm + " to " + peer + " at 0 bps carries nothing; give its rate");
        }
        flows.declare(new Flow(vm, peer, rate));
    }

    @Then("traffic from VM {string} to its default gateway does not cross the core")
    public void gatewayTrafficDoesNotCrossTheCore(String vm) {
        TrafficPath after = flows.after().pathToGateway(vm);
        if (after.coreCrossings() > 0) {
            throw gatewayFailure(vm, "Traffic from VM " + vm + " to its default gateway crosses the core.",
                    "a path to the gateway that stays out of the core",
                    crossings(after)).error();
        }
    }

    @Then("traffic from VM {string} to its default gateway crosses the core")
    public void gatewayTrafficCrossesTheCore(String vm) {
        TrafficPath after = flows.after().pathToGateway(vm);
        if (after.coreCrossings() == 0) {
            throw gatewayFailure(vm, "Traffic from VM " + vm + " to its default gateway does not cross the core.",
                    "a path to the gateway through the core", "no core device on the path").error();
        }
    }

    @Then("the default gateway of VM {string} is served by {string}")
    public void gatewayIsServedBy(String vm, String device) {
        state.topology().requireDevice(device);
        Gateway gateway = flows.after().gatewayOf(vm);
        if (!gateway.device().equals(device)) {
            throw gatewayFailure(vm, "The default gateway of VM " + vm + " is served by " + gateway.device()
                    + ", not " + device + ".", device, gateway.device() + " (" + gateway.kind() + ")").error();
        }
    }

    @Then("traffic from VM {string} to its default gateway takes at most {number} hop(s)")
    public void gatewayTrafficTakesAtMostHops(String vm, int hops) {
        checkCount(hops, "hops");
        TrafficPath after = flows.after().pathToGateway(vm);
        if (after.hops() > hops) {
            throw gatewayFailure(vm, "Traffic from VM " + vm + " to its default gateway takes " + after.hops()
                    + " hops, more than " + hops + ".", "at most " + hops + (hops == 1 ? " hop" : " hops"),
                    after.hops() + " hops").error();
        }
    }

    @Then("traffic from VM {string} to {string} crosses the core at most {number} time(s)")
    public void trafficCrossesTheCoreAtMost(String vm, String peer, int times) {
        checkCount(times, "times");
        TrafficPath after = flows.after().route(vm, peer).outbound();
        if (after.coreCrossings() > times) {
            throw flowFailure(vm, peer, "Traffic from VM " + vm + " to " + peer + " crosses the core "
                            + times(after.coreCrossings()) + ", more than " + times(times) + ".",
                    "at most " + times(times), crossings(after)).error();
        }
    }

    @Then("traffic from VM {string} to {string} follows {string}")
    public void trafficFollows(String vm, String peer, String expectedPath) {
        List<String> expected = Arrays.stream(expectedPath.split(">")).map(String::strip).toList();
        Topology topology = state.topology();
        for (String device : expected) {
            if (device.isEmpty()) {
                throw new StepInputException("the path \"" + expectedPath + "\" has an empty device name; write device "
                        + "names joined by \" > \", e.g. \"esx-a1 > acc-a1 > agg1\"");
            }
            topology.requireDevice(device);
        }
        TrafficPath after = flows.after().route(vm, peer).outbound();
        if (!after.devices().equals(expected)) {
            throw flowFailure(vm, peer, "Traffic from VM " + vm + " to " + peer + " does not follow the path given.",
                    String.join(" > ", expected), after.toString()).error();
        }
    }

    @Then("traffic from VM {string} to {string} takes at most {duration} longer than before the move")
    public void trafficTakesAtMostLonger(String vm, String peer, TimeSpan limit) {
        TrafficPath before = flows.before().route(vm, peer).outbound();
        TrafficPath after = flows.after().route(vm, peer).outbound();
        long extra = after.latency().nanos() - before.latency().nanos();
        if (extra > limit.nanos()) {
            throw flowFailure(vm, peer, "Traffic from VM " + vm + " to " + peer + " takes " + TimeSpan.ofNanos(extra)
                            + " longer than before the move, more than " + limit + ".",
                    "at most " + limit + " more than " + before.latency(),
                    after.latency() + " (" + before.latency() + " before the move, one way)").error();
        }
    }

    @Then("traffic between VM {string} and {string} is symmetric")
    public void trafficIsSymmetric(String vm, String peer) {
        FlowRoute route = flows.after().route(vm, peer);
        if (!route.symmetric()) {
            boolean stateful = !route.outbound().statefulDevices().isEmpty() || !route.inbound().statefulDevices().isEmpty();
            FailureMessage message = FailureMessage.headline("Traffic between VM " + vm + " and " + peer
                            + " is not symmetric: the way back passes " + (stateful ? "other firewalls" : "other devices")
                            + " than the way out.")
                    .expected(stateful ? "the same firewalls both ways" : "the same devices both ways")
                    .found(stateful ? "out through " + listOrNone(route.outbound().statefulDevices()) + ", back through "
                            + listOrNone(route.inbound().statefulDevices()) : "different devices");
            throw message.why(reasons(route))
                    .line("out:", route.outbound().toString())
                    .line("back:", route.inbound().toString())
                    .error();
        }
    }

    @Then("the core carries at most {bandwidth} more traffic after the move")
    public void coreCarriesAtMostMore(Bandwidth limit) {
        List<Flow> all = flows.flows();
        if (all.isEmpty()) {
            throw new StepInputException("this scenario has no flows: list them under flows: in the topology, or add "
                    + "'Given VM \"web01\" talks to \"db01\" at 300 Mbps' before this step");
        }
        MoveImpact impact = MoveImpact.of(flows.before(), flows.after(), all);
        Bandwidth extra = impact.extraCoreTraffic();
        if (extra.compareTo(limit) > 0) {
            List<String> lines = new ArrayList<>();
            for (FlowChange change : impact.changes()) {
                if (change.extraCoreCrossings() > 0) {
                    lines.add(change.flow().from() + " -> " + change.flow().to() + " at " + change.flow().rate() + ": "
                            + times(change.extraCoreCrossings()) + " more = " + change.extraCoreTraffic());
                }
            }
            FailureMessage message = FailureMessage.headline("The core carries " + extra
                    + " more traffic after the move, more than " + limit + ".")
                    .expected("at most " + limit + " more")
                    .found(lines);
            for (FlowChange change : impact.changes()) {
                if (change.extraCoreCrossings() > 0) {
                    message.line("flow:", change.flow().from() + " -> " + change.flow().to())
                            .line("before:", change.before().toString())
                            .line("after:", change.after().toString());
                }
            }
            throw message.error();
        }
    }

    // ---- messages ---------------------------------------------------------------------------

    private FailureMessage gatewayFailure(String vm, String headline, String expected, String found) {
        FlowAnalysis after = flows.after();
        Gateway gateway = after.gatewayOf(vm);
        Gateway was = flows.before().gatewayOf(vm);
        FailureMessage message = FailureMessage.headline(headline).expected(expected).found(found)
                .why(GatewaySentences.of(gateway));
        return withPaths(message, was.path().toString(), gateway.path().toString());
    }

    private FailureMessage flowFailure(String vm, String peer, String headline, String expected, String found) {
        FlowRoute after = flows.after().route(vm, peer);
        FlowRoute before = flows.before().route(vm, peer);
        FailureMessage message = FailureMessage.headline(headline).expected(expected).found(found);
        message.why(reasons(after));
        return withPaths(message, before.outbound().toString(), after.outbound().toString());
    }

    /** The path before and after the move, one under the other so that the devices line up from the left. */
    private static FailureMessage withPaths(FailureMessage message, String before, String after) {
        return message.line("before:", before).line("after:", after);
    }

    /** The gateway election, then the routing decisions. */
    private static List<String> reasons(FlowRoute route) {
        List<String> reasons = new ArrayList<>();
        route.gateway().ifPresent(g -> reasons.add(GatewaySentences.of(g)));
        reasons.addAll(route.notes());
        return reasons;
    }


    private String crossings(TrafficPath path) {
        List<String> entries = path.coreEntries(state.topology());
        return times(entries.size()) + " (" + String.join(", ", entries) + ")";
    }

    private static String times(int count) {
        return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
    }

    private static String listOrNone(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static void checkCount(int count, String what) {
        if (count < 0) {
            throw new StepInputException("the number of " + what + " cannot be negative: " + count);
        }
    }
}
