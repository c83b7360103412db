package dev.netmove.report;

import dev.netmove.engine.l2.DeviceDown;
import dev.netmove.engine.l2.LinkDown;
import dev.netmove.engine.l2.TwoPods;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.topology.Topology;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayeredDiagramTest {

    private static final List<String> ACROSS = List.of("esx-a1", "acc-a1", "agg1", "core1", "agg3", "acc-b1", "esx-b1");
    private static final List<String> ACROSS_LINKS = List.of("esx-a1--acc-a1", "acc-a1--agg1", "agg1--core1",
            "core1--agg3", "agg3--acc-b1", "acc-b1--esx-b1");

    @Test
    void the_picture_is_an_svg_document_named_after_the_topology() {
        String svg = LayeredDiagram.render(TwoPods.load(), DiagramHighlights.NONE);

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

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
