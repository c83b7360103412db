package dev.netmove.steps.why;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.migration.Bottleneck;
import dev.netmove.engine.migration.LinkDirection;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;
import org.junit.jupiter.api.Test;

class BottleneckSentencesTest {

    private static final Topology RACK = new TopologyLoader().load("rack.yaml", """
            topology: rack
            devices:
              spine1: { role: aggregation, vlans: "110" }
              leaf1: { role: access, vlans: "110" }
              leaf2: { role: access, vlans: "110" }
            links:
              - { name: leaf1-spine1, between: [leaf1:Eth1/49, spine1:Eth1/1], speed: 10Gbps }
              - { name: leaf2-spine1, between: [leaf2:Eth1/49, spine1:Eth1/2], speed: 10Gbps, load: { forward: 6Gbps, reverse: 1Gbps }, qos: { vmotion: 20% } }
            """);

    @Test
    void a_full_link_direction_is_named_with_its_speed() {
        assertThat(BottleneckSentences.of(new Bottleneck.OnLink(direction("leaf1-spine1", "leaf1"), 0)))
                .isEqualTo("link \"leaf1-spine1\" from leaf1 to spine1 (10Gbps)");
    }

    @Test
    void background_load_and_a_qos_cap_are_part_of_what_the_link_had_to_give() {
        assertThat(BottleneckSentences.of(new Bottleneck.OnLink(direction("leaf2-spine1", "leaf2"), 0)))
                .isEqualTo("link \"leaf2-spine1\" from leaf2 to spine1 (10Gbps, 6Gbps background, vMotion QoS cap 2Gbps)");
    }

    @Test
    void the_migrations_sharing_the_link_are_counted() {
        LinkDirection up = direction("leaf1-spine1", "leaf1");

        assertThat(BottleneckSentences.of(new Bottleneck.OnLink(up, 1)))
                .isEqualTo("link \"leaf1-spine1\" from leaf1 to spine1 (10Gbps), shared with 1 other migration");
        assertThat(BottleneckSentences.heldBy(new Bottleneck.OnLink(up, 3))).isEqualTo("its stream was held by "
                + "link \"leaf1-spine1\" from leaf1 to spine1 (10Gbps), shared with up to 3 other migrations");
    }

    @Test
    void the_stream_cap_is_given_per_stream() {
        assertThat(BottleneckSentences.of(new Bottleneck.StreamCap(Bandwidth.parse("15Gbps"))))
                .isEqualTo("its stream cap (15Gbps per stream)");
    }

    @Test
    void the_host_ceiling_names_the_host_and_its_other_migrations() {
        assertThat(BottleneckSentences.heldBy(new Bottleneck.HostCeiling("esx1", Bandwidth.parse("5Gbps"), 9)))
                .isEqualTo("its stream was held by the migration ceiling of host esx1 (5Gbps for all its streams, "
                        + "sending and receiving), shared with up to 9 other migrations");
        assertThat(BottleneckSentences.label(new Bottleneck.HostCeiling("esx1", Bandwidth.parse("5Gbps"), 9)))
                .isEqualTo("host esx1 ceiling");
    }

    @Test
    void the_window_gives_its_size_the_round_trip_and_the_rate_they_allow() {
        assertThat(BottleneckSentences.of(new Bottleneck.Window(DataSize.ofMiB(6), TimeSpan.ofMillis(40),
                Bandwidth.parse("1.258Gbps"))))
                .isEqualTo("its TCP window (6MiB per 40ms round trip: 1.26Gbps per stream)");
    }

    @Test
    void the_guest_bounds_the_time_not_the_stream() {
        assertThat(BottleneckSentences.heldBy(new Bottleneck.DirtyRate(Bandwidth.parse("400MB/s"))))
                .isEqualTo("its time was bound by the guest's dirty rate (3.2Gbps)");
        assertThat(BottleneckSentences.heldBy(new Bottleneck.MemoryScan(DataSize.ofGiB(15), Bandwidth.parse("1.5GiB/s"))))
                .startsWith("its time was bound by the scan of 15GiB of memory the guest never touched (at ");
        assertThat(BottleneckSentences.label(new Bottleneck.DirtyRate(Bandwidth.parse("400MB/s")))).isEqualTo("dirty rate");
    }

    @Test
    void a_link_label_names_the_direction() {
        assertThat(BottleneckSentences.label(new Bottleneck.OnLink(direction("leaf1-spine1", "leaf1"), 2)))
                .isEqualTo("link leaf1-spine1 (leaf1 > spine1)");
    }

    private static LinkDirection direction(String link, String from) {
        return new LinkDirection(RACK.requireLink(link), from);
    }
}
