package dev.netmove.engine.report;

import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioFiguresTest {

    @Test
    void the_text_form_reads_back_to_the_same_figures() {
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

        assertThat(ScenarioFigures.parse(text)).isEqualTo(figures);
        assertThat(text).startsWith("netmove-figures 1\nmigration\tweb\\t01\tesx-a1\tesx-b1\ttrue\t3\t17179869184\t");
    }

    @Test
    void gateway_paths_read_back_and_a_path_entering_the_core_more_often_is_a_trombone() {
        GatewayMove trombone = new GatewayMove("web01", List.of("esx-a1", "acc-a1", "agg1"), 0,
                List.of("esx-b1", "acc-b1", "agg2", "core1", "agg1"), 1);
        GatewayMove local = new GatewayMove("db01", List.of("esx-a1", "leaf1"), 0, List.of("esx-b1", "leaf3"), 0);
        ScenarioFigures figures = new ScenarioFigures(List.of(), List.of(), List.of(), List.of(),
                List.of(trombone, local));

        assertThat(ScenarioFigures.parse(figures.toText())).isEqualTo(figures);
        assertThat(figures.trombones()).containsExactly(trombone);
        assertThat(trombone.describe()).isEqualTo("esx-b1 > acc-b1 > agg2 > core1 > agg1, 1 core crossing more");
        assertThat(local.gatewayBefore()).isEqualTo("leaf1");
        assertThat(local.gatewayAfter()).isEqualTo("leaf3");
    }

    @Test
    void text_of_another_kind_is_refused_with_the_line() {
        assertThatThrownBy(() -> ScenarioFigures.parse("netmove-figures 1\nlink\tx"))
                .hasMessageStartingWith("netmove figures, line 2: cannot read 'link\tx'");
        assertThatThrownBy(() -> ScenarioFigures.parse("{}"))
                .hasMessage("not netmove figures: the first line should be 'netmove-figures 1'");
    }
}
