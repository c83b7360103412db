package dev.netmove.engine.imports.configs;

import static dev.netmove.engine.imports.configs.Docs.at;
import static dev.netmove.engine.imports.configs.Docs.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single commands of each dialect, read from small files. */
class ConfigLinesTest {

    @TempDir
    Path dir;

    private SourceResult read(String name, String text, ConfigsOptions options) throws IOException {
        Files.writeString(dir.resolve(name), text);
        return new ConfigsReader(options).read(dir, "configs", ImportRules.defaults());
    }

    private DocMap doc(String text) throws IOException {
        return read("sw1.cfg", text, ConfigsOptions.defaults()).document();
    }

    @Test
    void allowed_lists_add_remove_except_none_and_all() throws IOException {
        DocMap d = doc("""
                hostname sw1
                interface Eth1/1
                  switchport mode trunk
                  switchport trunk allowed vlan 100-110
                  switchport trunk allowed vlan remove 105
                  switchport trunk allowed vlan add 200
                interface Eth1/2
                  switchport mode trunk
                  switchport trunk allowed vlan except 1-99
                interface Eth1/3
                  switchport mode trunk
                  switchport trunk allowed vlan none
                interface Eth1/4
                  switchport mode trunk
                  switchport trunk allowed vlan 10
                  switchport trunk allowed vlan all
                  switchport trunk native vlan 99
                """);
        assertThat(fact(d, "devices sw1 ports Ethernet1/1 vlans")).isEqualTo("100-104,106-110,200 @ configs/sw1.cfg:6");
        assertThat(fact(d, "devices sw1 ports Ethernet1/2 vlans")).isEqualTo("100-4094 @ configs/sw1.cfg:9");
        assertThat(fact(d, "devices sw1 ports Ethernet1/3 vlans")).isEqualTo("none @ configs/sw1.cfg:12");
        assertThat(fact(d, "devices sw1 ports Ethernet1/4 vlans")).isEqualTo("all @ configs/sw1.cfg:16");
        assertThat(fact(d, "devices sw1 ports Ethernet1/4 native")).isEqualTo("99 @ configs/sw1.cfg:17");
        assertThat(fact(d, "devices sw1 ports Ethernet1/1 native")).isEqualTo("1 @ configs/sw1.cfg:3");
    }

    @Test
    void ios_one_line_gateways_vrrp_glbp_and_masks() throws IOException {
        DocMap d = doc("""
                Building configuration...
                version 15.2
                hostname r1
                interface Vlan110
                 ip address 10.1.110.2 255.255.255.0
                 standby 1 ip 10.1.110.1
                 standby 1 priority 120
                 standby 1 preempt
                interface Vlan120
                 ip address 10.1.120.2 255.255.255.0
                 vrrp 5 ip 10.1.120.1
                 vrrp 5 priority 90
                interface Vlan130
                 ip address 10.1.130.2 255.255.255.0
                 glbp 7 ip 10.1.130.1
                interface Vlan140
                 ip address 10.1.140.2 255.255.255.0
                 shutdown
                ip route 0.0.0.0 0.0.0.0 10.0.0.1
                end
                """);
        assertThat(fact(d, "devices r1 svis 110 hsrp vip")).isEqualTo("10.1.110.1 @ configs/sw1.cfg:6");
        assertThat(fact(d, "devices r1 svis 110 hsrp priority")).isEqualTo("120 @ configs/sw1.cfg:7");
        assertThat(fact(d, "devices r1 svis 120 vrrp group")).isEqualTo("5 @ configs/sw1.cfg:11");
        assertThat(fact(d, "devices r1 svis 120 vrrp priority")).isEqualTo("90 @ configs/sw1.cfg:12");
        assertThat(fact(d, "devices r1 svis 130 glbp vip")).isEqualTo("10.1.130.1 @ configs/sw1.cfg:15");
        assertThat(at(d, "devices r1 svis 140")).as("a shut SVI").isNull();
        assertThat(fact(d, "devices r1 routes 0 prefix")).isEqualTo("0.0.0.0/0 @ configs/sw1.cfg:19");
    }

