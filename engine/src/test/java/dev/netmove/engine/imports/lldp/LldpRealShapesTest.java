package dev.netmove.engine.imports.lldp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocumentMerge;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neighbour tables as the devices give them: NAPALM's anonymous neighbours (no system name), ports named by a
 * number the neighbour assigned (Junos, IOS-XR) or by nothing at all, a device without neighbours, the getter's
 * result saved under its name by Nornir, and Arista's table where a server's port id is its MAC address.
 */
class LldpRealShapesTest {

    @TempDir
    Path temp;

    private static Path fixture(String name) throws Exception {
        return Path.of(LldpRealShapesTest.class.getResource("/imports/lldp/" + name).toURI());
    }

    private static List<String> links(SourceResult result) {
        DocList links = (DocList) result.document().entries().get("links");
        return links.items().stream().map(DocumentMerge::text).toList();
    }

    private static List<String> notes(SourceResult result, ImportNote.Kind kind) {
        return result.notes().stream().filter(n -> n.kind() == kind).map(n -> n.origin() + " " + n.text()).toList();
    }

    @Test
    void napalm_files_per_device_name_ports_by_their_description_where_the_id_is_a_number_or_missing() throws Exception {
        SourceResult result = new LldpReader().read(fixture("napalm-devices"), "sources/lldp", ImportRules.defaults());

        assertThat(links(result)).containsExactly(
                "{between: [leaf1:Ethernet1/49, LEAF2.dc1.example.com:Eth1/49]}",
                "{between: [leaf1:Ethernet1/1, esx-a1.dc1.example.com:vmnic0]}",
                // Junos sends its ifIndex (549) as the port id, and the port's name as its description
                "{between: [leaf1:Ethernet1/3, fw1:ge-0/0/1]}",
                "{between: [leaf1:Ethernet1/4, fw1:ge-0/0/2]}",
                // a switch whose ports are numbers: the number is the name
                "{between: [leaf1:Ethernet1/48, oob-sw1:15]}");
        assertThat(result.problems()).isEmpty();
        assertThat(result.counts()).containsEntry("links", 5).containsEntry("one-sided", 4);
    }

    @Test
    void a_napalm_neighbour_without_a_system_name_is_left_out_with_a_note_not_an_error() throws Exception {
        SourceResult result = new LldpReader().read(fixture("napalm-devices"), "sources/lldp", ImportRules.defaults());

        assertThat(notes(result, ImportNote.Kind.UNKNOWN_NEIGHBOUR)).containsExactly(
                "sources/lldp/leaf1.json#/Ethernet1~12/0 leaf1:Ethernet1/2 sees a neighbour without a system name"
                        + " (chassis 48:0F:CF:28:8A:1B): no device of the model, left out");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void a_device_without_neighbours_is_an_empty_object_and_gives_no_link() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("lldp"));
        Files.writeString(folder.resolve("leaf3.json"), "{}\n");
        Files.writeString(folder.resolve("leaf4.json"), "{\"Ethernet1\": []}\n");

        SourceResult result = new LldpReader().read(folder, "sources/lldp", ImportRules.defaults());

        assertThat(links(result)).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void the_getter_result_saved_under_its_name_is_read_as_the_table_not_as_a_device() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("nornir"));
        Files.writeString(folder.resolve("leaf1.json"), """
                {"get_lldp_neighbors_detail": {
                  "Ethernet1/1": [{"parent_interface": "", "remote_chassis_id": "3C:FD:FE:B1:0C:20",
                    "remote_port": "3c:fd:fe:b1:0c:20", "remote_port_description": "vmnic0",
                    "remote_system_name": "esx-a1", "remote_system_description": "VMware ESX",
                    "remote_system_capab": ["bridge"], "remote_system_enable_capab": ["bridge"]}],
                  "Ethernet1/2": [{"remote_port": "3c:fd:fe:b1:0c:21", "remote_port_description": "",
                    "remote_system_name": "esx-a1"}]}}
                """);
        Path keyed = Files.writeString(temp.resolve("all.json"), """
                {"leaf2": {"get_lldp_neighbors_detail": {
                  "Ethernet1/1": [{"remote_port": "vmnic1", "remote_port_description": "",
                    "remote_system_name": "esx-a1"}]}}}
                """);

        SourceResult perDevice = new LldpReader().read(folder, "sources/nornir", ImportRules.defaults());
        SourceResult byDevice = new LldpReader().read(keyed, "sources/all.json", ImportRules.defaults());

        assertThat(links(perDevice)).containsExactly("{between: [leaf1:Ethernet1/1, esx-a1:vmnic0]}");
        assertThat(notes(perDevice, ImportNote.Kind.WARNING)).containsExactly(
                "sources/nornir/leaf1.json#/get_lldp_neighbors_detail/Ethernet1~12/0 leaf1:Ethernet1/2 sees esx-a1 on"
                        + " the port id 3c:fd:fe:b1:0c:21, a MAC address, and no remote_port_description names it:"
                        + " left out; overlay key links: - {between: [leaf1:Ethernet1/2, esx-a1:<port>]} adds the link");
        assertThat(links(byDevice)).containsExactly("{between: [leaf2:Ethernet1/1, esx-a1:vmnic1]}");
        assertThat(((DocList) byDevice.document().entries().get("links")).items().get(0).origin())
                .hasToString("sources/all.json#/leaf2/get_lldp_neighbors_detail/Ethernet1~11/0");
    }

    @Test
    void an_arista_neighbour_whose_port_id_is_a_mac_address_is_left_out_with_the_overlay_key_that_adds_it()
            throws Exception {
        Path folder = Files.createDirectories(temp.resolve("arista"));
        Files.writeString(folder.resolve("leaf1.json"), """
                {
                    "tablesLastChangeTime": 1448356585.4279644,
                    "tablesAgeOuts": 0,
                    "tablesInserts": 2,
                    "lldpNeighbors": [
                        {"ttl": 120, "neighborDevice": "esx-a1", "neighborPort": "0800.274f.332d", "port": "Ethernet1"},
                        {"ttl": 120, "neighborDevice": "spine1.dc1.example.com", "neighborPort": "Ethernet1/1",
                         "port": "Ethernet49/1"}
                    ],
                    "tablesDeletes": 0,
                    "tablesDrops": 0
                }
                """);

        SourceResult result = new LldpReader().read(folder, "sources/arista", ImportRules.defaults());

        assertThat(links(result)).containsExactly("{between: [leaf1:Ethernet49/1, spine1.dc1.example.com:Ethernet1/1]}");
        assertThat(notes(result, ImportNote.Kind.WARNING)).containsExactly(
                "sources/arista/leaf1.json#/lldpNeighbors/0 leaf1:Ethernet1 sees esx-a1 on the port id 0800.274f.332d,"
                        + " a MAC address, and show lldp neighbors gives no port description to name it: left out;"
                        + " overlay key links: - {between: [leaf1:Ethernet1, esx-a1:<port>]} adds the link (or read the"
                        + " neighbours from NAPALM get_lldp_neighbors_detail, whose remote_port_description names the"
                        + " port)");
        assertThat(result.problems()).isEmpty();
    }
}
