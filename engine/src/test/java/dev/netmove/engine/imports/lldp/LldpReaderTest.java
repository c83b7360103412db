package dev.netmove.engine.imports.lldp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocumentMerge;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceResult;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LldpReaderTest {

    @TempDir
    Path temp;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(LldpReaderTest.class.getResource("/imports/lldp/" + name).toURI());
    }

    private static List<String> links(SourceResult result) {
        DocList links = (DocList) result.document().entries().get("links");
        return links.items().stream().map(DocumentMerge::text).toList();
    }

    @Test
    void napalm_detail_pairs_both_ends_and_resolves_mac_port_ids_through_the_description() throws Exception {
        SourceResult result = new LldpReader().read(fixture("napalm-all.json"), "sources/lldp.json", ImportRules.defaults());
        assertThat(links(result)).containsExactly("{between: [leaf1:Ethernet1/49, leaf2.dc1.example.com:Ethernet1/49]}",
                "{between: [leaf1:Ethernet1/1, esx1:vmnic0]}");
        // a port that cannot be named is a gap the overlay fills, not a file that cannot be read
        assertThat(result.problems()).isEmpty();
        assertThat(result.notes()).extracting(n -> n.origin() + " " + n.text()).containsExactly(
                "sources/lldp.json#/leaf1/Ethernet1~12/0 leaf1:Ethernet1/2 sees esx1 on the port id 3cfd.feb1.0c21, a"
                        + " MAC address, and no remote_port_description names it: left out; overlay key links: -"
                        + " {between: [leaf1:Ethernet1/2, esx1:<port>]} adds the link",
                "sources/lldp.json#/leaf1/Ethernet1~11/0 leaf1:Ethernet1/1 sees esx1:vmnic0, but esx1 reports no "
                        + "neighbour on that port");
        assertThat(result.counts()).containsEntry("links", 2).containsEntry("one-sided", 1);
    }

    @Test
    void arista_files_per_device_name_the_device_after_the_file() throws Exception {
        SourceResult result = new LldpReader().read(fixture("arista"), "sources/arista", ImportRules.defaults());
        assertThat(links(result)).containsExactly("{between: [leaf1:Ethernet49/1, spine1.dc1.example.com:Ethernet1/1]}",
                "{between: [leaf1:Ethernet1, esx1:vmnic0]}");
        assertThat(result.notes()).singleElement().satisfies(n ->
                assertThat(n.origin()).hasToString("sources/arista/leaf1.json#/lldpNeighbors/1"));
    }

    @Test
    void batfish_edges_are_links_and_a_broken_edge_is_a_problem_at_its_pointer() throws Exception {
        SourceResult result = new LldpReader().read(fixture("layer1_topology.json"), "layer1_topology.json",
                ImportRules.defaults());
        assertThat(links(result)).containsExactly(
                "{between: [as1border1:GigabitEthernet0/0, as1core1:GigabitEthernet1/0]}");
        assertThat(result.notes()).isEmpty();
        assertThat(result.problems()).extracting(p -> p.origin().toString()).containsExactly("layer1_topology.json#/edges/2");
    }

    @Test
    void a_neighbour_list_that_is_no_list_is_a_problem_at_its_key() throws IOException {
        Path arista = Files.writeString(temp.resolve("leaf1.json"), "{\"lldpNeighbors\": {\"port\": \"Ethernet1\"}}");
        assertThat(new LldpReader().read(arista, "sources/leaf1.json", ImportRules.defaults()).problems())
                .extracting(Object::toString).containsExactly("sources/leaf1.json#/lldpNeighbors: not a list; expected "
                        + "lldpNeighbors: a list of {port, neighborDevice, neighborPort}");
        Path batfish = Files.writeString(temp.resolve("layer1_topology.json"), "{\"edges\": \"none\"}");
        assertThat(new LldpReader().read(batfish, "layer1_topology.json", ImportRules.defaults()).problems())
                .extracting(Object::toString).containsExactly("layer1_topology.json#/edges: not a list; expected "
                        + "edges: a list of {node1: {hostname, interfaceName}, node2: {...}}");
    }

    @Test
    void json_of_another_tool_and_text_that_is_no_json_are_refused_with_the_path() throws IOException {
        Path netbox = Files.writeString(temp.resolve("devices.json"), "{\"count\": 1, \"next\": null, \"results\": [{}]}");
        assertThatThrownBy(() -> new LldpReader().read(netbox, "sources/devices.json", ImportRules.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessage("sources/devices.json: found an object with the keys [count, next, results], which is no "
                        + "neighbour table; expected " + LldpReader.EXPECTED);
        Path broken = Files.writeString(temp.resolve("x.json"), "{\"leaf1\": ");
        assertThatThrownBy(() -> new LldpReader().read(broken, "x.json", ImportRules.defaults()))
                .hasMessageStartingWith("x.json: not JSON (Unexpected end-of-input").hasMessageContaining(" at line 1, column ");
        assertThatThrownBy(() -> new LldpReader().read(temp.resolve("none.csv"), "none.csv", ImportRules.defaults()))
                .hasMessageStartingWith("none.csv: no such file or folder; expected a neighbour table");
    }

    @Test
    void a_key_written_twice_in_one_object_is_refused_at_its_place() throws IOException {
        Path napalm = Files.writeString(temp.resolve("leaf1.json"), """
                {"Ethernet1": [{"remote_system_name": "esx01", "remote_port": "vmnic0"}],
                 "Ethernet1": [{"remote_system_name": "esx02", "remote_port": "vmnic0"}]}
                """);

        assertThatThrownBy(() -> new LldpReader().read(napalm, "sources/leaf1.json", ImportRules.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("sources/leaf1.json: not JSON netmove reads (the key \"Ethernet1\" twice in one"
                        + " object at line 2, column ")
                .hasMessageContaining("keep one)");
    }

    @Test
    void a_csv_that_breaks_is_refused_in_the_words_of_a_user_not_of_a_library() throws IOException {
        Path quoted = Files.writeString(temp.resolve("quoted.csv"), "device,port,neighbor,neighbor_port\n"
                + "leaf1,Eth1/1,esx1,vmnic0\n\"leaf1\"x,Eth1/2,esx2,vmnic0\n");
        assertThatThrownBy(() -> new LldpReader().read(quoted, "lldp.csv", ImportRules.defaults()))
                .hasMessage("lldp.csv: not CSV (Invalid character between encapsulated token and delimiter at line: 3,"
                        + " position: 68); expected a neighbour table CSV with the header device,port,neighbor,neighbor_port"
                        + "[,speed]");
        // a quote opened on line 3 and never closed: the line it opened on, not Commons CSV's words
        Path open = Files.writeString(temp.resolve("open.csv"), "device,port,neighbor,neighbor_port\n"
                + "leaf1,Eth1/1,esx1,vmnic0\nleaf1,\"Eth1/2,esx2,vmnic0\nleaf1,Eth1/3,esx3,vmnic0\nleaf1,Eth1/4,esx4,vmnic0\n");
        assertThatThrownBy(() -> new LldpReader().read(open, "lldp.csv", ImportRules.defaults()))
                .hasMessage("lldp.csv:3: a quoted field opens on line 3 and its closing quote (\") is missing, so the"
                        + " rest of the file would be read into that field; expected the quote closed, and a quote"
                        + " inside a quoted field written twice (\"\")");
        Path twice = Files.writeString(temp.resolve("twice.csv"), "device,port,neighbor,neighbor_port,device\n");
        assertThatThrownBy(() -> new LldpReader().read(twice, "lldp.csv", ImportRules.defaults()))
                .hasMessageStartingWith("lldp.csv: found the column device twice in the header [device, port, neighbor,"
                        + " neighbor_port, device]; expected a neighbour table CSV");
    }

    @Test
    void csv_headers_are_read_in_any_case_and_rows_keep_their_line() throws IOException {
        Path csv = Files.writeString(temp.resolve("lldp.csv"), "Device,Port,Neighbor,Neighbor_Port\n\n"
                + "leaf1,Eth1/1,esx1,vmnic0\n");
        SourceResult result = new LldpReader().read(csv, "lldp.csv", ImportRules.defaults());
        DocNode link = ((DocList) result.document().entries().get("links")).items().get(0);
        assertThat(((DocMap) link).origin()).hasToString("lldp.csv:3");
    }
}
