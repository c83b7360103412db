package dev.netmove.engine.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentMergeTest {

    private static DocMap link(String file, String a, String b, String speed) {
        Origin o = Origin.line(file, 2);
        DocMap link = new DocMap(o);
        link.list("between", o).add(new DocScalar(a, o)).add(new DocScalar(b, o));
        if (speed != null) {
            link.put("speed", speed, o);
        }
        return link;
    }

    private static DocMap doc(String file, DocMap... links) {
        DocMap doc = new DocMap(Origin.line(file, 1));
        DocList list = doc.list("links", doc.origin());
        for (DocMap l : links) {
            list.add(l);
        }
        return doc;
    }

    @Test
    void links_merge_by_their_ends_in_either_order_and_canonical_port_names_and_the_later_speed_wins() {
        DocumentMerge merge = new DocumentMerge(Origin.line("dc1.yaml", 1))
                .merge(doc("netbox.json", link("netbox.json", "agg1:Ethernet1/49", "core1:Eth1/1", "40Gbps")))
                .merge(doc("lldp.csv", link("lldp.csv", "core1:ethernet1/1", "agg1:Eth1/49", "10Gbps")));
        assertThat(DocumentMerge.text(merge.result()))
                .isEqualTo("{links: [{between: [agg1:Ethernet1/49, core1:Eth1/1], speed: 10Gbps}]}");
        assertThat(merge.disagreements()).extracting(Object::toString).containsExactly(
                "links[agg1:Ethernet1/49--core1:Eth1/1].speed: 40Gbps (netbox.json:2) -> 10Gbps (lldp.csv:2)");
    }

    @Test
    void one_value_in_two_spellings_is_no_disagreement_and_the_later_spelling_is_kept() {
        Origin rv = Origin.line("rvtools/RVTools_tabvInfo.csv", 3);
        Origin nb = Origin.pointer("netbox/virtualization/virtual-machines.json", "/results/0/memory");
        DocMap netbox = new DocMap(nb);
        netbox.map("vms", nb).map("web01", nb).put("memory", "16GiB", nb).put("vlans", "110-112", nb)
                .put("disk", "16GB", nb);
        DocMap rvtools = new DocMap(rv);
        rvtools.map("vms", rv).map("web01", rv).put("memory", "16384MiB", rv).put("vlans", "110,111,112", rv)
                .put("disk", "16GiB", rv);
        DocumentMerge merge = new DocumentMerge(Origin.line("dc1.yaml", 1)).merge(netbox).merge(rvtools);
        assertThat(DocumentMerge.text(merge.result()))
                .isEqualTo("{vms: {web01: {memory: 16384MiB, vlans: 110,111,112, disk: 16GiB}}}");
        assertThat(merge.disagreements()).extracting(Object::toString).containsExactly(
                "vms.web01.disk: 16GB (netbox/virtualization/virtual-machines.json#/results/0/memory) -> 16GiB"
                        + " (rvtools/RVTools_tabvInfo.csv:3)");
    }

    @Test
    void a_link_removed_with_its_device_is_found_by_its_ends_by_no_later_layer_and_owned_layers_merge_alike() {
        Origin o = Origin.line("a", 1);
        DocMap removal = new DocMap(o);
        removal.map("devices", o).put("agg9", null, o);
        DocumentMerge merge = new DocumentMerge(o)
                .mergeOwned(doc("a", link("a", "agg9:Eth1/1", "core1:Eth1/9", "40Gbps"), link("a", "agg1:Eth1/1",
                        "core1:Eth1/1", "40Gbps")))
                .merge(removal)
                .mergeOwned(doc("b", link("b", "core1:Eth1/9", "agg9:Eth1/1", null), link("b", "core1:Eth1/1",
                        "agg1:Eth1/1", "10Gbps")));
        assertThat(DocumentMerge.text(merge.result())).isEqualTo("{links: [{between: [agg1:Eth1/1, core1:Eth1/1], "
                + "speed: 10Gbps}, {between: [core1:Eth1/9, agg9:Eth1/1]}], devices: {}}");
    }

    @Test
    void maps_merge_key_by_key_lists_replace_and_null_removes_a_device_with_its_links() {
        Origin o = Origin.line("a", 1);
        DocMap first = doc("a", link("a", "agg9:Eth1/1", "core1:Eth1/9", "40Gbps"));
        first.map("devices", o).map("core1", o).put("role", "core", o).put("vlans", "10,20", o)
                .map("stp", o).put("priority", "4096", o);
        first.map("devices", o).map("agg9", o).put("role", "aggregation", o);
        DocMap second = new DocMap(o);
        DocMap core = second.map("devices", o).map("core1", o);
        core.map("stp", o).put("priority", "8192", o);
        core.put("vlans", null, o);
        second.map("devices", o).put("agg9", null, o);
        DocumentMerge merge = new DocumentMerge(o).merge(first).merge(second);
        assertThat(DocumentMerge.text(merge.result()))
                .isEqualTo("{links: [], devices: {core1: {role: core, stp: {priority: 8192}}}}");
    }

    @Test
    void interface_abbreviations_of_every_dialect_are_one_port() {
        assertThat(List.of("Eth1/1", "Ethernet1/1", "ethernet1/1", "e1/1")).allMatch(n -> InterfaceNames.same(n, "Eth1/1"));
        assertThat(InterfaceNames.same("Te1/0/1", "TenGigabitEthernet1/0/1")).isTrue();
        assertThat(InterfaceNames.same("Po10", "port-channel10")).isTrue();
        assertThat(InterfaceNames.same("Port-Channel10", "po10")).isTrue();
        assertThat(InterfaceNames.same("Gi1/0/2", "GigabitEthernet1/0/2")).isTrue();
        assertThat(InterfaceNames.same("Fo1/1", "FortyGigabitEthernet1/1")).isTrue();
        assertThat(InterfaceNames.same("Hu1/1", "HundredGigE1/1")).isTrue();
        assertThat(InterfaceNames.same("Eth1/1", "Eth1/10")).isFalse();
        assertThat(InterfaceNames.same("vmnic0", "VMNIC0")).isTrue();
    }

    @Test
    void domains_are_stripped_unless_two_devices_would_clash() {
        DeviceNames names = DeviceNames.of(List.of("agg1.dc1.example.com", "AGG1", "web.dc1.example.com",
                "web.dc2.example.com", "10.0.0.1"), ImportRules.defaults());
        assertThat(names.of("agg1.dc1.example.com")).isEqualTo("agg1");
        assertThat(names.of("AGG1")).isEqualTo("agg1");
        assertThat(names.of("web.dc1.example.com")).isEqualTo("web.dc1.example.com");
        assertThat(names.of("10.0.0.1")).isEqualTo("10.0.0.1");
    }

    @Test
    void a_link_named_by_its_ends_is_found_in_other_spellings_and_one_named_with_other_ends_is_re_cabled() {
        DocMap source = doc("lldp.csv", link("lldp.csv", "acc1:Ethernet1/50", "agg2:Ethernet1/1", "40Gbps"));
        DocMap overlay = new DocMap(Origin.at("dc1.yaml", 1, 1));
        Origin o = Origin.at("dc1.yaml", 5, 5);
        overlay.list("links", o).add(new DocMap(o).put("name", "agg2:Eth1/1--acc1:Eth1/50", o).put("speed", "10Gbps", o));
        DocumentMerge merge = new DocumentMerge(Origin.line("dc1.yaml", 1)).merge(source).merge(overlay);
        assertThat(DocumentMerge.text(merge.result()))
                .isEqualTo("{links: [{between: [acc1:Ethernet1/50, agg2:Ethernet1/1], speed: 10Gbps, name: agg2:Eth1/1--acc1:Eth1/50}]}");

        DocMap named = doc("lldp.csv", link("lldp.csv", "acc1:Eth1/50", "agg2:Eth1/1", "40Gbps"));
        ((DocMap) ((DocList) named.entries().get("links")).items().get(0)).put("name", "acc1-agg2", o);
        DocMap recable = new DocMap(Origin.at("dc1.yaml", 1, 1));
        recable.list("links", o).add(new DocMap(o).put("name", "acc1-agg2", o)
                .put("between", new DocList(o).add(new DocScalar("acc1:Eth1/50", o)).add(new DocScalar("agg1:Eth1/1", o))));
        DocumentMerge moved = new DocumentMerge(Origin.line("dc1.yaml", 1)).merge(named).merge(recable);
        assertThat(DocumentMerge.text(moved.result()))
                .isEqualTo("{links: [{between: [acc1:Eth1/50, agg1:Eth1/1], speed: 40Gbps, name: acc1-agg2}]}");
        assertThat(moved.disagreements()).extracting(Object::toString).containsExactly(
                "links[acc1-agg2].between: [acc1:Eth1/50, agg2:Eth1/1] (lldp.csv:2) -> [acc1:Eth1/50, agg1:Eth1/1] (dc1.yaml:5)");
    }
}
