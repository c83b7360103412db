package dev.netmove.steps;

import dev.netmove.engine.config.ClusterVlanCoverage;
import dev.netmove.engine.config.MissingVlan;
import dev.netmove.engine.config.PortGroupComparison;
import dev.netmove.engine.config.PortGroupDrift;
import dev.netmove.engine.config.VlanSpread;
import dev.netmove.engine.quantity.QuantityFormatException;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Topology;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.List;

/**
 * The Then steps about configuration: servers configured alike (port groups on two hosts and
 * across a cluster), servers and switches in sync (a cluster's VLANs on its hosts' switch ports),
 * and VLAN sprawl (how many switches carry a VLAN).
 */
public final class ConfigurationSteps {

    private final ScenarioState state;

    public ConfigurationSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("hosts {string} and {string} have the same port groups")
    public void hostsHaveTheSamePortGroups(String first, String second) {
        Topology topology = state.topology();
        PortGroupComparison comparison = PortGroupComparison.ofHosts(topology.requireHost(first),
                topology.requireHost(second));
        if (!comparison.consistent()) {
            throw FailureMessage.headline("Hosts " + first + " and " + second + " do not have the same port groups.")
                    .expected("the same port groups, in the same VLANs, on both hosts")
                    .found(differences(comparison))
                    .items(drifts(comparison))
                    .error();
        }
    }

    @Then("every host in cluster {string} has the same port groups")
    public void everyHostInClusterHasTheSamePortGroups(String cluster) {
        PortGroupComparison comparison = PortGroupComparison.ofCluster(state.topology(), cluster);
        if (!comparison.consistent()) {
            throw FailureMessage.headline("The hosts of cluster " + cluster + " do not all have the same port groups.")
                    .expected("every host of cluster " + cluster + " (" + String.join(", ", comparison.hosts())
                            + ") has port groups " + comparison.describeExpected())
                    .found(differences(comparison))
                    .items(drifts(comparison))
                    .error();
        }
    }

    @Then("the switch ports of every host in cluster {string} carry the cluster's VLANs")
    public void switchPortsCarryTheClustersVlans(String cluster) {
        ClusterVlanCoverage coverage = ClusterVlanCoverage.of(state.topology(), cluster);
        if (coverage.complete()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        coverage.hostsWithoutLinks().forEach(host -> lines.add("host " + host + " has no link to any switch"));
        coverage.missing().stream().map(MissingVlan::describe).forEach(lines::add);
        int gaps = lines.size();
        throw FailureMessage.headline("The switch ports of cluster " + cluster
                        + " do not carry all of the cluster's VLANs.")
                .expected("every link of every host of cluster " + cluster + " carries VLANs " + coverage.clusterVlans())
                .found(gaps + (gaps == 1 ? " gap:" : " gaps:"))
                .items(lines)
                .error();
    }

    @Then("VLAN {number} spans at most {number} switches")
    public void vlanSpansAtMost(int vlan, int limit) {
        checkVlanId(vlan);
        if (limit < 0) {
            throw new StepInputException("a number of switches cannot be negative: " + limit
                    + "; write e.g. 'Then VLAN " + vlan + " spans at most 4 switches'");
        }
        VlanSpread spread = VlanSpread.of(state.layer2(), vlan);
        if (spread.size() <= limit) {
            return;
        }
        String unneeded = spread.unneeded().isEmpty()
                ? "none: every one has a host port or SVI of VLAN " + vlan + " behind it, or lies between two that do"
                : String.join(", ", spread.unneeded()) + " carry VLAN " + vlan
                        + " with no host port or SVI of it behind them";
        throw FailureMessage.headline("VLAN " + vlan + " spans " + spread.size() + " switches, more than " + limit + ".")
                .expected("at most " + limit + (limit == 1 ? " switch" : " switches") + " carry VLAN " + vlan)
                .found(spread.size() + " switches: " + String.join(", ", spread.switches()))
                .line("unneeded:", unneeded)
                .error();
    }

    private static String differences(PortGroupComparison comparison) {
        int count = comparison.drifts().size();
        return count + (count == 1 ? " difference:" : " differences:");
    }

    private static List<String> drifts(PortGroupComparison comparison) {
        return comparison.drifts().stream().map(PortGroupDrift::describe).toList();
    }

    private static void checkVlanId(int vlan) {
        try {
            VlanSet.checkId(vlan);
        } catch (QuantityFormatException e) {
            throw new StepInputException(e.getMessage());
        }
    }
}
