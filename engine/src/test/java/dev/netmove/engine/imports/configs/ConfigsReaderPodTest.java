package dev.netmove.engine.imports.configs;

import static dev.netmove.engine.imports.configs.Docs.at;
import static dev.netmove.engine.imports.configs.Docs.fact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.ImportRules.RoleRule;
import dev.netmove.engine.imports.SourceResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A three-tier pod: core1 (IOS-XE), the vPC pair agg1/agg2 with HSRP (NX-OS), acc1 (EOS). */
class ConfigsReaderPodTest {

    private static final ImportRules RULES = new ImportRules(List.of(
            new RoleRule(Pattern.compile("^core"), "core"), new RoleRule(Pattern.compile("^agg"), "aggregation"),
            new RoleRule(Pattern.compile("^acc"), "access")), true, true, false, Pattern.compile("(?i)vmotion"),
            Optional.empty());

    private final SourceResult result = new ConfigsReader()
            .read(Path.of("src/test/resources/imports/configs/pod"), "configs/pod", RULES);
    private final DocMap doc = result.document();

    @Test
    void every_device_is_read_in_its_own_dialect_with_its_role() {
        assertThat(((DocMap) at(doc, "devices")).entries().keySet())
                .containsExactly("acc1", "agg1", "agg2", "core1.dc1.example.com");
        assertThat(result.counts()).containsEntry("devices (nxos)", 2).containsEntry("devices (ios)", 1)
                .containsEntry("devices (eos)", 1).containsEntry("svis", 4).containsEntry("routes", 3);
        assertThat(fact(doc, "devices agg1 role")).isEqualTo("aggregation @ configs/pod/agg1.cfg:6");
        assertThat(fact(doc, "devices acc1 role")).isEqualTo("access @ configs/pod/acc1.cfg:12");
        assertThat(fact(doc, "devices core1.dc1.example.com role")).isEqualTo("core @ configs/pod/core1.cfg:12");
    }

    @Test
    void vlans_and_spanning_tree_priorities_per_vlan_range() {
        assertThat(fact(doc, "devices agg1 vlans")).isEqualTo("1,110,120,900 @ configs/pod/agg1.cfg:20");
        assertThat(fact(doc, "devices agg1 stp priority")).isEqualTo("4096 @ configs/pod/agg1.cfg:18");
        assertThat(fact(doc, "devices agg1 stp vlans 900")).isEqualTo("8192 @ configs/pod/agg1.cfg:19");
        assertThat(fact(doc, "devices agg2 stp priority")).isEqualTo("8192 @ configs/pod/agg2.cfg:18");
        assertThat(fact(doc, "devices core1.dc1.example.com stp priority")).isEqualTo("24576 @ configs/pod/core1.cfg:26");
        assertThat(fact(doc, "devices acc1 vlans")).isEqualTo("110,120,900 @ configs/pod/acc1.cfg:16");
    }

    @Test
    void svis_with_hsrp_blocks_in_both_address_notations() {
        assertThat(fact(doc, "devices agg1 svis 110 ip")).isEqualTo("10.1.110.2/24 @ configs/pod/agg1.cfg:38");
        assertThat(fact(doc, "devices agg1 svis 110 hsrp group")).isEqualTo("1 @ configs/pod/agg1.cfg:40");
        assertThat(fact(doc, "devices agg1 svis 110 hsrp vip")).isEqualTo("10.1.110.1 @ configs/pod/agg1.cfg:43");
        assertThat(fact(doc, "devices agg1 svis 110 hsrp priority")).isEqualTo("110 @ configs/pod/agg1.cfg:42");
        assertThat(fact(doc, "devices agg2 svis 120 ip")).isEqualTo("10.1.120.3/24 @ configs/pod/agg2.cfg:47");
        assertThat(fact(doc, "devices agg2 svis 120 hsrp priority")).isEqualTo("100 @ configs/pod/agg2.cfg:49");
    }

