package dev.netmove.engine.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Hsrp;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.PartialDocuments;
import dev.netmove.engine.topology.load.TopologyLoadException;
import dev.netmove.engine.topology.load.TopologyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NetworkChangeTest {

    static Stream<Path> topologyFiles() throws IOException {
        List<Path> roots = List.of(Path.of("../src/test-topologies"), Path.of("../features/src/test/features"));
        return roots.stream().flatMap(r -> {
            try {
                return Files.walk(r).filter(p -> p.toString().endsWith(".yaml"))
                        .filter(p -> !p.toString().contains("imported") && !p.toString().contains("changes")).sorted();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("topologyFiles")
    void every_topology_reads_back_from_its_document_unchanged(Path file) {
        Topology topology = new TopologyLoader().load(file);
        assertThat(EndSourceCarry.carry(topology, PartialDocuments.build(TopologyDocument.of(topology), "x",
                topology.source()))).isEqualTo(topology);
    }

    @Test
    void a_generated_data_center_reads_back_from_its_document_unchanged() {
        for (DataCenterSpec spec : List.of(new DataCenterSpec(2, 2, 2, 2),
                new DataCenterSpec(2, 3, 1, 1).withVpcAggregation(true).withDualHomedHosts(true))) {
            Topology topology = new TopologyLoader().load("dc.yaml", DataCenterGenerator.toYaml(spec));
            assertThat(PartialDocuments.build(TopologyDocument.of(topology), "x", "dc.yaml")).isEqualTo(topology);
        }
    }

    private static Topology twoPods() {
        return new TopologyLoader().load(Path.of("../features/src/test/features/vmotion-pruning/two-pods.yaml"));
    }

    @Test
    void a_change_merges_into_devices_and_links_and_removes_what_it_nulls() {
        ChangeFile change = ChangeFile.parse("cr-1.yaml", """
                change: CR-1 widen the pod B trunk
                topology: core-pruning
                devices:
                  agg-a1: { svis: { 110: { ip: 10.3.110.2/24, hsrp: { vip: 10.3.110.1, priority: 120 } } } }
                links:
                  agg-b1-core1: { vlans: 110,900, speed: 100Gbps }
                  esx-a2-acc-a1: null
                vms:
                  web09: { host: esx-b1, portGroup: web, memory: 8GiB }
                """, 1);
        Topology before = twoPods().withLinkDown("acc-a1-agg-a1");
        Topology after = NetworkChange.apply(before, change);
        assertThat(change.title()).isEqualTo("CR-1 widen the pod B trunk");
        assertThat(after.requireLink("agg-b1-core1").b().vlans()).isEqualTo(VlanSet.parse("110,900"));
        assertThat(after.requireLink("agg-b1-core1").speed()).isEqualTo(Bandwidth.ofGbps(100));
        assertThat(after.link("esx-a2-acc-a1")).isEmpty();
        assertThat(after.requireVm("web09").host()).isEqualTo("esx-b1");
        assertThat(after.requireDevice("agg-a1").svi(110).orElseThrow().fhrp().orElseThrow())
                .isInstanceOfSatisfying(Hsrp.class, h -> assertThat(h.priority()).isEqualTo(120));
        assertThat(after.downLinks()).containsExactly("acc-a1-agg-a1");
    }

    @Test
    void a_link_removed_before_a_new_one_of_the_same_change_as_topology_md_writes_it() {
        // TOPOLOGY.md's example removes "agg1:Eth1/50--core2:Eth1/2" and then adds agg5-core1: the removal must not
        // lose the index the new link is looked up in
        ChangeFile change = ChangeFile.parse("cr-1234.yaml", """
                change: CR-1234 re-cable agg-b1
                links:
                  "agg-b1:Eth1/49--core1:Eth1/2": null
                  agg-b1-core1-new: { between: [agg-b1:Eth1/50, core1:Eth1/9], speed: 40Gbps, vlans: all }
                """, 1);
        Topology after = NetworkChange.apply(twoPods(), change);
        assertThat(after.link("agg-b1-core1")).isEmpty();
        assertThat(after.requireLink("agg-b1-core1-new").speed()).isEqualTo(Bandwidth.ofGbps(40));
        assertThat(after.requireLink("agg-b1-core1-new").a().port()).isEqualTo("Eth1/50");
    }

    @Test
    void a_link_re_cabled_by_its_name_takes_the_new_ends_and_a_port_it_keeps_keeps_its_settings() {
        // agg-b1-core1 moves from core1:Eth1/2 to core1:Eth1/7; agg-b1's end stays, core1's allowed list went with its port
        ChangeFile change = ChangeFile.parse("cr-recable.yaml", """
                change: CR-8 re-cable agg-b1 to core1 Eth1/7
                links:
                  agg-b1-core1: { between: [agg-b1:Eth1/49, core1:Eth1/7] }
                """, 1);
        Topology after = NetworkChange.apply(twoPods(), change);
        assertThat(after.requireLink("agg-b1-core1").a().endpoint()).isEqualTo("agg-b1:Eth1/49");
        assertThat(after.requireLink("agg-b1-core1").b().endpoint()).isEqualTo("core1:Eth1/7");
        assertThat(after.requireLink("agg-b1-core1").b().vlans()).isEqualTo(VlanSet.ALL);
        assertThat(after.requireLink("agg-b1-core1").speed()).isEqualTo(Bandwidth.ofGbps(40));
    }

    @Test
    void a_re_cabling_to_a_device_the_topology_lacks_is_refused_at_the_change_files_line_by_the_links_name() {
        ChangeFile change = ChangeFile.parse("cr-recable.yaml", """
                change: CR-8 re-cable agg-b1 to core9
                links:
                  agg-b1-core1: { between: [agg-b1:Eth1/49, core9:Eth1/2] }
                """, 1);
        assertThatThrownBy(() -> NetworkChange.apply(twoPods(), change)).isInstanceOf(TopologyLoadException.class)
                .hasMessageContaining("cr-recable.yaml:3:")
                .hasMessageContaining("links.agg-b1-core1.between[1]: unknown device \"core9\"")
                .hasMessageNotContaining("links[");
    }

    @Test
    void a_link_named_by_its_ends_in_either_order_is_found() {
        ChangeFile change = ChangeFile.parse("cr.yaml", """
                change: CR-2
                links:
                  "core1:Eth1/2--agg-b1:Eth1/49": { vlans: all }
                """, 1);
        assertThat(NetworkChange.apply(twoPods(), change).requireLink("agg-b1-core1").b().vlans())
                .isEqualTo(VlanSet.ALL);
    }

    @Test
    void an_unknown_name_without_what_a_new_one_needs_is_refused_at_its_line_with_did_you_mean() {
        ChangeFile change = ChangeFile.parse("changes/cr-3.yaml", """
                change: CR-3
                devices:
                  agg-b2: { vlans: 110 }
                links:
                  agg-b1-core2: null
                """, 1);
        assertThatThrownBy(() -> NetworkChange.apply(twoPods(), change)).isInstanceOf(TopologyLoadException.class)
                .hasMessageContaining("changes/cr-3.yaml:3:11: devices.agg-b2: found no device named agg-b2 in "
                        + "topology core-pruning (did you mean \"agg-b1\"")
                .hasMessageContaining("a new one written in full (with role)")
                .hasMessageContaining("changes/cr-3.yaml:5:17: links.agg-b1-core2: found no link named agg-b1-core2 "
                        + "to remove");
    }

    @Test
    void a_doc_string_change_is_placed_at_the_feature_files_lines() {
        ChangeFile change = ChangeFile.parse("pods.feature", "change: CR-4\nvms:\n  web01: { portGroup: db }\n", 12);
        assertThatThrownBy(() -> NetworkChange.apply(twoPods(), change)).isInstanceOf(TopologyLoadException.class)
                .hasMessageContaining("pods.feature:14:").hasMessageContaining("vms.web01.portGroup");
    }

    @Test
    void a_result_that_is_no_valid_topology_names_the_change_file_and_the_key_path() {
        ChangeFile change = ChangeFile.parse("cr-5.yaml", "change: CR-5\ndevices:\n  esx-a1: null\n", 1);
        assertThatThrownBy(() -> NetworkChange.apply(twoPods(), change)).isInstanceOf(TopologyLoadException.class)
                .hasMessageStartingWith("cr-5.yaml: ").hasMessageContaining("vms.");
    }

    @Test
    void a_change_for_another_topology_is_refused() {
        ChangeFile change = ChangeFile.parse("cr-6.yaml", "change: CR-6\ntopology: dc9\n", 1);
        assertThatThrownBy(() -> NetworkChange.apply(twoPods(), change))
                .hasMessageContaining("change \"CR-6\" is for topology dc9, not core-pruning");
    }

    @Test
    void a_change_without_a_title_or_with_an_unknown_key_is_refused() {
        assertThatThrownBy(() -> ChangeFile.parse("cr-7.yaml", "devics: {}\n", 1))
                .hasMessageContaining("cr-7.yaml:1:9: devics: found the unknown key devics (did you mean \"devices\"?)")
                .hasMessageContaining("the change has no title");
    }
}
