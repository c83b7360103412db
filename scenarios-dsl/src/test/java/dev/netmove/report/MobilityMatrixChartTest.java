package dev.netmove.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.report.MobilityFigure.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MobilityMatrixChartTest {

    private static final List<String> HOSTS = List.of("esx-a1", "esx-b1", "esx-b2");

    @Test
    void each_cell_is_coloured_by_its_verdict_and_split_before_and_after_a_change() {
        MobilityFigure figure = new MobilityFigure("prod", HOSTS, List.of(
                new MobilityFigure.Row(110, "esx-a1", "web", List.of("web01", "web02"),
                        List.of(Verdict.OWN_HOST, Verdict.CANNOT, Verdict.CANNOT),
                        Optional.of(List.of(Verdict.OWN_HOST, Verdict.CAN_MIGRATE, Verdict.CANNOT)))),
                List.of("CR-1234 prune VLAN 110"));
        String svg = MobilityMatrixChart.render(figure);
        assertThat(MobilityMatrixChart.cells(svg)).isEqualTo(6);
        assertThat(svg).contains("Mobility of cluster prod before (left half) and after (right half) CR-1234 prune VLAN 110")
                .contains("VLAN 110 web on esx-a1 (2 VMs)")
                .contains("<title>web01, web02 &gt; esx-b1: cannot migrate (before: can migrate)</title>");
    }

    @Test
    void without_a_change_each_cell_is_whole() {
        MobilityFigure figure = new MobilityFigure("prod", HOSTS, List.of(new MobilityFigure.Row(120, "esx-a1", "db",
                List.of("db01"), List.of(Verdict.OWN_HOST, Verdict.CAN_MIGRATE, Verdict.CAN_MIGRATE), Optional.empty())),
                List.of());
        String svg = MobilityMatrixChart.render(figure);
        assertThat(MobilityMatrixChart.cells(svg)).isEqualTo(3);
        assertThat(svg).contains("width=\"14\"").doesNotContain("before");
    }
}