    @Test
    void port_channel_members_take_the_port_channel_settings_and_keep_their_speed_and_state() {
        assertThat(fact(doc, "devices agg1 ports Ethernet1/20 mode")).isEqualTo("trunk @ configs/pod/agg1.cfg:61");
        assertThat(fact(doc, "devices agg1 ports Ethernet1/20 vlans")).isEqualTo("110,120,900 @ configs/pod/agg1.cfg:63");
        assertThat(fact(doc, "devices agg1 ports Ethernet1/20 lag")).isEqualTo("po20 @ configs/pod/agg1.cfg:77");
        assertThat(fact(doc, "devices agg1 ports Ethernet1/53 speed")).isEqualTo("10Gbps @ configs/pod/agg1.cfg:83");
        assertThat(fact(doc, "devices agg1 ports Ethernet1/53 vpcPeerLink")).isEqualTo("true @ configs/pod/agg1.cfg:57");
        assertThat(fact(doc, "devices agg1 ports Ethernet1/54 shutdown")).isEqualTo("true @ configs/pod/agg1.cfg:88");
        assertThat(at(doc, "devices agg1 ports Ethernet1/53 shutdown")).isNull();
        assertThat(fact(doc, "devices acc1 ports Ethernet49/1 vlans")).isEqualTo("110,120,900 @ configs/pod/acc1.cfg:24");
        assertThat(fact(doc, "devices acc1 ports Ethernet49/1 lag")).isEqualTo("po49 @ configs/pod/acc1.cfg:39");
    }

    @Test
    void routed_ports_access_ports_and_costs() {
        assertThat(fact(doc, "devices agg1 ports Ethernet1/1 mode")).isEqualTo("routed @ configs/pod/agg1.cfg:68");
        assertThat(fact(doc, "devices agg1 ports Ethernet1/1 ip")).isEqualTo("10.0.0.1/31 @ configs/pod/agg1.cfg:70");
        assertThat(fact(doc, "devices agg1 ports Ethernet1/1 speed")).isEqualTo("40Gbps @ configs/pod/agg1.cfg:69");
        assertThat(fact(doc, "devices agg1 ports Ethernet1/1 cost")).isEqualTo("10 @ configs/pod/agg1.cfg:71");
        String core = "devices core1.dc1.example.com ports ";
        assertThat(fact(doc, core + "TenGigabitEthernet1/0/2 ip")).isEqualTo("10.0.0.2/31 @ configs/pod/core1.cfg:40");
        assertThat(fact(doc, core + "TenGigabitEthernet1/0/2 cost")).isEqualTo("10 @ configs/pod/core1.cfg:42");
        assertThat(fact(doc, "devices acc1 ports Ethernet2 mode")).isEqualTo("access @ configs/pod/acc1.cfg:34");
        assertThat(fact(doc, "devices acc1 ports Ethernet2 vlans")).isEqualTo("110 @ configs/pod/acc1.cfg:34");
        assertThat(fact(doc, "devices acc1 ports Ethernet2 speed")).isEqualTo("10Gbps @ configs/pod/acc1.cfg:35");
    }

    @Test
    void static_routes_of_the_default_vrf_in_both_notations() {
        assertThat(fact(doc, "devices agg1 routes 0 prefix")).isEqualTo("0.0.0.0/0 @ configs/pod/agg1.cfg:28");
        assertThat(fact(doc, "devices agg1 routes 0 via")).isEqualTo("10.0.0.0 @ configs/pod/agg1.cfg:28");
        assertThat(fact(doc, "devices core1.dc1.example.com routes 0 prefix")).isEqualTo("10.1.0.0/16 @ configs/pod/core1.cfg:54");
        assertThat(at(doc, "devices core1.dc1.example.com routes 1")).isNull();
    }