    @Test
    void eos_vrrp_phrasings_mlag_peer_link_and_spanning_tree_priority() throws IOException {
        DocMap d = doc("""
                ! device: leaf3 (DCS-7280SR, EOS-4.29.2F)
                hostname leaf3
                spanning-tree mst 0 priority 8192
                vlan 110
                interface Port-Channel10
                   switchport mode trunk
                interface Ethernet47
                   channel-group 10 mode active
                   speed 100g
                interface Vlan110
                   ip address 10.1.110.2/24
                   vrrp 3 ipv4 10.1.110.1
                   vrrp 3 priority-level 150
                mlag configuration
                   domain-id pod1
                   peer-link Port-Channel10
                """);
        assertThat(fact(d, "devices leaf3 stp priority")).isEqualTo("8192 @ configs/sw1.cfg:3");
        assertThat(fact(d, "devices leaf3 svis 110 vrrp vip")).isEqualTo("10.1.110.1 @ configs/sw1.cfg:12");
        assertThat(fact(d, "devices leaf3 svis 110 vrrp priority")).isEqualTo("150 @ configs/sw1.cfg:13");
        assertThat(fact(d, "devices leaf3 ports Ethernet47 vpcPeerLink")).isEqualTo("true @ configs/sw1.cfg:16");
        assertThat(fact(d, "devices leaf3 ports Ethernet47 lag")).isEqualTo("po10 @ configs/sw1.cfg:8");
        assertThat(fact(d, "devices leaf3 ports Ethernet47 speed")).isEqualTo("100Gbps @ configs/sw1.cfg:9");
    }

    @Test
    void every_problem_of_a_file_at_once_with_what_was_expected() throws IOException {
        SourceResult r = read("sw1.cfg", """
                feature vpc
                hostname sw1
                vlan 10,4095
                spanning-tree vlan 10 priority 100
                interface Ethernet1/1
                  switchport mode trunk
                  switchport trunk allowed vlan 1-5000
                  speed fast
                  ip address 10.0.0.1 255.0.255.0
                interface Ethernet1/2
                  switchport mode access
                  switchport access vlan 20
                """, ConfigsOptions.defaults());
        assertThat(r.problems()).extracting(Object::toString).containsExactly(
                "configs/sw1.cfg:3: \"vlan 10,4095\"; expected a VLAN list of IDs 1-4094 such as 110,120-130 (VLAN 4095 is out of range)",
                "configs/sw1.cfg:4: \"spanning-tree vlan 10 priority 100\"; expected a bridge priority in steps of 4096 (0, 4096, ... 61440), not 100",
                "configs/sw1.cfg:7: \"switchport trunk allowed vlan 1-5000\"; expected a VLAN list of IDs 1-4094 such as 110,120-130 (VLAN 5000 is out of range)",
                "configs/sw1.cfg:8: \"speed fast\"; expected a speed in Mb/s such as 10000, or 10g, 100g or auto",
                "configs/sw1.cfg:9: \"ip address 10.0.0.1 255.0.255.0\"; expected a subnet mask of contiguous ones such as 255.255.255.0, not 255.0.255.0");
        assertThat(fact(r.document(), "devices sw1 ports Ethernet1/2 vlans")).isEqualTo("20 @ configs/sw1.cfg:12");
    }

    @Test
    void the_dialect_set_per_source_wins_over_the_file() throws IOException {
        // read as IOS, the NX-OS hsrp block is not a phrase of the dialect: counted unread, not an SVI gateway
        SourceResult r = read("sw1.cfg", """
                feature hsrp
                hostname sw1
                interface Vlan110
                  ip address 10.1.110.2/24
                  hsrp 1
                    ip 10.1.110.1
                """, ConfigsOptions.of(Map.of("dialect", "ios"), "dc1.yaml"));
        assertThat(r.counts()).containsEntry("devices (ios)", 1);
        assertThat(at(r.document(), "devices sw1 svis 110 hsrp")).isNull();
        assertThat(r.notes()).extracting(Object::toString).anyMatch(n -> n.contains("interface > hsrp: 1 line unread"));
        assertThatThrownBy(() -> ConfigsOptions.of(Map.of("dialect", "junos"), "dc1.yaml"))
                .isInstanceOf(SourceException.class)
                .hasMessage("dc1.yaml: import: configs: dialect \"junos\" is not a dialect read; expected one of nxos, "
                        + "ios, eos, or no dialect: to tell each file's from the file");
    }

    @Test
    void a_missing_source_and_a_folder_without_configs_are_errors_naming_them() {
        assertThatThrownBy(() -> new ConfigsReader().read(dir.resolve("none"), "sources/none", ImportRules.defaults()))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("sources/none: no such file or folder");
        assertThatThrownBy(() -> new ConfigsReader().read(dir, "sources/configs", ImportRules.defaults()))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("sources/configs: no configuration file");
    }

    @Test
    void the_hostname_wins_over_the_file_name_and_a_second_file_of_one_device_is_a_problem() throws IOException {
        Files.writeString(dir.resolve("a.cfg"), "hostname agg1\ninterface Eth1/1\n  shutdown\n");
        SourceResult r = read("b.conf", "hostname AGG1\n", ConfigsOptions.defaults());
        assertThat(((DocMap) at(r.document(), "devices")).entries().keySet()).containsExactly("agg1");
        assertThat(r.problems()).extracting(Object::toString).containsExactly(
                "configs/b.conf:1: hostname AGG1, already the hostname at configs/a.cfg:1; expected one configuration per device: remove one of the two files");
    }
}
