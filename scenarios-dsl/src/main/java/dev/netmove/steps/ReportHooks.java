package dev.netmove.steps;

import dev.netmove.engine.flow.FlowAnalysis;
import dev.netmove.engine.flow.TrafficPath;
import dev.netmove.engine.l2.VlanBlocked;
import dev.netmove.engine.migration.LinkDirection;
import dev.netmove.engine.migration.LinkUsage;
import dev.netmove.engine.migration.MigrationResult;
import dev.netmove.engine.migration.MigrationStream;
import dev.netmove.engine.migration.SimulationResult;
import dev.netmove.report.DiagramHighlights;
import dev.netmove.report.GatewayMove;
import dev.netmove.report.LayeredPicture;
import dev.netmove.report.LinkTimeline;
import dev.netmove.report.MigrationFigures;
import dev.netmove.report.ScenarioFigures;
import dev.netmove.report.TopologyPicture;
import dev.netmove.steps.why.BottleneckSentences;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
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
 * Pictures each scenario when it ends: the topology with the migration paths, VLAN drop points, link
 * utilization and moved VMs' paths to their default gateway (before and after the move) drawn on it, and the
 * utilization of the busiest links over time. Attaches to the scenario (so Cucumber's reports show them) a
 * link to its section in netmove's report, the charts and the figures in netmove's text form, and the
 * topology picture itself only when the scenario failed or no netmove report waits for it; hands the picture
 * and the figures as values to netmove's own report ({@link ReportHandOver}).
 */
public final class ReportHooks {

    // the names of the attachments in Cucumber's report
    private static final String TOPOLOGY_PICTURE = "netmove topology";
    private static final String UTILIZATION_PICTURE = "netmove utilization";
    private static final String FIGURES = "netmove figures";

    private static final String REPORT_LINK = "netmove report";

    private static final String SVG = "image/svg+xml";
    private static final String URI_LIST = "text/uri-list";

    private final ScenarioState state;
    private final ScenarioFindings findings;
    private final FlowState flows;

    public ReportHooks(ScenarioState state, ScenarioFindings findings, FlowState flows) {
        this.state = state;
        this.findings = findings;
        this.flows = flows;
    }

    // After hooks run highest order first: this one runs after the migration-outcome check of ScenarioHooks,
    // so a scenario failed there is pictured too.
    @After(order = 100)
    public void attachPictures(Scenario scenario) {
        List<GatewayPaths> gateways = gatewayPaths();
        ScenarioFigures figures = figures(gateways);
        Optional<TopologyPicture> diagram = Optional.empty();
        Optional<String> link = ReportHandOver.link(scenario.getId());
        link.ifPresent(uri -> scenario.attach(uri, URI_LIST, REPORT_LINK));
        if (state.hasTopology()) {
            diagram = Optional.of(LayeredPicture.draw(state.topology(), highlights(figures, gateways)));
            // the whole picture where a reader of Cucumber's report needs it: a failed scenario, or no netmove
            // report to link to; otherwise the link leads to it, drawn there on the base the scenarios share
            if (scenario.isFailed() || link.isEmpty()) {
                scenario.attach(diagram.get().standalone().getBytes(StandardCharsets.UTF_8), SVG, TOPOLOGY_PICTURE);
            }
        }
        List<dev.netmove.report.MobilityFigure> mobility = new java.util.ArrayList<>();
        for (ScenarioState.Mobility m : state.mobility()) {
            mobility.add(MobilityFigures.of(m, state.changes()));
        }
        // each chart drawn once, for Cucumber's report and netmove's
        ReportHandOver.Handed handed = new ReportHandOver.Handed(diagram, figures, mobility);
        List<dev.netmove.report.ScenarioReport.Picture> charts = handed.charts();
        int next = 0;
        if (!figures.links().isEmpty()) {
            scenario.attach(charts.get(next++).svg().getBytes(StandardCharsets.UTF_8), SVG, UTILIZATION_PICTURE);
        }
        scenario.attach(figures.toText(), ScenarioFigures.MEDIA_TYPE, FIGURES);
        for (dev.netmove.report.ScenarioReport.Picture chart : charts.subList(next, charts.size())) {
            scenario.attach(chart.svg().getBytes(StandardCharsets.UTF_8), SVG, chart.name());
        }
        ReportHandOver.hand(scenario.getId(), handed);
    }

    private ScenarioFigures figures(List<GatewayPaths> gateways) {
        List<MigrationFigures> migrations = state.simulatedMigrations().stream()
                .map(m -> MigrationFigures.of(m, BottleneckSentences::of, BottleneckSentences::label)).toList();
        // one timeline per link direction, joined over the scenario's When steps, in the order first crossed
        Map<LinkDirection, List<LinkUsage>> usage = new LinkedHashMap<>();
        for (SimulationResult simulation : state.simulations()) {
            for (LinkUsage link : simulation.links()) {
                usage.computeIfAbsent(link.direction(), d -> new ArrayList<>()).add(link);
            }
        }
        List<LinkTimeline> links = usage.values().stream().map(LinkTimeline::of).toList();
        List<String> drops = blockedVlans().stream().map(VlanBlocked::toString).toList();
        List<GatewayMove> moves = gateways.stream().map(g -> new GatewayMove(g.vm(), g.before().devices(),
                g.before().coreCrossings(), g.after().devices(), g.after().coreCrossings())).toList();
        return new ScenarioFigures(migrations, links, findings.thresholds(), drops, moves);
    }

    /** A moved VM's traffic to its default gateway before the move and after it. */
    private record GatewayPaths(String vm, TrafficPath before, TrafficPath after) {
    }

    /**
     * For each VM that moved in this scenario (in the order first moved) and is on another host now than before
     * its first migration, its path to its default gateway before and after. A VM whose gateway does not
     * resolve (no SVI in its VLAN, a VLAN that does not reach one) has no paths: the steps that ask about
     * gateways say why, a picture only leaves them out.
     */
    private List<GatewayPaths> gatewayPaths() {
        if (!state.hasTopology() || state.migrations().isEmpty()) {
            return List.of();
        }
        Topology now = state.topology();
        Map<String, String> original = new LinkedHashMap<>();
        for (MigrationVerdict move : state.migrations()) {
            original.putIfAbsent(move.vm(), move.sourceHost());
        }
        List<GatewayPaths> found = new ArrayList<>();
        try {
            FlowAnalysis before = flows.before();
            FlowAnalysis after = flows.after();
            for (Map.Entry<String, String> vm : original.entrySet()) {
                Optional<String> host = now.vm(vm.getKey()).map(Vm::host);
                if (host.isEmpty() || host.get().equals(vm.getValue())) {
                    continue;
                }
                try {
                    found.add(new GatewayPaths(vm.getKey(), before.pathToGateway(vm.getKey()),
                            after.pathToGateway(vm.getKey())));
                } catch (IllegalArgumentException e) {
                    // no gateway for this VM (FlowAnalysisException and the topology's own errors): nothing to draw
                }
            }
        } catch (IllegalArgumentException e) {
            // the network before the move cannot be analysed (a VM whose original host cannot take it): no paths
            return List.of();
        }
        return List.copyOf(found);
    }

    private DiagramHighlights highlights(ScenarioFigures figures, List<GatewayPaths> gateways) {
        // every stream's path and every link's peak added at once: a run of thousands of migrations is one copy
        List<List<String>> streamPaths = new ArrayList<>();
        List<String> streamLinks = new ArrayList<>();
        for (MigrationResult migration : state.simulatedMigrations()) {
            for (MigrationStream stream : migration.streams()) {
                streamPaths.add(stream.path().devices());
                streamLinks.addAll(names(stream.path().links()));
            }
        }
        DiagramHighlights highlights = DiagramHighlights.NONE.withPaths(streamPaths, streamLinks)
                .withPeaks(figures.links().stream().map(link -> Map.entry(link.link(), link.peak())).toList());
        for (VlanBlocked blocked : blockedVlans()) {
            highlights = highlights.withPath(blocked.triedDevices(), List.of()).withDrop(blocked.drop());
        }
        for (GatewayPaths gateway : gateways) {
            highlights = highlights.withGatewayRoute(new DiagramHighlights.GatewayRoute(gateway.vm(),
                    gateway.before().devices(), names(gateway.before().links()), gateway.after().devices(),
                    names(gateway.after().links())));
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
