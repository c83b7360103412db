package dev.netmove.engine.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.UnknownNameException;
import dev.netmove.engine.topology.load.TopologyLoader;
import org.junit.jupiter.api.Test;

class LinkLookupTest {

    private static final Topology CAMPUS = new TopologyLoader().load("campus.yaml", """
            topology: campus
            devices:
              agg1: { role: aggregation, vlans: "110" }
              agg2: { role: aggregation, vlans: "110" }
              acc1: { role: access, vlans: "110" }
              acc2: { role: access, vlans: "110" }
            links:
              - { name: agg1-agg2, between: [agg1:Eth1/1, agg2:Eth1/1], speed: 40Gbps }
              - { between: [acc1:Fo1/0/49, agg1:FortyGigabitEthernet1/0/1], speed: 40Gbps }
              - { between: [acc2:Fo1/0/49, agg2:FortyGigabitEthernet1/0/1], speed: 40Gbps }
            """);

    private static String found(String written) {
        return LinkLookup.require(CAMPUS, written).name();
    }

    @Test
    void a_link_is_found_by_its_name_or_by_its_ends_in_either_order_in_any_spelling_of_its_ports() {
        assertThat(found("agg1-agg2")).isEqualTo("agg1-agg2");
        assertThat(found("agg2:Ethernet1/1--agg1:eth1/1")).isEqualTo("agg1-agg2");
        assertThat(found("acc2:Fo1/0/49--agg2:FortyGigabitEthernet1/0/1"))
                .isEqualTo("acc2:Fo1/0/49--agg2:FortyGigabitEthernet1/0/1");
        assertThat(found("agg2:Fo1/0/1--acc2:FortyGigabitEthernet1/0/49"))
                .isEqualTo("acc2:Fo1/0/49--agg2:FortyGigabitEthernet1/0/1");
        assertThat(found("agg2:Fo1/0/1 -- acc2:Fo1/0/49")).isEqualTo("acc2:Fo1/0/49--agg2:FortyGigabitEthernet1/0/1");
    }

    @Test
    void ends_of_no_link_are_not_found_and_an_unknown_name_lists_the_closest_first() {
        assertThat(LinkLookup.find(CAMPUS, "agg2:Fo1/0/1--acc1:Fo1/0/49")).isEmpty();
        assertThatThrownBy(() -> LinkLookup.require(CAMPUS, "acc2-agg2"))
                .isInstanceOf(UnknownNameException.class)
                .hasMessage("no link named \"acc2-agg2\" in topology campus (known: "
                        + "acc2:Fo1/0/49--agg2:FortyGigabitEthernet1/0/1, agg1-agg2, "
                        + "acc1:Fo1/0/49--agg1:FortyGigabitEthernet1/0/1)");
    }

    @Test
    void a_change_file_names_its_links_the_same_way() {
        ChangeFile change = ChangeFile.parse("cr-1.yaml", """
                change: CR-1 faster uplink
                links:
                  "agg2:Fo1/0/1--acc2:FortyGigabitEthernet1/0/49": { speed: 100Gbps }
                """, 1);
        Link link = LinkLookup.require(NetworkChange.apply(CAMPUS, change), "acc2:Fo1/0/49--agg2:Fo1/0/1");
        assertThat(link.speed()).isEqualTo(Bandwidth.parse("100Gbps"));
    }
}
