package dev.netmove.engine.imports.govc;

import static dev.netmove.engine.imports.vcenter.DocText.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceResult;
import dev.netmove.engine.imports.vcenter.DocText;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovcReaderTest {

    private static final String A1 = "esx-a1.dc1.example.com";
    private static final String A2 = "esx-a2.dc1.example.com";
    private static final String A3 = "esx-a3.dc1.example.com";

    @TempDir
    Path tmp;

    private final GovcReader reader = new GovcReader();

    private static Path fixture() throws Exception {
        return Path.of(GovcReaderTest.class.getResource("/imports/govc/vms.json").toURI()).getParent();
    }

    private SourceResult readFixture() throws Exception {
        return reader.read(fixture(), "sources/govc", ImportRules.defaults());
    }

    @Test
    void hosts_read_alike_from_camel_case_pascal_case_and_change_set_output() throws Exception {
        DocNode doc = readFixture().document();

        String expected = "{role: host, memory: 512GiB,"
                + " portGroups: {Management Network: 0, web: 110, db: 120, app: 130},"
                + " vmotion: {vlan: 900, ip: 10.9.0.%s/24}, uplinks: [vmnic0, vmnic1]}";
        assertThat(DocText.of(at(doc, "devices", A1))).isEqualTo(expected.formatted("11"));
        assertThat(DocText.of(at(doc, "devices", A2))).isEqualTo(expected.formatted("12"));
        // esx-a3: vnic.json names no services, so the vMotion vmk is the one on a port group matching (?i)vmotion
        assertThat(DocText.of(at(doc, "devices", A3))).isEqualTo("{role: host, memory: 768GiB,"
                + " portGroups: {Management Network: 0, web: 110, db: 120, app: 130},"
                + " vmotion: {vlan: 900, ip: 10.9.0.13/23}, uplinks: [vmnic0, vmnic1]}");
        // object.collect names the cluster by its MoRef only: the host takes it when no other source names the cluster
        assertThat(DocText.of(at(doc, "clusterHints"))).isEqualTo("{" + A1 + ": domain-c7, " + A2 + ": domain-c7, "
                + A3 + ": domain-c7}");
    }

    @Test
    void cdp_and_lldp_hints_are_links_from_the_vmnic_to_the_switch_port_at_the_nic_speed() throws Exception {
        SourceResult result = readFixture();

        assertThat(DocText.of(at(result.document(), "links"))).isEqualTo("[{between: [" + A1
                + ":vmnic0, acc1.dc1.example.com:Ethernet1/1], speed: 25Gbps}, {between: [" + A1
                + ":vmnic1, acc2.dc1.example.com:Ethernet1/3], speed: 25Gbps}, {between: [" + A2
                + ":vmnic0, acc1.dc1.example.com:Ethernet1/2], speed: 25Gbps}, {between: [" + A2
                + ":vmnic1, acc2.dc1.example.com:Ethernet1/1], speed: 25Gbps}, {between: [" + A3
                + ":vmnic0, acc2.dc1.example.com:Ethernet1/2], speed: 25Gbps}]");
        assertThat(result.notes()).filteredOn(n -> n.kind() == ImportNote.Kind.UNKNOWN_NEIGHBOUR)
                .extracting(n -> n.origin().toString())
                .containsExactly("sources/govc/hosts/" + A3 + "/hint.json#/hint/1/lldpInfo");
        assertThat(result.counts()).containsEntry("links", 5).containsEntry("hosts", 3);
    }

    @Test
    void vms_get_host_by_moref_first_connected_network_memory_and_consumed_share() throws Exception {
        SourceResult result = readFixture();
        DocNode doc = result.document();

        assertThat(DocText.of(at(doc, "vms"))).isEqualTo("{web01: {host: " + A1
                + ", portGroup: web, ip: 10.1.110.21, memory: 16GiB, inUse: 59.9%},"
                + " db01: {host: " + A2 + ", portGroup: db, ip: 10.1.120.11, memory: 64GiB, inUse: 89.9%},"
                + " app01: {host: " + A3 + ", portGroup: app, memory: 8GiB}}");
        assertThat(result.counts()).containsEntry("templates left out", 1).containsEntry("vms powered off", 1);
        assertThat(result.notes()).extracting(ImportNote::text).contains(
                "VM app01 is powered off: imported (it moves with its host as well), its port group from its first NIC");
    }

    @Test
    void every_fact_keeps_its_json_pointer() throws Exception {
        DocNode doc = readFixture().document();

        assertThat(at(doc, "vms", "db01", "portGroup").origin())
                .hasToString("sources/govc/vms.json#/virtualMachines/1/guest/net/1/network");
        assertThat(at(doc, "vms", "web01", "memory").origin())
                .hasToString("sources/govc/vms.json#/virtualMachines/0/config/hardware/memoryMB");
        assertThat(at(doc, "devices", A2, "memory").origin())
                .hasToString("sources/govc/hosts/" + A2 + "/info.json#/Summary/Hardware/MemorySize");
        assertThat(at(doc, "devices", A3, "memory").origin())
                .hasToString("sources/govc/hosts/" + A3 + "/info.json#/3/val/hardware/memorySize");
        assertThat(at(doc, "devices", A1, "vmotion").origin())
                .hasToString("sources/govc/hosts/" + A1 + "/vnic.json#/info/1");
    }

    @Test
    void without_vnic_json_the_vmotion_vmk_comes_from_the_host_objects_vnic_list() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("novnic/hosts"));
        Path host = Files.createDirectories(dir.resolve(A1));
        Path from = fixture().resolve("hosts").resolve(A1);
        Files.copy(from.resolve("info.json"), host.resolve("info.json"));
        Files.copy(from.resolve("portgroup.json"), host.resolve("portgroup.json"));

        DocNode doc = reader.read(dir.getParent(), "novnic", ImportRules.defaults()).document();

        assertThat(DocText.of(at(doc, "devices", A1, "vmotion"))).isEqualTo("{vlan: 900, ip: 10.9.0.11/24}");
        assertThat(at(doc, "devices", A1, "vmotion").origin())
                .hasToString("novnic/hosts/" + A1 + "/info.json#/config/network/vnic/1");
    }

    @Test
    void objects_that_cannot_be_read_are_problems_at_their_pointer_and_the_rest_is_read() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("govc"));
        Files.writeString(dir.resolve("vms.json"), """
                {"VirtualMachines": [
                  {"Name": "web01", "Config": {"Hardware": {"MemoryMB": "lots"}}},
                  {"Config": {"Hardware": {"MemoryMB": 4096}}},
                  {"Name": "web02", "Config": {"Hardware": {"MemoryMB": 4096}}}
                ]}
                """);

        SourceResult result = reader.read(dir, "govc", ImportRules.defaults());

        assertThat(result.problems()).extracting(Object::toString).containsExactly(
                "govc/vms.json#/VirtualMachines/0/Config/Hardware/MemoryMB: \"lots\"; expected the VM's memory in MB"
                        + " (MiB, as vSphere counts it)",
                "govc/vms.json#/VirtualMachines/1: a virtual machine without a name; expected an object with name (or"
                        + " summary.config.name), as govc vm.info -json writes it");
        assertThat(DocText.of(at(result.document(), "vms", "web02"))).isEqualTo("{memory: 4GiB}");
    }

    @Test
    void object_collect_updates_written_one_after_another_are_vms_too() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("collect"));
        Files.writeString(dir.resolve("vms.json"), """
                {"kind":"enter","obj":{"type":"VirtualMachine","value":"vm-7"},"changeSet":[
                  {"name":"name","op":"assign","val":"web07"},
                  {"name":"config.hardware.memoryMB","op":"assign","val":2048},
                  {"name":"runtime.powerState","op":"assign","val":"poweredOn"}]}
                {"kind":"enter","obj":{"type":"VirtualMachine","value":"vm-8"},"changeSet":[
                  {"name":"name","op":"assign","val":"web08"},
                  {"name":"summary","op":"assign","val":{"config":{"memorySizeMB":1536}}}]}
                """);

        SourceResult result = reader.read(dir, "collect", ImportRules.defaults());

        assertThat(DocText.of(result.document())).isEqualTo("{vms: {web07: {memory: 2GiB}, web08: {memory: 1536MiB}}}");
        assertThat(at(result.document(), "vms", "web08", "memory").origin())
                .hasToString("collect/vms.json#/1/changeSet/1/val/config/memorySizeMB");
    }

    @Test
    void a_source_that_is_not_json_or_of_another_shape_is_refused_with_its_path() throws Exception {
        Path notJson = Files.createDirectories(tmp.resolve("a"));
        Files.writeString(notJson.resolve("vms.json"), "Name: web01\n  UUID: 4223\n");
        Path other = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(other.resolve("vms.json"), "[1, 2, 3]");

        assertThatThrownBy(() -> reader.read(notJson, "a", ImportRules.defaults()))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("a/vms.json: not JSON (")
                .hasMessageEndingWith("expected the output of govc vm.info -json -r or govc object.collect -json -type m");
        assertThatThrownBy(() -> reader.read(other, "b", ImportRules.defaults()))
                .hasMessageStartingWith("b/vms.json: holds no virtual machine");
        assertThatThrownBy(() -> reader.read(tmp.resolve("c"), "c", ImportRules.defaults()))
                .hasMessageStartingWith("c: does not exist; expected a folder with vms.json");
    }

    @Test
    void a_key_written_twice_in_one_object_is_refused_at_its_place() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("twice"));
        Files.writeString(dir.resolve("vms.json"), """
                {"virtualMachines": [{"name": "web01",
                  "config": {"hardware": {"memoryMB": 4096, "memoryMB": 8192}}}]}
                """);

        assertThatThrownBy(() -> reader.read(dir, "twice", ImportRules.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("twice/vms.json: not JSON netmove reads (the key \"memoryMB\" twice in one object"
                        + " at line 2, column ")
                .hasMessageContaining("which value is meant cannot be told; keep one)");
    }
}
