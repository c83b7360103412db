package dev.netmove.steps;

import dev.netmove.engine.change.LinkLookup;
import dev.netmove.engine.migration.LinkDirection;
import dev.netmove.engine.migration.LinkUsage;
import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.migration.SimulationResult;
import dev.netmove.engine.migration.UsagePeak;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import dev.netmove.report.Threshold;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Then steps on how busy the scenario's migrations made the links: the peak of the busier direction, and
 * why (the background traffic, the QoS limit, no limit). The limits asserted are recorded for the report.
 */
public final class LinkUtilizationSteps {

    private static final int MOST_LINKS_SHOWN = 10;

    private final ScenarioState state;
    private final ScenarioFindings findings;

    public LinkUtilizationSteps(ScenarioState state, ScenarioFindings findings) {
        this.state = state;
        this.findings = findings;
    }

    @Then("link {string} stays below {percent} utilization")
    public void linkStaysBelow(String linkName, Percent threshold) {
        Link link = LinkLookup.require(state.topology(), linkName);
        SimulatedMigrations.all(state);
        // recorded before the check, so the pictures of a failed scenario show the limit it broke
        findings.thresholdAsserted(new Threshold(Optional.of(link.name()), threshold));
        UsagePeak peak = peakOf(link);
        if (peak.utilization().compareTo(threshold) < 0) {
            return;
        }
        throw FailureMessage.headline("Link \"" + link.name() + "\" reaches " + Rounded.share(peak.utilization())
                        + " utilization.")
                .expected("below " + threshold + " in each direction")
                .found(peak.describe())
                .why(cause(peak))
                .error();
    }

    @Then("every link stays below {percent} utilization")
    public void everyLinkStaysBelow(Percent threshold) {
        Topology topology = state.topology();
        // utilization is the peak over the scenario's migrations: with none there is nothing to check
        SimulatedMigrations.all(state);
        findings.thresholdAsserted(new Threshold(Optional.empty(), threshold));
        List<UsagePeak> over = new ArrayList<>();
        for (Link link : topology.links()) {
            if (!topology.isUp(link) && usages(link.name()).isEmpty()) {
                continue;
            }
            UsagePeak peak = peakOf(link);
            if (peak.utilization().compareTo(threshold) >= 0) {
                over.add(peak);
            }
        }
        if (over.isEmpty()) {
            return;
        }
        over.sort(Comparator.comparing(UsagePeak::utilization).reversed());
        List<String> found = new ArrayList<>();
        over.stream().limit(MOST_LINKS_SHOWN)
                .forEach(peak -> found.add("link \"" + peak.direction().linkName() + "\": " + peak.describe()));
        if (over.size() > MOST_LINKS_SHOWN) {
            found.add("and " + (over.size() - MOST_LINKS_SHOWN) + " more");
        }
        String headline = over.size() == 1
                ? "Link \"" + over.get(0).direction().linkName() + "\" reaches " + Rounded.share(over.get(0).utilization())
                        + " utilization."
                : over.size() + " links reach " + threshold + " utilization or more.";
        throw FailureMessage.headline(headline)
                .expected("every link below " + threshold + " in each direction")
                .found(found)
                .why(cause(over.get(0)))
                .error();
    }

    /** The busier direction's peak over the scenario's migrations (or its background alone). */
    private UsagePeak peakOf(Link link) {
        List<LinkUsage> usages = usages(link.name());
        UsagePeak busiest = null;
        for (String from : List.of(link.a().device(), link.b().device())) {
            List<UsagePeak> candidates = new ArrayList<>();
            usages.stream().filter(u -> u.direction().from().equals(from)).forEach(u -> candidates.add(u.peak()));
            candidates.add(LinkUsage.idle(new LinkDirection(link, from)).peak());
            for (UsagePeak peak : candidates) {
                if (busiest == null || peak.utilization().compareTo(busiest.utilization()) > 0) {
                    busiest = peak;
                }
            }
        }
        return busiest;
    }

    private List<LinkUsage> usages(String linkName) {
        List<LinkUsage> all = new ArrayList<>();
        for (SimulationResult simulation : state.simulations()) {
            all.addAll(simulation.usageOf(linkName));
        }
        return all;
    }

    private static String cause(UsagePeak peak) {
        LinkDirection direction = peak.direction();
        Link link = direction.link();
        if (peak.during().isEmpty()) {
            return "its background traffic alone is " + Rounded.rate(peak.background()) + " of "
                    + Rounded.rate(link.speed()) + "; no migration crosses it";
        }
        if (link.vmotionShare().isPresent()) {
            return "the vMotion QoS limit lets migrations take up to " + Rounded.rate(direction.vmotionCap().orElseThrow())
                    + " (" + link.vmotionShare().get() + " of the link), on top of " + Rounded.rate(peak.background())
                    + " of background traffic";
        }
        return "migrations take everything background traffic leaves free: the link has no vMotion QoS limit "
                + "(qos: { vmotion: 20% } on the link, or 'Given vMotion traffic is limited to 20% of link \""
                + link.name() + "\"', would hold them to " + Rounded.rate(link.speed().times(Percent.ofWhole(20))) + ")";
    }
}
