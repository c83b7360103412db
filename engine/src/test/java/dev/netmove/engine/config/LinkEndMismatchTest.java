package dev.netmove.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.topology.Topology;
import org.junit.jupiter.api.Test;

class LinkEndMismatchTest {

    private static final String AGG_B_UPLINK = "between: [agg-b:Eth1/49, core1:Eth1/2]";

    @Test
    void links_whose_ends_agree_are_not_reported() {
        assertThat(LinkEndMismatch.find(ProdDc.load())).isEmpty();
    }

    @Test
    void a_vlan_both_switches_have_but_one_end_prunes_is_named_with_both_ends() {
        Topology topology = ProdDc.with(AGG_B_UPLINK, "between: [{ port: agg-b:Eth1/49, vlans: \"110,900\" }, core1:Eth1/2]");

        assertThat(LinkEndMismatch.find(topology)).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.link().name()).isEqualTo("agg-b-core1");
            assertThat(mismatch.onlyAtA()).hasToString("none");
            assertThat(mismatch.onlyAtB()).hasToString("120,300");
            assertThat(mismatch.describe()).isEqualTo("link \"agg-b-core1\": VLANs 120,300 are allowed at "
                    + "core1:Eth1/2 but not at agg-b:Eth1/49 (allowed there: 110,900)");
        });
    }

    @Test
    void a_vlan_one_switch_does_not_have_is_no_mismatch() {
        Topology topology = ProdDc.with(AGG_B_UPLINK, "between: [{ port: agg-b:Eth1/49, vlans: \"110,120,300,900\" }, core1:Eth1/2]");

        assertThat(LinkEndMismatch.find(topology)).isEmpty();
    }

    @Test
    void different_native_vlans_and_allowed_lists_are_all_listed() {
        Topology topology = ProdDc.with(AGG_B_UPLINK,
                "between: [{ port: agg-b:Eth1/49, vlans: \"110\", native: 110 }, { port: core1:Eth1/2, vlans: \"120\" }]");

        assertThat(LinkEndMismatch.find(topology)).singleElement().extracting(LinkEndMismatch::describe).isEqualTo(
                "link \"agg-b-core1\": VLAN 110 is allowed at agg-b:Eth1/49 but not at core1:Eth1/2 (allowed there: 120); "
                        + "VLAN 120 is allowed at core1:Eth1/2 but not at agg-b:Eth1/49 (allowed there: 110); "
                        + "the native VLAN is 110 at agg-b:Eth1/49 but 1 at core1:Eth1/2");
    }

    @Test
    void an_access_port_facing_a_trunk_is_reported() {
        Topology topology = ProdDc.with(AGG_B_UPLINK,
                "between: [{ port: agg-b:Eth1/49, mode: access, vlans: 110 }, core1:Eth1/2]");

        assertThat(LinkEndMismatch.find(topology)).singleElement().extracting(LinkEndMismatch::describe).isEqualTo(
                "link \"agg-b-core1\": agg-b:Eth1/49 is an access port in VLAN 110 but core1:Eth1/2 is a trunk; "
                        + "VLANs 120,300,900 are allowed at core1:Eth1/2 but not at agg-b:Eth1/49 (allowed there: 110)");
    }

    @Test
    void host_links_are_left_to_the_switch_port_check() {
        Topology topology = ProdDc.with("between: [esx-b1:vmnic0, acc-b1:Eth1/1]",
                "between: [esx-b1:vmnic0, { port: acc-b1:Eth1/1, vlans: \"110,900\" }]");

        assertThat(LinkEndMismatch.find(topology)).isEmpty();
    }
}
