package dev.netmove.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.l2.Layer2Path;
import dev.netmove.engine.l2.TwoPods;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.UnknownNameException;
import org.junit.jupiter.api.Test;

class MigrationPrecheckTest {

    private static final String FULL_PATH = "esx-a1 > acc-a1 > agg1 > core1 > agg3 > acc-b1 > esx-b1";
    private static final String ESX_B1 = "portGroups: { web: 110, db: 120 }\n    vmotion: { vlan: 900, ip: 10.9.0.21/24 }";

    private final MigrationPrecheck precheck = new MigrationPrecheck();

    private MigrationVerdict webToB1(Topology topology) {
        return precheck.check(topology, "web01", "esx-b1");
    }

    @Test
    void a_vm_whose_vlans_reach_the_other_pod_migrates_and_the_paths_are_given() {
        MigrationVerdict verdict = webToB1(TwoPods.load());

        assertThat(verdict.succeeds()).isTrue();
        assertThat(verdict.reasons()).isEmpty();
        assertThat(verdict.sourceHost()).isEqualTo("esx-a1");
        assertThat(verdict.vmotionPath()).map(path -> path.vlan() + ": " + path).hasValue("900: " + FULL_PATH);
        assertThat(verdict.vmPath()).map(path -> path.vlan() + ": " + path).hasValue("110: " + FULL_PATH);
        assertThat(verdict).hasToString("migration of VM web01 from esx-a1 to esx-b1 succeeds");
    }

    @Test
    void a_destination_without_vmotion_interface_is_named() {
        MigrationVerdict verdict = webToB1(TwoPods.with(ESX_B1, "portGroups: { web: 110, db: 120 }"));

        assertThat(verdict.succeeds()).isFalse();
        assertThat(verdict.reasons()).containsExactly("host esx-b1 has no vMotion interface");
        assertThat(verdict.vmotionPath()).isEmpty();
        assertThat(verdict.vmPath()).map(Layer2Path::toString).hasValue(FULL_PATH);
        assertThat(verdict).hasToString("migration of VM web01 from esx-a1 to esx-b1 fails: "
                + "host esx-b1 has no vMotion interface");
    }

    @Test
    void a_vmotion_vlan_that_does_not_connect_the_hosts_names_the_drop() {
        MigrationVerdict verdict = webToB1(TwoPods.with("between: [core1:Eth1/3, agg3:Eth1/49]",
                "between: [core1:Eth1/3, {port: agg3:Eth1/49, vlans: \"110,120\"}]"));

        assertThat(verdict.reasons()).containsExactly("vMotion VLAN 900 does not connect esx-a1 and esx-b1: "
                + "link \"core1--agg3\" drops VLAN 900 at agg3:Eth1/49 (allowed there: 110,120)");
    }

    @Test
    void vmotion_interfaces_in_different_vlans_are_named() {
        MigrationVerdict verdict = webToB1(TwoPods.with("vmotion: { vlan: 900, ip: 10.9.0.21/24 }",
                "vmotion: { vlan: 901, ip: 10.9.0.21/24 }"));

        assertThat(verdict.reasons()).containsExactly("vMotion interface is VLAN 901 on esx-b1 but VLAN 900 on esx-a1");
    }

    @Test
    void a_destination_without_the_port_group_lists_the_ones_it_has() {
        MigrationVerdict verdict = webToB1(TwoPods.with(ESX_B1,
                "portGroups: { db: 120, app: 110 }\n    vmotion: { vlan: 900, ip: 10.9.0.21/24 }"));

        assertThat(verdict.reasons()).containsExactly("host esx-b1 has no port group \"web\" (its port groups: app, db)");
    }

    @Test
    void a_port_group_in_another_vlan_on_the_destination_is_named_once() {
        MigrationVerdict verdict = webToB1(TwoPods.with(ESX_B1,
                "portGroups: { web: 111, db: 120 }\n    vmotion: { vlan: 900, ip: 10.9.0.21/24 }"));

        // esx-b1 then lacks VLAN 110 too; that is the same fault, so it is not repeated
        assertThat(verdict.reasons()).containsExactly("port group \"web\" is VLAN 111 on esx-b1 but VLAN 110 on esx-a1");
        assertThat(verdict.vmPath()).isEmpty();
    }

    @Test
    void a_vm_vlan_that_does_not_reach_the_destination_names_the_drop() {
        MigrationVerdict verdict = webToB1(TwoPods.with("between: [acc-a1:Eth1/49, agg1:Eth1/1]",
                "between: [{port: acc-a1:Eth1/49, vlans: \"100-109,111-120,900\"}, agg1:Eth1/1]"));

        assertThat(verdict.reasons()).containsExactly("VLAN 110 of VM web01 does not reach esx-b1 from its segment on "
                + "esx-a1: link \"acc-a1--agg1\" drops VLAN 110 at acc-a1:Eth1/49 (allowed there: 100-109,111-120,900)");
        assertThat(verdict.vmotionPath()).map(Layer2Path::toString).hasValue(FULL_PATH);
        assertThat(verdict.vmPath()).isEmpty();
    }

    @Test
    void every_missing_thing_is_named_in_order() {
        Topology topology = TwoPods.with(ESX_B1, "portGroups: { db: 120 }")
                .withLinkDown("agg1--core1");

        assertThat(webToB1(topology).reasons()).containsExactly(
                "host esx-b1 has no vMotion interface",
                "host esx-b1 has no port group \"web\" (its port groups: db)",
                "VLAN 110 of VM web01 does not reach esx-b1 from its segment on esx-a1: link \"agg1--core1\" is down");
    }

