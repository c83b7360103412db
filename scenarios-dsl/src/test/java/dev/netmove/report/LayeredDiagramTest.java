package dev.netmove.report;

import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;
import dev.netmove.engine.l2.DeviceDown;
import dev.netmove.engine.l2.LinkDown;
import dev.netmove.engine.l2.TwoPods;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LayeredDiagramTest {

    private static final List<String> ACROSS = List.of("esx-a1", "acc-a1", "agg1", "core1", "agg3", "acc-b1", "esx-b1");
    private static final List<String> ACROSS_LINKS = List.of("esx-a1--acc-a1", "acc-a1--agg1", "agg1--core1",
            "core1--agg3", "agg3--acc-b1", "acc-b1--esx-b1");

    @Test
    void core_is_drawn_at_the_top_and_hosts_at_the_bottom() {
        String svg = LayeredDiagram.render(TwoPods.load(), DiagramHighlights.NONE);

        assertThat(labelY(svg, "core1")).isLessThan(labelY(svg, "agg1"));
        assertThat(labelY(svg, "agg1")).isLessThan(labelY(svg, "acc-a1"));
        assertThat(labelY(svg, "acc-a1")).isLessThan(labelY(svg, "esx-a1"));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<title>topology two-pods</title>");
    }

    @Test
    void the_migration_path_is_drawn_with_the_peak_of_each_link() {
        DiagramHighlights highlights = DiagramHighlights.NONE.withPath(ACROSS, ACROSS_LINKS)
                .withPeak("agg1--core1", Percent.parse("87.5%"));

        String svg = LayeredDiagram.render(TwoPods.load(), highlights);

        assertThat(svg).contains("<title>link agg1--core1 (40Gbps), peak 87.5% utilization</title>")
                .contains(">87.5%</text>")
                .contains("stroke=\"#cf222e\" stroke-width=\"3\""); // 87.5% is red
    }

    @Test
    void a_device_or_link_that_drops_the_vlan_is_marked() {
        Topology pods = TwoPods.load();
        DiagramHighlights highlights = DiagramHighlights.NONE.withDrop(new DeviceDown("agg3"))
                .withDrop(new LinkDown(pods.requireLink("acc-a1--agg1")));

        String svg = LayeredDiagram.render(pods, highlights);

        assertThat(svg).contains("<title>agg3 (aggregation): drops the VLAN</title>")
                .contains("<title>link acc-a1--agg1 (40Gbps), drops the VLAN</title>");
    }

    @Test
    void in_a_data_center_of_over_200_devices_what_is_on_no_path_is_folded_into_counts() {
        Topology dc = new TopologyLoader().load("dc.yaml", DataCenterGenerator.toYaml(DataCenterSpec.ofSwitches(40, 160, 0)));
        assertThat(dc.devices().size()).isBetween(200, 210);
        List<Device> hosts = dc.hosts();
        Device first = hosts.get(0);
        Device last = hosts.get(hosts.size() - 1);
        List<String> path = List.of(first.name(), dc.linksOf(first.name()).get(0).otherDevice(first.name()));

        String svg = LayeredDiagram.render(dc, DiagramHighlights.NONE.withPath(path, List.of())
                .withDrop(new DeviceDown(last.name())));

        assertThat(countOf(svg, "<g><title>")).isLessThan(20);
        assertThat(svg).contains(">+" + (hosts.size() - 2) + " more</text>")
                .contains(">" + first.name() + "</text>").contains(">" + last.name() + "</text>");
        assertThat(widthOf(svg)).isLessThan(1400);
    }

    /** web01 moved from pod A to pod B; agg1 in pod A stays its gateway: the trombone across core1. */
    static final DiagramHighlights.GatewayRoute TROMBONE = new DiagramHighlights.GatewayRoute("web01",
            List.of("esx-a1", "acc-a1", "agg1"), List.of("esx-a1--acc-a1", "acc-a1--agg1"),
            List.of("esx-b1", "acc-b1", "agg3", "core1", "agg1"),
            List.of("acc-b1--esx-b1", "agg3--acc-b1", "core1--agg3", "agg1--core1"));

    @Test
    void a_moved_vms_gateway_path_is_drawn_dashed_grey_before_and_purple_after_with_the_gateway_tagged() {
        String svg = LayeredDiagram.render(TwoPods.load(), DiagramHighlights.NONE.withGatewayRoute(TROMBONE));

        assertThat(svg)
                .contains("stroke=\"#6e7781\" stroke-width=\"4\" stroke-linecap=\"round\" stroke-dasharray=\"6 4\">"
                        + "<title>VM web01 to its gateway agg1 before the move: esx-a1 &gt; acc-a1 &gt; agg1"
                        + " (link acc-a1--agg1)</title>")
                .contains("stroke=\"#8250df\" stroke-width=\"4\" stroke-linecap=\"round\"><title>VM web01 to its"
                        + " gateway agg1 after the move: esx-b1 &gt; acc-b1 &gt; agg3 &gt; core1 &gt; agg1"
                        + " (link core1--agg3)</title>")
                .contains("<title>gateway agg1 of VM web01 after the move</title>")
                .contains(">path to the gateway before the move</text>")
                .contains(">path to the gateway after the move</text>");
        assertThat(countOf(svg, "after the move: esx-b1")).isEqualTo(4);
        assertThat(countOf(svg, "before the move: esx-a1")).isEqualTo(2);
        // the same gateway before and after: tagged once
        assertThat(countOf(svg, "<title>gateway agg1 of VM")).isEqualTo(1);
    }

    @Test
    void a_gateway_that_changes_with_the_move_is_tagged_before_and_after() {
        DiagramHighlights.GatewayRoute local = new DiagramHighlights.GatewayRoute("web01",
                List.of("esx-a1", "acc-a1", "agg1"), List.of("esx-a1--acc-a1", "acc-a1--agg1"),
                List.of("esx-b1", "acc-b1", "agg3"), List.of("acc-b1--esx-b1", "agg3--acc-b1"));

        String svg = LayeredDiagram.render(TwoPods.load(), DiagramHighlights.NONE.withGatewayRoute(local));

        assertThat(svg).contains("<title>gateway agg3 of VM web01 after the move</title>")
                .contains("<title>gateway agg1 of VM web01 before the move</title>")
                .contains(">gateway before</text>");
    }

    @Test
    void without_gateway_paths_the_legend_has_no_gateway_entry() {
        String svg = LayeredDiagram.render(TwoPods.load(), DiagramHighlights.NONE.withPath(ACROSS, ACROSS_LINKS));

        assertThat(svg).doesNotContain("gateway");
    }

    @Test
    void in_a_data_center_of_over_200_devices_the_gateway_paths_stay_drawn_and_the_rest_folds() {
        Topology dc = new TopologyLoader().load("dc.yaml", DataCenterGenerator.toYaml(DataCenterSpec.ofSwitches(40, 160, 0)));
        List<Device> hosts = dc.hosts();
        Device first = hosts.get(0);
        Device last = hosts.get(hosts.size() - 1);
        String firstSwitch = dc.linksOf(first.name()).get(0).otherDevice(first.name());
        String lastSwitch = dc.linksOf(last.name()).get(0).otherDevice(last.name());
        DiagramHighlights.GatewayRoute route = new DiagramHighlights.GatewayRoute("web01",
                List.of(first.name(), firstSwitch), List.of(dc.linksOf(first.name()).get(0).name()),
                List.of(last.name(), lastSwitch), List.of(dc.linksOf(last.name()).get(0).name()));

        String svg = LayeredDiagram.render(dc, DiagramHighlights.NONE.withGatewayRoute(route));

        assertThat(countOf(svg, "<g><title>")).isLessThan(20);
        assertThat(svg).contains(">" + first.name() + "</text>").contains(">" + last.name() + "</text>")
                .contains(">" + firstSwitch + "</text>").contains(">" + lastSwitch + "</text>")
                .contains(">+" + (hosts.size() - 2) + " more</text>");
        assertThat(widthOf(svg)).isLessThan(1400);
    }

    @Test
    void gateway_paths_give_the_same_bytes_each_time() {
        DiagramHighlights highlights = DiagramHighlights.NONE.withPath(ACROSS, ACROSS_LINKS).withGatewayRoute(TROMBONE);

        assertThat(LayeredDiagram.render(TwoPods.load(), highlights))
                .isEqualTo(LayeredDiagram.render(TwoPods.load(), highlights));
    }

    @Test
    void the_same_input_gives_the_same_bytes() {
        DiagramHighlights highlights = DiagramHighlights.NONE.withPath(ACROSS, ACROSS_LINKS)
                .withPeak("core1--agg3", Percent.ofWhole(40));

        assertThat(LayeredDiagram.render(TwoPods.load(), highlights))
                .isEqualTo(LayeredDiagram.render(TwoPods.load(), highlights));
    }

    private static double labelY(String svg, String device) {
        Matcher m = Pattern.compile("y=\"([0-9.]+)\" text-anchor=\"middle\" fill=\"#24292f\">" + Pattern.quote(device)
                + "</text>").matcher(svg);
        assertThat(m.find()).as("label of " + device).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static double widthOf(String svg) {
        Matcher m = Pattern.compile("width=\"([0-9.]+)\"").matcher(svg);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
