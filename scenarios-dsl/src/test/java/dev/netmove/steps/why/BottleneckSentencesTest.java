package dev.netmove.steps.why;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.migration.Bottleneck;
import dev.netmove.engine.migration.LinkDirection;
import dev.netmove.engine.quantity.Bandwidth;
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

    private static LinkDirection direction(String link, String from) {
        return new LinkDirection(RACK.requireLink(link), from);
    }
}
