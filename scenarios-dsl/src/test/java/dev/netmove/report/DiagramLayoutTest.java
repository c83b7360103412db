package dev.netmove.report;

import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;
import dev.netmove.engine.l2.DeviceDown;
import dev.netmove.engine.l2.TwoPods;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiagramLayoutTest {

    private static double y(DiagramLayout layout, String device) {
        return layout.centre(device).orElseThrow().y();
    }

    @Test
    void core_is_drawn_at_the_top_and_hosts_at_the_bottom() {
        DiagramLayout layout = DiagramLayout.of(TwoPods.load(), DiagramHighlights.NONE);

        assertThat(y(layout, "core1")).isEqualTo(105);
        assertThat(y(layout, "agg1")).isEqualTo(215).isEqualTo(y(layout, "agg3"));
        assertThat(y(layout, "acc-a1")).isEqualTo(325);
        assertThat(y(layout, "esx-a1")).isEqualTo(435);
        assertThat(layout.folds()).isEmpty();
        assertThat(layout.width()).isEqualTo(640);
        assertThat(layout.height()).isEqualTo(530);
    }

    @Test
    void a_row_is_centred_right_of_the_row_names_and_sorted_by_pod_then_name() {
        DiagramLayout layout = DiagramLayout.of(TwoPods.load(), DiagramHighlights.NONE);

        // two boxes of 118 with a gap of 18 (254) centred in the 490 right of the row names: from 268, centres 327 and 463
        assertThat(layout.centre("agg1").orElseThrow().x()).isEqualTo(327);
        assertThat(layout.centre("agg3").orElseThrow().x()).isEqualTo(463);
        assertThat(layout.centre("core1").orElseThrow().x()).isEqualTo(395);
        assertThat(layout.boxes()).extracting(box -> box.device().name())
                .containsExactly("core1", "agg1", "agg3", "acc-a1", "acc-b1", "esx-a1", "esx-b1");
    }

    @Test
    void the_paths_to_the_gateway_add_a_row_to_the_legend() {
        DiagramHighlights.GatewayRoute route = new DiagramHighlights.GatewayRoute("web01",
                List.of("esx-a1", "acc-a1", "agg1"), List.of("esx-a1--acc-a1", "acc-a1--agg1"),
                List.of("esx-b1", "acc-b1", "agg3"), List.of("acc-b1--esx-b1", "agg3--acc-b1"));

        assertThat(DiagramLayout.of(TwoPods.load(), DiagramHighlights.NONE.withGatewayRoute(route)).height())
                .isEqualTo(530 + 18);
    }

    @Test
    void in_a_data_center_of_over_200_devices_what_is_on_no_path_is_folded_into_counts() {
        Topology dc = new TopologyLoader().load("dc.yaml", DataCenterGenerator.toYaml(DataCenterSpec.ofSwitches(40, 160, 0)));
        assertThat(dc.devices().size()).isBetween(200, 210);
        List<Device> hosts = dc.hosts();
        Device first = hosts.get(0);
        Device last = hosts.get(hosts.size() - 1);
        List<String> path = List.of(first.name(), dc.linksOf(first.name()).get(0).otherDevice(first.name()));

        DiagramLayout layout = DiagramLayout.of(dc, DiagramHighlights.NONE.withPath(path, List.of())
                .withDrop(new DeviceDown(last.name())));

        assertThat(layout.boxes()).hasSizeLessThan(20);
        assertThat(layout.centre(first.name())).isPresent();
        assertThat(layout.centre(last.name())).isPresent();
        DiagramLayout.Fold hostFold = layout.folds().get(layout.folds().size() - 1);
        assertThat(hostFold.row()).isEqualTo(3);
        assertThat(hostFold.count()).isEqualTo(hosts.size() - 2);
        assertThat(hostFold.centre().y()).isEqualTo(y(layout, first.name()));
        assertThat(layout.foldLines()).isNotEmpty().allSatisfy(line -> assertThat(line.links()).isPositive());
        assertThat(layout.width()).isLessThan(1400);
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

        DiagramLayout layout = DiagramLayout.of(dc, DiagramHighlights.NONE.withGatewayRoute(route));

        assertThat(layout.boxes()).hasSizeLessThan(20);
        assertThat(List.of(first.name(), last.name(), firstSwitch, lastSwitch))
                .allSatisfy(device -> assertThat(layout.centre(device)).isPresent());
        assertThat(layout.folds()).extracting(DiagramLayout.Fold::count).contains(hosts.size() - 2);
        assertThat(layout.width()).isLessThan(1400);
    }
}