    @Test
    void a_vlan_list_out_of_range_is_a_problem_at_its_line_and_the_rest_is_read() {
        assertThat(result.problems()).extracting(Object::toString).containsExactly(
                "configs/pod/agg2.cfg:63: \"switchport trunk allowed vlan add 1-5000\"; expected a VLAN list of IDs 1-4094 "
                        + "such as 110,120-130 (VLAN 5000 is out of range)");
        // the ends are never made to agree: agg2's port-channel keeps what it allows, without 900
        assertThat(fact(doc, "devices agg2 ports Ethernet1/20 vlans")).isEqualTo("110,120 @ configs/pod/agg2.cfg:62");
        assertThat(fact(doc, "devices agg2 ports Ethernet1/53 vlans")).isEqualTo("110,120,900 @ configs/pod/agg2.cfg:55");
    }

    @Test
    void a_file_that_is_no_config_is_a_problem_that_says_what_to_do_and_the_devices_are_still_read(
            @org.junit.jupiter.api.io.TempDir Path folder) throws java.io.IOException {
        java.nio.file.Files.copy(Path.of("src/test/resources/imports/configs/pod/acc1.cfg"), folder.resolve("acc1.cfg"));
        java.nio.file.Files.writeString(folder.resolve("README.txt"), "Backups pulled nightly by Oxidized.\n");
        SourceResult read = new ConfigsReader().read(folder, "configs", RULES);
        assertThat(read.problems()).extracting(Object::toString).containsExactly("configs/README.txt:1: no hostname"
                + " and no interface line; expected a running-config of Cisco NX-OS, IOS or Arista EOS (show"
                + " running-config), one file per device: a backup that came back empty is taken again; a file that is"
                + " no device's config (a README) goes out of the folder");
        assertThat(((DocMap) read.document().entries().get("devices")).entries()).containsOnlyKeys("acc1");
    }

    @Test
    void management_and_other_vrfs_are_left_out_and_the_rest_is_counted_by_command() {
        assertThat(at(doc, "devices agg1 ports mgmt0")).isNull();
        assertThat(at(doc, "devices core1.dc1.example.com ports GigabitEthernet0/0")).isNull();
        assertThat(result.notes()).extracting(Object::toString).contains(
                new ImportNote(ImportNote.Kind.SKIPPED, org(), "VRF Mgmt-intf: 8 lines left out (outside the data plane "
                        + "netmove models)").toString().replace("ORG", "configs/pod/core1.cfg:17"),
                new ImportNote(ImportNote.Kind.UNREAD, org(), "interface > description: 4 lines unread").toString()
                        .replace("ORG", "configs/pod/agg1.cfg:53"),
                new ImportNote(ImportNote.Kind.SKIPPED, org(), "static route without a next-hop address: 1 line left out "
                        + "(outside the data plane netmove models)").toString().replace("ORG", "configs/pod/core1.cfg:55"));
        assertThat(result.counts()).containsEntry("lines", 305).containsEntry("lines unread", 93)
                .containsEntry("lines left out", 21);
    }

    private static dev.netmove.engine.imports.Origin org() {
        return new dev.netmove.engine.imports.Origin("ORG", 0, "");
    }

    @Test
    void a_symbolic_link_loop_in_the_folder_is_told_not_skipped_silently(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        java.nio.file.Files.copy(Path.of("src/test/resources/imports/configs/pod/acc1.cfg"), dir.resolve("acc1.cfg"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("loop.cfg"), dir.resolve("loop2.cfg"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("loop2.cfg"), dir.resolve("loop.cfg"));
        SourceResult read = new ConfigsReader().read(dir, "configs", RULES);
        assertThat(read.notes()).filteredOn(n -> n.kind() == ImportNote.Kind.WARNING)
                .map(n -> n.origin() + ": " + n.text())
                .containsExactly("configs/loop.cfg: is a symbolic link that leads nowhere (a loop of links, or to a file"
                        + " that is gone), so it is not read; replace it with the device's configuration, or remove it",
                        "configs/loop2.cfg: is a symbolic link that leads nowhere (a loop of links, or to a file that is"
                        + " gone), so it is not read; replace it with the device's configuration, or remove it");
        assertThat(read.counts()).containsEntry("devices", 1);
    }
}