    @Test
    void a_destination_host_that_is_down_is_named_for_each_vlan() {
        MigrationVerdict verdict = webToB1(TwoPods.load().withDeviceDown("esx-b1"));

        assertThat(verdict.reasons()).containsExactly(
                "vMotion VLAN 900 does not connect esx-a1 and esx-b1: device esx-b1 is down",
                "VLAN 110 of VM web01 does not reach esx-b1 from its segment on esx-a1: device esx-b1 is down");
    }

    @Test
    void a_native_vlan_mismatch_on_the_way_names_the_link_both_ends_and_both_native_vlans() {
        MigrationVerdict verdict = webToB1(TwoPods.with("between: [acc-a1:Eth1/49, agg1:Eth1/1]",
                "between: [{port: acc-a1:Eth1/49, native: 900}, agg1:Eth1/1]"));

        assertThat(verdict.reasons()).containsExactly("vMotion VLAN 900 does not connect esx-a1 and esx-b1: link "
                + "\"acc-a1--agg1\" has a native VLAN mismatch: native VLAN 900 at acc-a1:Eth1/49 but native VLAN 1 at "
                + "agg1:Eth1/1; untagged frames leak between VLANs 1 and 900, so rapid-PVST blocks the link for both "
                + "(CDP reports the mismatch)");
        assertThat(verdict.vmPath()).map(Layer2Path::toString).hasValue(FULL_PATH);
        assertThat(verdict.transferPath()).isEmpty();
    }

    @Test
    void a_vlan_split_by_a_device_down_names_the_device() {
        MigrationVerdict verdict = webToB1(TwoPods.load().withDeviceDown("core1"));

        assertThat(verdict.reasons()).containsExactly(
                "vMotion VLAN 900 does not connect esx-a1 and esx-b1: device core1 is down",
                "VLAN 110 of VM web01 does not reach esx-b1 from its segment on esx-a1: device core1 is down");
    }

    @Test
    void a_migration_over_layer_2_transfers_along_the_vmotion_vlans_tree() {
        MigrationVerdict verdict = webToB1(TwoPods.load());

        assertThat(verdict.transferPath()).map(TransferPath::toString).hasValue(FULL_PATH);
        assertThat(verdict.transferPath()).map(TransferPath::routed).hasValue(false);
        assertThat(verdict.transferPath().orElseThrow().links()).isEqualTo(verdict.vmotionPath().orElseThrow().links());
    }

    @Test
    void migrating_to_the_current_host_is_refused() {
        MigrationVerdict verdict = precheck.check(TwoPods.load(), "web01", "esx-a1");

        assertThat(verdict.reasons()).containsExactly("VM web01 already runs on host esx-a1");
        assertThat(verdict.succeeds()).isFalse();
    }

    @Test
    void an_untagged_port_group_is_in_the_native_vlan_of_its_hosts_uplink() {
        String untaggedSource = TwoPods.variant(TwoPods.YAML,
                "{ name: esx-a1--acc-a1, between: [esx-a1:vmnic0, acc-a1:Eth1/1], speed: 10Gbps }",
                "{ name: esx-a1--acc-a1, between: [esx-a1:vmnic0, acc-a1:Eth1/1], speed: 10Gbps, native: 110 }")
                .replace("portGroups: { web: 110, db: 120 }\n    vmotion: { vlan: 900, ip: 10.9.0.11/24 }",
                        "portGroups: { web: untagged, db: 120 }\n    vmotion: { vlan: 900, ip: 10.9.0.11/24 }");

        MigrationVerdict verdict = webToB1(TwoPods.load(untaggedSource));

        assertThat(verdict.reasons()).isEmpty();
        assertThat(verdict.vmPath()).map(path -> path.vlan() + ": " + path).hasValue("110: " + FULL_PATH);
    }

    @Test
    void an_untagged_port_group_in_another_vlan_says_which_vlan_it_lands_in() {
        MigrationVerdict verdict = webToB1(TwoPods.with(ESX_B1,
                "portGroups: { web: untagged, db: 120 }\n    vmotion: { vlan: 900, ip: 10.9.0.21/24 }"));

        assertThat(verdict.reasons()).containsExactly(
                "port group \"web\" is untagged (native VLAN 1 of vmnic0) on esx-b1 but VLAN 110 on esx-a1");
    }

    @Test
    void an_analysis_of_the_topology_can_be_reused() {
        Topology topology = TwoPods.load();

        assertThat(precheck.check(new Layer2Analysis(topology), "web01", "esx-b1")).isEqualTo(webToB1(topology));
    }

    @Test
    void unknown_names_suggest_the_closest() {
        Topology topology = TwoPods.load();

        assertThatThrownBy(() -> precheck.check(topology, "web1", "esx-b1"))
                .isInstanceOf(UnknownNameException.class)
                .hasMessageContaining("no VM named \"web1\"").hasMessageContaining("did you mean \"web01\"");
        assertThatThrownBy(() -> precheck.check(topology, "web01", "esx-b2"))
                .isInstanceOf(UnknownNameException.class)
                .hasMessageContaining("no host named \"esx-b2\"").hasMessageContaining("esx-b1");
        assertThatThrownBy(() -> precheck.check(topology, "web01", "agg1"))
                .isInstanceOf(UnknownNameException.class)
                .hasMessageContaining("\"agg1\" is not a host: its role is aggregation");
    }
}
