package dev.netmove.engine.imports.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pod fixture: NetBox 4.x pages of 2 core, 2 aggregation, 2 access switches, a patch panel, a PDU and 3 hosts. */
class NetBoxReaderTest {

    static final Path POD = Path.of("src/test/resources/imports/netbox/pod");

    static ImportRules rules(boolean mib) {
        return new ImportRules(List.of(new ImportRules.RoleRule(Pattern.compile("^agg"), "aggregation")), true, true,
                mib, Pattern.compile("(?i)vmotion"), Optional.empty());
    }

    private final SourceResult pod = new NetBoxReader().read(POD, "sources/netbox", rules(false));

    static DocMap section(SourceResult result, String key) {
        return (DocMap) result.document().entries().get(key);
    }

    static List<String> links(SourceResult result) {
        return ((DocList) result.document().entries().get("links")).items().stream().map(DocText::of).toList();
    }

    private String device(String name) {
        return DocText.of(section(pod, "devices").entries().get(name));
    }

    @Test
    void switches_get_their_role_site_pod_and_the_vlans_their_ports_and_svis_use() {
        assertThat(section(pod, "devices").entries().keySet()).containsExactly("core1", "core2", "agg1", "agg2", "acc1",
                "acc2", "esx-a1.dc1.example.com", "esx-a2.dc1.example.com", "esx-a3.dc1.example.com");
        assertThat(device("core1")).isEqualTo("{role: core, site: dc1, pod: pod-a}");
        assertThat(device("acc1")).isEqualTo("{role: access, site: dc1, pod: pod-a, vlans: 110,120,130,900}");
        assertThat(pod.counts()).containsEntry("devices", 6).containsEntry("hosts", 3).containsEntry("links", 15)
                .containsEntry("vms", 4).containsEntry("svis", 8).containsEntry("skipped devices", 3);
    }

    @Test
    void svis_carry_hsrp_vrrp3_as_vrrp_anycast_and_the_vxlan_vni_with_the_loopback_as_vtep() {
        assertThat(device("agg1")).isEqualTo("{role: aggregation, site: dc1, pod: pod-a, vlans: 110,120,130,900, svis: {"
                + "110: {ip: 10.1.110.2/24, hsrp: {group: 110, vip: 10.1.110.1, priority: 110}}, "
                + "120: {ip: 10.1.120.1/24, anycast: true}, "
                + "130: {ip: 10.1.130.2/24}, "
                + "900: {ip: 10.9.0.2/24, vrrp: {group: 90, vip: 10.9.0.1, priority: 120}}}, "
                + "vxlan: {vtep: 10.0.0.11, vnis: {110: 10110}}}");
        assertThat(DocText.of(((DocMap) section(pod, "devices").entries().get("agg2")).entries().get("svis")))
                .contains("110: {ip: 10.1.110.3/24, hsrp: {group: 110, vip: 10.1.110.1, priority: 100}}");
    }

    @Test
    void carp_groups_are_skipped_with_a_warning() {
        assertThat(pod.notes()).filteredOn(n -> n.kind() == ImportNote.Kind.WARNING).map(n -> n.origin() + ": " + n.text())
                .contains("sources/netbox/ipam/fhrp-groups.json#/results/2: FHRP group 130 on agg1:Vlan130 runs carp,"
                        + " which netmove does not model (HSRP, VRRP, GLBP): skipped");
    }

    @Test
    void devices_in_a_cluster_are_hosts_whose_vmkernel_ports_are_no_svis() {
        assertThat(device("esx-a2.dc1.example.com")).isEqualTo("{role: host, site: dc1, pod: pod-a, cluster: prod-a}");
    }

    @Test
    void patch_panels_pdus_and_unnamed_devices_are_skipped_and_noted() {
        assertThat(pod.notes()).filteredOn(n -> n.kind() == ImportNote.Kind.SKIPPED).map(n -> n.origin() + ": " + n.text())
                .containsExactly(
                        "sources/netbox/dcim/devices.json#/results/6: device pp1 has no interface cabled to another device's"
                                + " interface (a patch panel, PDU or console server): left out",
                        "sources/netbox/dcim/devices.json#/results/7: device pdu1 has no interface cabled to another device's"
                                + " interface (a patch panel, PDU or console server): left out",
                        "sources/netbox/dcim/devices.json#/results/8: device #9 has no name: left out");
    }

    @Test
    void a_cable_through_a_patch_panel_is_one_link_between_the_interfaces_at_its_ends() {
        assertThat(links(pod)).contains("{between: [agg1:Ethernet1/49, core1:Ethernet1/1], speed: 40Gbps, mode: trunk, vlans: all}");
        assertThat(links(pod)).noneMatch(l -> l.contains("pp1") || l.contains("pdu1") || l.contains("mgmt0"));
    }

    @Test
    void a_link_runs_at_the_lower_end_speed_from_kbps_or_the_interface_type() {
        // acc1 Ethernet1/2 is 10gbase-x-sfpp without a speed, esx-a2 vmnic0 1000base-t without one
        assertThat(links(pod)).contains("{between: [{port: acc1:Ethernet1/2, mode: access, vlans: 110}, esx-a2.dc1.example.com:vmnic0], speed: 1Gbps}");
        // esx-a1 vmnic0 is 25gbase-x-sfp28 set to 10000000 Kbps
        assertThat(links(pod)).contains("{between: [{port: acc1:Ethernet1/1, mode: trunk, vlans: 110,120,900, native: 110},"
                + " esx-a1.dc1.example.com:vmnic0], speed: 10Gbps}");
    }

