package dev.netmove.report;

import dev.netmove.engine.l2.LinkDown;
import dev.netmove.engine.l2.TwoPods;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.topology.Topology;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayeredPictureTest {

    private static final List<String> ACROSS = List.of("esx-a1", "acc-a1", "agg1", "core1", "agg3", "acc-b1", "esx-b1");
    private static final List<String> ACROSS_LINKS = List.of("esx-a1--acc-a1", "acc-a1--agg1", "agg1--core1",
            "core1--agg3", "agg3--acc-b1", "acc-b1--esx-b1");

    static final DiagramHighlights MOVE = DiagramHighlights.NONE.withPath(ACROSS, ACROSS_LINKS)
            .withPeak("agg1--core1", Percent.parse("87.5%")).withPeak("esx-a1--acc-a1", Percent.ofWhole(30))
            .withGatewayRoute(LayeredDiagramTest.TROMBONE);

    @Test
    void scenarios_on_one_network_share_the_base_drawn_once() {
        Topology pods = TwoPods.load();

        TopologyPicture first = LayeredPicture.draw(pods, DiagramHighlights.NONE.withPath(ACROSS, ACROSS_LINKS));
        TopologyPicture second = LayeredPicture.draw(pods, DiagramHighlights.NONE.withPath(ACROSS.subList(0, 3),
                ACROSS_LINKS.subList(0, 2)));

        assertThat(second.base()).isSameAs(first.base());
        assertThat(first.base().boxes()).contains("<title>core1 (core)</title>").contains("migration path");
        // the marks are the scenario's own: the second's path ends at agg1
        assertThat(first.below()).contains("<title>link core1--agg3 (40Gbps)</title>");
        assertThat(second.below()).doesNotContain("core1--agg3");
    }

    @Test
    void a_link_taken_down_is_another_network_state_drawn_again() {
        Topology pods = TwoPods.load();
        Topology down = pods.withLinkDown("agg1--core1");

        TopologyPicture before = LayeredPicture.draw(pods, DiagramHighlights.NONE);
        TopologyPicture after = LayeredPicture.draw(down, DiagramHighlights.NONE);

        assertThat(after.base()).isNotSameAs(before.base()).isEqualTo(before.base());
    }

    @Test
    void the_whole_picture_has_every_element_of_the_one_drawn_in_one_go_in_the_same_order_of_layers() {
        Topology pods = TwoPods.load();

        String whole = LayeredDiagram.render(pods, MOVE);
        String shared = LayeredPicture.draw(pods, MOVE).standalone();

        List<String> extra = new ArrayList<>(shared.lines().toList());
        for (String line : whole.lines().toList()) {
            assertThat(extra.remove(line)).as("in the shared picture: %s", line).isTrue();
        }
        // what is left is the base's plain lines and boxes under the marks
        assertThat(extra).allMatch(line -> line.contains("stroke=\"#afb8c1\"") || line.contains("stroke=\"#8c959f\""));
        // the path between the plain boxes' links and the boxes, the highlighted box over the plain one
        int path = shared.indexOf("<title>link agg1--core1 (40Gbps), peak 87.5% utilization</title>");
        assertThat(shared.indexOf("<title>link agg1--core1 (40Gbps)</title>")).isLessThan(path);
        assertThat(shared.indexOf("<title>core1 (core)</title>")).isGreaterThan(path)
                .isLessThan(shared.lastIndexOf("<title>core1 (core)</title>"));
    }

    @Test
    void a_dropped_link_on_no_path_is_drawn_over_links_of_its_own_without_the_plain_line_under_the_dashes() {
        Topology pods = TwoPods.load();
        DiagramHighlights drop = DiagramHighlights.NONE.withPath(ACROSS.subList(0, 4), List.of())
                .withDrop(new LinkDown(pods.requireLink("agg1--core1")));

        TopologyPicture picture = LayeredPicture.draw(pods, drop);

        assertThat(picture.ownLinks()).hasValueSatisfying(links -> assertThat(links)
                .contains("<title>link acc-a1--agg1 (40Gbps)</title>")
                .doesNotContain("<title>link agg1--core1 (40Gbps)</title>"));
        assertThat(picture.using("netmove-base-1")).doesNotContain("netmove-base-1-links")
                .contains("<use href=\"#netmove-base-1\"/>").contains("<use href=\"#netmove-base-1-boxes\"/>")
                .contains("<title>link agg1--core1 (40Gbps), drops the VLAN</title>");
    }

    @Test
    void a_picture_on_a_base_writes_only_its_marks_and_the_uses() {
        TopologyPicture picture = LayeredPicture.draw(TwoPods.load(), MOVE);

        String svg = picture.using("netmove-base-7");

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("<title>topology two-pods</title>")
                .contains("<use href=\"#netmove-base-7\"/>\n<use href=\"#netmove-base-7-links\"/>\n")
                .contains("<title>gateway agg1 of VM web01 after the move</title>")
                .doesNotContain(">spine / aggregation</text>").doesNotContain(">migration path</text>")
                .doesNotContain("<title>link agg1--core1 (40Gbps)</title>").doesNotContain("<symbol");
        // a short path: most of the picture is the base's
        TopologyPicture near = LayeredPicture.draw(TwoPods.load(), DiagramHighlights.NONE.withPath(ACROSS.subList(0, 2),
                ACROSS_LINKS.subList(0, 1)));
        assertThat(near.using("netmove-base-7").length()).isLessThan(near.standalone().length() / 2);
        assertThat(picture.base().symbols("netmove-base-7")).startsWith("<symbol id=\"netmove-base-7\"")
                .contains("<symbol id=\"netmove-base-7-links\"").contains("<symbol id=\"netmove-base-7-boxes\"");
    }
}
