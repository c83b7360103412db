package dev.netmove.engine.topology.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.config.DriftReport;
import dev.netmove.engine.flow.FlowAnalysis;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.Topology;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Networks whose switches come from their running-configs ({@code configs:}), cabled by an LLDP table, loaded
 * through the real loader: each gives the same model as the same network typed as a plain topology, and
 * every VLAN fact keeps the config line it came from.
 */
class ConfiguredNetworkTest {

    @TempDir
    Path temp;

    private static Path fixture(String path) {
        try {
            return Path.of(ConfiguredNetworkTest.class.getResource("/imports/configs/" + path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportedTopology imported(String project, String file) {
        Path folder = fixture(project);
        return new TopologyLoader().read(folder.resolve(file), file, folder);
    }

    private static Topology plain(String project, String file) {
        Path folder = fixture(project);
        return new TopologyLoader().load(folder.resolve(file), file, folder);
    }

    private static void assertSameModel(Topology imported, Topology plain) {
        assertThat(imported.name()).isEqualTo(plain.name());
        assertThat(imported.devices().keySet()).containsExactlyInAnyOrderElementsOf(plain.devices().keySet());
        plain.devices().forEach((name, device) -> assertThat(imported.devices().get(name)).as(name).isEqualTo(device));
        assertThat(ImportFixtures.withoutSources(imported)).containsExactlyElementsOf(ImportFixtures.withoutSources(plain));
        assertThat(imported.vms()).isEqualTo(plain.vms());
    }

    @Test
    void the_pod_from_its_configs_is_the_pod_written_by_hand() {
        Topology fromConfigs = imported("pod-project", "pod.yaml").topology();
        Topology typed = plain("pod-project", "pod-plain.yaml");
        assertSameModel(fromConfigs, typed);
        assertThat(fromConfigs.requireDevice("agg1").svis()).isEqualTo(typed.requireDevice("agg1").svis());
        assertThat(new FlowAnalysis(fromConfigs).gatewayOf("web01")).hasToString(new FlowAnalysis(typed).gatewayOf("web01")
                .toString());
        // the vPC pair (from the peer link) forwards for HSRP on both peers: web01's nearer peer answers
        assertThat(new FlowAnalysis(fromConfigs).gatewayOf("web01").device()).isEqualTo("agg2");
    }

    @Test
    void the_vxlan_fabric_from_its_configs_is_the_fabric_written_by_hand() {
        Topology fromConfigs = imported("fabric-project", "fabric.yaml").topology();
        Topology typed = plain("fabric-project", "fabric-plain.yaml");
        assertSameModel(fromConfigs, typed);
        assertThat(fromConfigs.requireDevice("leaf2").vxlan()).isEqualTo(typed.requireDevice("leaf2").vxlan());
    }

    @Test
    void each_end_keeps_the_config_line_of_its_allowed_list() {
        Topology t = imported("pod-project", "pod.yaml").topology();
        Link link = t.requireLink("acc1:Et50/1--agg2:Eth1/20");
        assertThat(link.end("agg2").source()).contains("switchport trunk allowed vlan 110,900 at configs/agg2.cfg:62");
        // a member takes its port-channel's allowed list: the line is the port-channel's
        assertThat(link.end("acc1").source()).contains("switchport trunk allowed vlan 110,120,900 at configs/acc1.cfg:24");
        assertThat(t.requireLink("acc1:Ethernet2--esx-a2:vmnic0").end("acc1").source())
                .contains("switchport access vlan 110 at configs/acc1.cfg:34");
        assertThat(t.requireLink("acc1:Ethernet2--esx-a2:vmnic0").end("esx-a2").source()).isEmpty();
    }

    @Test
    void a_trunk_allowing_vlan_120_on_one_end_only_is_shown_with_both_ends_config_lines() {
        Topology t = imported("pod-project", "pod.yaml").topology();
        assertThat(DriftReport.of(t).text()).contains("link \"acc1:Et50/1--agg2:Eth1/20\": VLAN 120 is allowed at "
                + "acc1:Et50/1 (switchport trunk allowed vlan 110,120,900 at configs/acc1.cfg:24) but not at agg2:Eth1/20 "
                + "(allowed there: 110,900; switchport trunk allowed vlan 110,900 at configs/agg2.cfg:62)");
        Layer2Analysis l2 = new Layer2Analysis(t);
        assertThat(l2.whyNotCarried(t.requireLink("acc1:Et50/1--agg2:Eth1/20"), 120)).get()
                .extracting(drop -> drop.describe()).isEqualTo("link \"acc1:Et50/1--agg2:Eth1/20\" drops VLAN 120 at "
                        + "agg2:Eth1/20 (allowed there: 110,900; switchport trunk allowed vlan 110,900 at configs/agg2.cfg:62; "
                        + "acc1:Et50/1 allows it: switchport trunk allowed vlan 110,120,900 at configs/acc1.cfg:24)");
    }

    @Test
    void the_same_mismatch_typed_by_hand_reads_as_before() {
        Topology t = plain("pod-project", "pod-plain.yaml");
        assertThat(DriftReport.of(t).text()).contains("link \"acc1:Et50/1--agg2:Eth1/20\": VLAN 120 is allowed at "
                + "acc1:Et50/1 but not at agg2:Eth1/20 (allowed there: 110,900)");
    }

    @Test
    void a_peer_link_between_two_vpc_peer_link_ports_makes_the_pair_and_a_shut_member_is_left_out() {
        ImportedTopology imported = imported("pod-project", "pod.yaml");
        assertThat(imported.topology().requireDevice("agg1").vpcPeer()).contains("agg2");
        assertThat(imported.topology().requireDevice("agg2").vpcPeer()).contains("agg1");
        assertThat(imported.topology().links()).extracting(Link::name).doesNotContain("agg1:Eth1/54--agg2:Eth1/54");
        assertThat(imported.imports().notes()).extracting(n -> n.text()).contains("link agg1:Eth1/54--agg2:Eth1/54 left "
                + "out: a port of it is shut down (shutdown at configs/agg1.cfg:88)");
    }

    private Path project(String csv, String overlay) throws IOException {
        Path configs = Files.createDirectories(temp.resolve("configs"));
        try (Stream<Path> files = Files.list(fixture("pod-project/configs"))) {
            for (Path f : files.toList()) {
                Files.copy(f, configs.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(temp.resolve("lldp.csv"), csv);
        return Files.writeString(temp.resolve("pod.yaml"), overlay);
    }

    private static String podOverlay() throws IOException {
        return Files.readString(fixture("pod-project/pod.yaml"));
    }

    @Test
    void without_the_peer_link_in_the_neighbour_table_the_configs_alone_make_no_pair() throws IOException {
        String csv = Files.readString(fixture("pod-project/lldp.csv")).replace("agg1,Eth1/53,agg2,Eth1/53,\n", "");
        Path file = project(csv, podOverlay());
        // acc1's port-channel then reaches two devices that are no pair: the load error names agg2's member line
        assertThatThrownBy(() -> new TopologyLoader().load(file, "pod.yaml", temp))
                .hasMessageContaining("configs/agg2.cfg:76: links[acc1:Et50/1--agg2:Eth1/20].lag: found lag \"po20\" on acc1 joining")
                .hasMessageContaining("or to the two peers of a vPC pair");
    }

    @Test
    void what_the_overlay_writes_on_a_link_wins_over_the_port_config() throws IOException {
        Path file = project(Files.readString(fixture("pod-project/lldp.csv")), podOverlay().replace("links:\n",
                "links:\n  - { between: [acc1:Et50/1, { port: agg2:Eth1/20, vlans: 110,120,900 }] }\n"));
        Topology t = new TopologyLoader().load(file, "pod.yaml", temp);
        LinkEnd agg2 = t.requireLink("acc1:Et50/1--agg2:Eth1/20").end("agg2");
        assertThat(agg2.vlans()).hasToString("110,120,900");
        assertThat(agg2.source()).isEmpty();
        assertThat(DriftReport.of(t).text()).doesNotContain("VLAN 120 is allowed");
    }

    @Test
    void ports_written_in_the_overlay_are_no_topology_key() throws IOException {
        Path file = project(Files.readString(fixture("pod-project/lldp.csv")), podOverlay().replace("  esx-a2:\n",
                "  acc1: { ports: { Ethernet1: { mode: access } } }\n  esx-a2:\n"));
        assertThatThrownBy(() -> new TopologyLoader().load(file, "pod.yaml", temp))
                .isInstanceOf(TopologyLoadException.class).hasMessageContaining("devices.acc1.ports");
    }

    @Test
    void a_configs_entry_takes_dialect_and_vrfs_and_an_unknown_key_gets_did_you_mean() throws IOException {
        Path file = project(Files.readString(fixture("pod-project/lldp.csv")), podOverlay().replace(
                "  - configs: configs/", "  - { configs: configs/, dialekt: nxos }"));
        assertThatThrownBy(() -> new TopologyLoader().load(file, "pod.yaml", temp))
                .hasMessageContaining("pod.yaml:6:26: import[0].dialekt: unknown key \"dialekt\" for a configs source "
                        + "(did you mean \"dialect\"?); expected one of: dialect, vrfs");
    }

    @Test
    void an_unknown_dialect_is_refused_at_its_entry() throws IOException {
        Path file = project(Files.readString(fixture("pod-project/lldp.csv")), podOverlay().replace(
                "  - configs: configs/", "  - { configs: configs/, dialect: junos }"));
        assertThatThrownBy(() -> new TopologyLoader().load(file, "pod.yaml", temp))
                .hasMessageContaining("pod.yaml:6:5: import[0]: import: configs: dialect \"junos\" is not a dialect read");
    }

    @Test
    void a_dialect_set_on_the_entry_reads_every_file_in_it() throws IOException {
        Path file = project(Files.readString(fixture("pod-project/lldp.csv")), podOverlay().replace(
                "  - configs: configs/", "  - { configs: configs/, dialect: nxos }"));
        ImportedTopology t = new TopologyLoader().read(file, "pod.yaml", temp);
        assertThat(t.imports().sources().get(0).counts()).containsEntry("devices (nxos)", 4);
        assertThat(t.imports().sources().get(0).source().options()).containsEntry("dialect", "nxos");
        assertThat(Optional.of(t.topology().devices().size())).contains(6);
    }

    @Test
    void a_neighbour_table_speed_stays_and_a_different_configured_speed_is_a_disagreement() throws IOException {
        Path file = project(Files.readString(fixture("pod-project/lldp.csv")).replace("agg1,Eth1/1,core1.dc1.example.com,"
                + "Te1/0/1,", "agg1,Eth1/1,core1.dc1.example.com,Te1/0/1,10Gbps"), podOverlay());
        ImportedTopology t = new TopologyLoader().read(file, "pod.yaml", temp);
        assertThat(t.topology().requireLink("agg1:Eth1/1--core1:Te1/0/1").speed()).hasToString("10Gbps");
        assertThat(t.imports().disagreements()).extracting(Object::toString).containsExactly(
                "links[agg1:Eth1/1--core1:Te1/0/1].speed: 40Gbps (configs/agg1.cfg:69) -> 10Gbps (lldp.csv:2)");
    }

    @Test
    void two_source_kinds_in_one_entry_are_refused_and_a_reader_without_options_takes_none() throws IOException {
        Path two = project(Files.readString(fixture("pod-project/lldp.csv")), podOverlay().replace(
                "  - configs: configs/", "  - { configs: configs/, lldp: lldp.csv }"));
        assertThatThrownBy(() -> new TopologyLoader().load(two, "pod.yaml", temp))
                .hasMessageContaining("pod.yaml:6:5: import[0]: found the source kinds [configs, lldp] in one entry; "
                        + "expected one source kind and its path");
        Path extra = project(Files.readString(fixture("pod-project/lldp.csv")), podOverlay().replace(
                "  - lldp: lldp.csv", "  - { lldp: lldp.csv, dialect: nxos }"));
        assertThatThrownBy(() -> new TopologyLoader().load(extra, "pod.yaml", temp))
                .hasMessageContaining("import[1].dialect: unknown key \"dialect\" for a lldp source; expected only the "
                        + "source's path (lldp takes no options)");
    }
}
