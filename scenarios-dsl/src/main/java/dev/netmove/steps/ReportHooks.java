package dev.netmove.steps;

import dev.netmove.engine.l2.VlanBlocked;
import dev.netmove.engine.migration.LinkDirection;
import dev.netmove.engine.migration.LinkUsage;
import dev.netmove.engine.migration.MigrationResult;
import dev.netmove.engine.migration.MigrationStream;
import dev.netmove.engine.migration.SimulationResult;
import dev.netmove.engine.report.DiagramHighlights;
import dev.netmove.engine.report.LayeredDiagram;
import dev.netmove.engine.report.LinkTimeline;
import dev.netmove.engine.report.MigrationFigures;
import dev.netmove.engine.report.ScenarioFigures;
import dev.netmove.engine.report.UtilizationChart;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.VmotionInterface;
import io.cucumber.java.After;
import io.cucumber.java.Scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pictures each scenario when it ends: the topology with the migration paths, VLAN drop points and link
 * utilization drawn on it, and the utilization of the busiest links over time. Attaches them to the
 * scenario (so Cucumber's HTML report shows them) with the figures in netmove's text form, from which
 * netmove's own report is written.
 */
public final class ReportHooks {

    /** The attachment names netmove's report picks up. */
    public static final String TOPOLOGY_PICTURE = "netmove topology";
    public static final String UTILIZATION_PICTURE = "netmove utilization";
    public static final String FIGURES = "netmove figures";

    private static final String SVG = "image/svg+xml";

    private final ScenarioState state;
    private final ScenarioFindings findings;

    public ReportHooks(ScenarioState state, ScenarioFindings findings) {
        this.state = state;
        this.findings = findings;
    }

    // After hooks run highest order first: this one runs after the migration-outcome check of ScenarioHooks,
    // so a scenario failed there is pictured too.
    @After(order = 100)
    public void attachPictures(Scenario scenario) {
        ScenarioFigures figures = figures();
        if (state.hasTopology()) {
            String diagram = LayeredDiagram.render(state.topology(), highlights(figures));
            scenario.attach(diagram.getBytes(StandardCharsets.UTF_8), SVG, TOPOLOGY_PICTURE);
        }
        if (!figures.links().isEmpty()) {
            String chart = UtilizationChart.render(figures.links(), figures.thresholds());
            scenario.attach(chart.getBytes(StandardCharsets.UTF_8), SVG, UTILIZATION_PICTURE);
        }
        scenario.attach(figures.toText(), ScenarioFigures.MEDIA_TYPE, FIGURES);
    }

    private ScenarioFigures figures() {
        List<MigrationFigures> migrations = state.simulatedMigrations().stream().map(MigrationFigures::of).toList();
        // one timeline per link direction, joined over the scenario's When steps, in the order first crossed
        Map<LinkDirection, List<LinkUsage>> usage = new LinkedHashMap<>();
        for (SimulationResult simulation : state.simulations()) {
            for (LinkUsage link : simulation.links()) {
                usage.computeIfAbsent(link.direction(), d -> new ArrayList<>()).add(link);
            }
        }
        List<LinkTimeline> links = usage.values().stream().map(LinkTimeline::of).toList();
        List<String> drops = blockedVlans().stream().map(VlanBlocked::toString).toList();
        return new ScenarioFigures(migrations, links, findings.thresholds(), drops);
    }

    private DiagramHighlights highlights(ScenarioFigures figures) {
        DiagramHighlights highlights = DiagramHighlights.NONE;
        for (MigrationResult migration : state.simulatedMigrations()) {
            for (MigrationStream stream : migration.streams()) {
                highlights = highlights.withPath(stream.path().devices(), names(stream.path().links()));
            }
        }
        for (LinkTimeline link : figures.links()) {
            highlights = highlights.withPeak(link.link(), link.peak());
        }
        for (VlanBlocked blocked : blockedVlans()) {
            highlights = highlights.withPath(blocked.triedDevices(), List.of()).withDrop(blocked.drop());
        }
        return highlights;
    }

    /**
     * The VLANs that Then steps found blocked, then, for each migration that failed, its VM's VLAN and its
     * vMotion VLAN where they do not reach the destination (the pre-check gives only sentences, so the
     * places are asked of the layer-2 analysis again). Each VLAN, source and destination once.
     */
    private List<VlanBlocked> blockedVlans() {
        Map<String, VlanBlocked> found = new LinkedHashMap<>();
        for (VlanBlocked blocked : findings.vlanDrops()) {
            found.putIfAbsent(blocked.vlan() + " " + blocked.from() + " " + blocked.to(), blocked);
        }
        if (!state.hasTopology()) {
            return List.copyOf(found.values());
        }
        Topology topology = state.topology();
        for (MigrationVerdict verdict : state.migrations()) {
            if (verdict.succeeds()) {
                continue;
            }
            Optional<Device> source = topology.host(verdict.sourceHost());
            Optional<Device> destination = topology.host(verdict.destinationHost());
            if (source.isEmpty() || destination.isEmpty()) {
                continue;
            }
            List<Integer> vlans = new ArrayList<>();
            topology.vm(verdict.vm())
                    .flatMap(vm -> source.get().hostConfig().portGroup(vm.portGroup()))
                    .map(PortGroup::vlan).filter(vlan -> vlan != PortGroup.UNTAGGED).ifPresent(vlans::add);
            source.get().hostConfig().vmotion().map(VmotionInterface::vlan).ifPresent(vlans::add);
            for (int vlan : vlans) {
                if (state.layer2().reach(vlan, source.get().name(), destination.get().name())
                        instanceof VlanBlocked blocked) {
                    found.putIfAbsent(vlan + " " + blocked.from() + " " + blocked.to(), blocked);
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static List<String> names(List<Link> links) {
        return links.stream().map(Link::name).toList();
    }
}