    @Test
    void shared_settings_are_written_on_the_link_and_lag_members_take_their_port_channel() {
        assertThat(links(pod)).contains(
                "{between: [acc1:Ethernet1/49, agg1:Ethernet1/1], speed: 10Gbps, mode: trunk, vlans: 110,120,130,900}",
                "{between: [agg1:Ethernet1/53, agg2:Ethernet1/53], speed: 100Gbps, mode: trunk, vlans: all, lag: Port-Channel1}",
                "{between: [{port: core1:Ethernet1/3, ip: 10.0.12.0/31}, {port: core2:Ethernet1/3, ip: 10.0.12.1/31}],"
                        + " speed: 100Gbps, mode: routed}");
        assertThat(links(pod)).hasSize(15).first().asString().startsWith("{between: [{port: acc1:Ethernet1/1,");
        assertThat(links(pod).get(14)).startsWith("{between: [{port: core1:Ethernet1/3");
    }

    @Test
    void vms_get_their_host_memory_ip_and_the_vlan_of_their_first_interface_as_a_deferred_port_group() {
        DocMap vms = section(pod, "vms");
        assertThat(vms.entries().keySet()).containsExactly("app01", "db01", "web01", "web02");
        assertThat(DocText.of(vms.entries().get("web01"))).isEqualTo("{host: esx-a1.dc1.example.com, ip: 10.1.110.21, memory: 16384MB}");
        assertThat(DocText.of(vms.entries().get("web02"))).isEqualTo("{ip: 10.1.110.22, memory: 16GB}");
        assertThat(DocText.of(pod.document().entries().get("vmVlans")))
                .isEqualTo("{db01: 120, web01: 110, web02: 110}");
        assertThat(pod.notes()).map(ImportNote::text).contains(
                "VM app01 has no interface with an untagged VLAN: its port group must come from vCenter or vms.app01.portGroup");
    }

    @Test
    void memory_is_read_in_mib_when_the_import_rules_say_so() {
        SourceResult mib = new NetBoxReader().read(POD, "sources/netbox", rules(true));
        assertThat(DocText.of(section(mib, "vms").entries().get("web01"))).endsWith("memory: 16GiB}");
        assertThat(DocText.of(section(mib, "vms").entries().get("web02"))).endsWith("memory: 16000MiB}");
    }

    @Test
    void facts_remember_their_file_and_json_pointer_across_the_pages_of_a_file() {
        DocMap web01 = (DocMap) section(pod, "vms").entries().get("web01");
        assertThat(web01.entries().get("memory").origin()).hasToString(
                "sources/netbox/virtualization/virtual-machines.json#/results/2/memory");
        DocMap link = (DocMap) ((DocList) pod.document().entries().get("links")).items().get(0);
        DocNode hostEnd = ((DocList) link.entries().get("between")).items().get(1);
        // interfaces.json holds two pages; esx-a1's vmnic0 is on the second one
        assertThat(hostEnd.origin().toString()).startsWith("sources/netbox/dcim/interfaces.json#/1/results/");
        assertThat(link.entries().get("speed").origin().toString()).matches("sources/netbox/dcim/interfaces.json#/1/results/\\d+/speed");
    }

    @Test
    void without_a_role_rule_a_role_slug_that_is_no_netmove_role_is_a_warning() {
        SourceResult plain = new NetBoxReader().read(POD, "sources/netbox", ImportRules.defaults());
        assertThat(device(plain, "agg1")).startsWith("{site: dc1");
        assertThat(plain.notes()).map(ImportNote::text).contains("device agg1 has role distribution, which is no netmove"
                + " role and no importRules.roles entry matches: give it devices.agg1.role");
    }

    private static String device(SourceResult result, String name) {
        return DocText.of(section(result, "devices").entries().get(name));
    }

    @Test
    void field_names_are_read_without_case_as_import_md_says(@org.junit.jupiter.api.io.TempDir Path copy)
            throws java.io.IOException {
        // every field name of every page in capitals ("NAME", "UNTAGGED_VLAN", "A_TERMINATIONS"); values as they are
        try (var files = java.nio.file.Files.walk(POD)) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                Path target = copy.resolve(POD.relativize(f).toString());
                java.nio.file.Files.createDirectories(target.getParent());
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([a-z0-9_]+)\"\\s*:")
                        .matcher(java.nio.file.Files.readString(f));
                java.nio.file.Files.writeString(target, m.replaceAll(r -> "\"" + r.group(1).toUpperCase(java.util.Locale.ROOT)
                        + "\":"));
            }
        }
        SourceResult shouted = new NetBoxReader().read(copy, "sources/netbox", rules(false));
        assertThat(java.nio.file.Files.readString(copy.resolve("dcim/devices.json"))).contains("\"NAME\":");
        assertThat(DocText.of(shouted.document())).isEqualTo(DocText.of(pod.document()));
    }

    @Test
    void the_same_pages_give_the_same_document() {
        SourceResult again = new NetBoxReader().read(POD, "sources/netbox", rules(false));
        assertThat(DocText.of(again.document())).isEqualTo(DocText.of(pod.document()));
        assertThat(pod.problems()).isEmpty();
    }
}
