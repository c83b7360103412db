package dev.netmove.report;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UtilizationChartTest {

    /** A 10Gbps link with 1Gbps background and {@code gbps} of migration traffic from 1s to 11s. */
    static LinkTimeline link(String name, long gbps) {
        return new LinkTimeline(name, "a", "b", Bandwidth.ofGbps(10), Bandwidth.ofGbps(1),
                List.of(new LinkTimeline.Stretch(TimeSpan.ofSeconds(1), TimeSpan.ofSeconds(11), Bandwidth.ofGbps(gbps))));
    }

    @Test
    void the_five_busiest_links_are_drawn_with_their_peaks() {
        List<LinkTimeline> links = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            links.add(link("link" + i, i));
        }

        String svg = UtilizationChart.render(links, List.of());

        assertThat(svg).contains("busiest 5)")
                .contains(">link7 (a &gt; b), peak 80% of 10Gbps</text>")
                .contains(">link3 (a &gt; b), peak 40% of 10Gbps</text>")
                .doesNotContain("link2 (").doesNotContain("link1 (");
    }

    @Test
    void the_asserted_limits_are_dashed_lines_on_the_chart() {
        String svg = UtilizationChart.render(List.of(link("agg1-core1", 5)), List.of(
                new Threshold(Optional.of("agg1-core1"), Percent.ofWhole(60)),
                new Threshold(Optional.empty(), Percent.ofWhole(80)),
                new Threshold(Optional.of("elsewhere"), Percent.ofWhole(10))));

        assertThat(svg).contains("<title>below 60% (agg1-core1)</title>")
                .contains("<title>below 80% (every link)</title>")
                .doesNotContain("elsewhere");
    }

    @Test
    void the_line_steps_from_background_to_the_migration_traffic_and_back() {
        String svg = UtilizationChart.render(List.of(link("l", 5)), List.of());

        // 10% background at 0s, 60% from 1s to 11s, back to 10% at the end (11s): y = 36 + 180 - 180 * share
        assertThat(svg).contains("d=\"M56 198 L118.2 198 L118.2 108 L740 108 L740 198 L740 198\"");
    }

    @Test
    void without_migration_traffic_the_chart_says_so() {
        assertThat(UtilizationChart.render(List.of(), List.of())).contains("No migration traffic crossed a link.");
    }
}
