package dev.netmove.report;

import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioFiguresTest {

    @Test
    void the_text_form_has_one_tab_separated_line_per_fact_with_tabs_and_line_breaks_escaped() {
        ScenarioFigures figures = new ScenarioFigures(
                List.of(new MigrationFigures("web\t01", "esx-a1", "esx-b1", true, 3, DataSize.ofGiB(16),
                                TimeSpan.ofMillis(17_250), Optional.of(TimeSpan.ofMillis(256)),
                                List.of("esx-a1", "acc-a1", "esx-b1"), "host esx-a1 ceiling"),
                        new MigrationFigures("db01", "esx-a1", "esx-b1", false, 30, DataSize.ofGiB(96),
                                TimeSpan.ofSeconds(600), Optional.empty(), List.of())),
                List.of(UtilizationChartTest.link("agg1\\core1", 4)),
                List.of(new Threshold(Optional.empty(), Percent.parse("62.5%"))),
                List.of("VLAN 120 from esx-a1 to esx-b1 is blocked:\nline two"));

        String text = figures.toText();

        assertThat(text).startsWith("netmove-figures 1\nmigration\tweb\\t01\tesx-a1\tesx-b1\ttrue\t3\t17179869184\t")
                .contains("\npath\tesx-a1\tacc-a1\tesx-b1\n")
                .contains("\nmigration\tdb01\tesx-a1\tesx-b1\tfalse\t30\t")
                .contains("\tagg1\\\\core1\t")
                .contains("\nthreshold\t*\t625000\n")
                .endsWith("\ndrop\tVLAN 120 from esx-a1 to esx-b1 is blocked:\\nline two\n");
    }

    @Test
    void gateway_paths_are_written_and_a_path_entering_the_core_more_often_is_a_trombone() {
        GatewayMove trombone = new GatewayMove("web01", List.of("esx-a1", "acc-a1", "agg1"), 0,
                List.of("esx-b1", "acc-b1", "agg2", "core1", "agg1"), 1);
        GatewayMove local = new GatewayMove("db01", List.of("esx-a1", "leaf1"), 0, List.of("esx-b1", "leaf3"), 0);
        ScenarioFigures figures = new ScenarioFigures(List.of(), List.of(), List.of(), List.of(),
                List.of(trombone, local));

        assertThat(figures.toText()).isEqualTo("netmove-figures 1\n"
                + "gateway\tweb01\t0\t1\nbefore\tesx-a1\tacc-a1\tagg1\nafter\tesx-b1\tacc-b1\tagg2\tcore1\tagg1\n"
                + "gateway\tdb01\t0\t0\nbefore\tesx-a1\tleaf1\nafter\tesx-b1\tleaf3\n");
        assertThat(figures.trombones()).containsExactly(trombone);
        assertThat(trombone.describe()).isEqualTo("esx-b1 > acc-b1 > agg2 > core1 > agg1, 1 core crossing more");
        assertThat(local.gatewayBefore()).isEqualTo("leaf1");
        assertThat(local.gatewayAfter()).isEqualTo("leaf3");
    }
}
