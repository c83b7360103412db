package dev.netmove.steps;

import dev.netmove.engine.change.LinkLookup;
import dev.netmove.engine.migration.MigrationWhatIfs;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import io.cucumber.java.en.Given;

/**
 * The what-if Givens of the migration model: background traffic on a link, a vMotion QoS limit, how
 * fast a guest dirties its memory, the switchover time limit. Each changes the scenario's topology
 * for the steps after it.
 */
public final class NetworkConditionSteps {

    private final ScenarioState state;

    public NetworkConditionSteps(ScenarioState state) {
        this.state = state;
    }

    @Given("link {string} already carries {bandwidth}")
    public void linkAlreadyCarries(String linkName, Bandwidth load) {
        Topology topology = state.topology();
        Link link = LinkLookup.require(topology, linkName);
        if (load.compareTo(link.speed()) > 0) {
            throw new StepInputException("link \"" + link.name() + "\" runs at " + link.speed() + ": it cannot already "
                    + "carry " + load + " in each direction; write at most " + link.speed());
        }
        state.useTopology(topology.withLinkLoad(link.name(), load));
    }

    @Given("vMotion traffic is limited to {percent} of link {string}")
    public void vmotionIsLimitedOnLink(Percent share, String linkName) {
        Topology topology = state.topology();
        Link link = LinkLookup.require(topology, linkName);
        checkShare(share);
        state.useTopology(MigrationWhatIfs.withVmotionShare(topology, link.name(), share));
    }

    @Given("vMotion traffic is limited to {percent} of every link")
    public void vmotionIsLimitedEverywhere(Percent share) {
        Topology topology = state.topology();
        checkShare(share);
        state.useTopology(MigrationWhatIfs.withVmotionShareEverywhere(topology, share));
    }

    @Given("VM {string} dirties its memory at {bandwidth}")
    public void vmDirtiesItsMemoryAt(String vm, Bandwidth rate) {
        state.useTopology(MigrationWhatIfs.withDirtyRate(state.topology(), vm, rate));
    }

    @Given("the switchover time limit is {duration}")
    public void theSwitchoverTimeLimitIs(TimeSpan limit) {
        Topology topology = state.topology();
        if (limit.isZero()) {
            throw new StepInputException("the switchover time limit must be more than 0s: pre-copy stops when the "
                    + "rest fits in it; write a time such as 500 ms");
        }
        state.useTopology(MigrationWhatIfs.withMaxDowntime(topology, limit));
    }

    private static void checkShare(Percent share) {
        if (share.isZero() || share.compareTo(Percent.HUNDRED) > 0) {
            throw new StepInputException("vMotion traffic cannot be limited to " + share + " of a link: write a "
                    + "share above 0% and at most 100%, such as 20%");
        }
    }
}
