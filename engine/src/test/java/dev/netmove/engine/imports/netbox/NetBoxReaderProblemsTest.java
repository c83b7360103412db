package dev.netmove.engine.imports.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetBoxReaderProblemsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path copyOfPod() throws IOException {
        Path target = dir.resolve("netbox");
        try (Stream<Path> files = Files.walk(NetBoxReaderTest.POD)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(NetBoxReaderTest.POD.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        return target;
    }

    private SourceResult read(Path folder) {
        return new NetBoxReader().read(folder, "sources/netbox", NetBoxReaderTest.rules(false));
    }

    @Test
    void an_object_that_cannot_be_read_is_a_problem_at_its_json_pointer_and_the_rest_is_read() throws IOException {
        Path folder = copyOfPod();
        Path interfaces = folder.resolve("dcim/interfaces.json");
        JsonNode pages = JSON.readTree(interfaces.toFile());
        ((ObjectNode) pages.get(1).get("results").get(2)).put("speed", "fast");
        ((ObjectNode) pages.get(0).get("results").get(3)).putNull("name");
        JSON.writeValue(interfaces.toFile(), pages);
        Path vms = folder.resolve("virtualization/virtual-machines.json");
        JsonNode page = JSON.readTree(vms.toFile());
        ((ObjectNode) page.get("results").get(0)).put("memory", "8 GB");
        JSON.writeValue(vms.toFile(), page);

        SourceResult result = read(folder);

        assertThat(result.problems()).map(Object::toString).containsExactly(
                "sources/netbox/dcim/interfaces.json#/0/results/3: an interface without a name; expected an interface"
                        + " object with device {id, name} and name",
                "sources/netbox/dcim/interfaces.json#/1/results/2/speed: speed \"fast\"; expected the interface speed"
                        + " in Kbps, a whole number, or null",
                "sources/netbox/virtualization/virtual-machines.json#/results/0/memory: memory \"8 GB\"; expected the"
                        + " VM memory in MB, a whole number, or null");
        assertThat(result.counts()).containsEntry("links", 15).containsEntry("vms", 4);
    }

    @Test
    void a_missing_folder_is_refused_with_its_path() {
        assertThatThrownBy(() -> read(dir.resolve("nowhere"))).isInstanceOf(SourceException.class)
                .hasMessage("sources/netbox: does not exist; expected a folder of NetBox REST API list responses"
                        + " (dcim/devices.json, dcim/interfaces.json, ...)");
    }

    @Test
    void a_folder_without_netbox_files_is_refused() throws IOException {
        Files.writeString(dir.resolve("vInfo.csv"), "VM,Host\n");
        assertThatThrownBy(() -> read(dir)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("sources/netbox: holds none of NetBox's list files; expected dcim/devices.json,");
    }

    @Test
    void a_file_that_is_not_json_is_refused_with_its_path_and_what_was_expected() throws IOException {
        Path folder = copyOfPod();
        Files.writeString(folder.resolve("dcim/cables.json"), "<html><body>Login</body></html>\n");
        assertThatThrownBy(() -> read(folder)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("sources/netbox/dcim/cables.json: not JSON (")
                .hasMessageContaining("at line 1, column 1); expected the body of NetBox's /api/dcim/cables/ list"
                        + " ({\"count\", \"next\", \"results\": [...]}), or a JSON array of such pages");
    }

    @Test
    void deep_nesting_and_a_key_twice_are_refused_in_plain_words_with_the_place() throws IOException {
        Path folder = copyOfPod();
        Files.writeString(folder.resolve("dcim/cables.json"), "{\"count\": 1, \"next\": null, \"results\": ["
                + "[".repeat(2000) + "]".repeat(2000) + "]}");
        assertThatThrownBy(() -> read(folder)).isInstanceOf(SourceException.class)
                .hasMessage("sources/netbox/dcim/cables.json: JSON nested deeper than the 1000 levels netmove reads (at"
                        + " line 1, column 1038); expected the body of NetBox's /api/dcim/cables/ list ({\"count\","
                        + " \"next\", \"results\": [...]}), or a JSON array of such pages");
        Files.writeString(folder.resolve("dcim/cables.json"), "{\"count\": 1, \"next\": null,\n \"results\": [],"
                + " \"results\": []}");
        assertThatThrownBy(() -> read(folder)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("sources/netbox/dcim/cables.json: not JSON netmove reads (the key \"results\""
                        + " twice in one object at line 2, column ")
                .hasMessageContaining(": which value is meant cannot be told; keep one); expected the body of NetBox's");
        // a field netmove reads, twice in one result (in two spellings); a field it skips may repeat: nothing changes
        Files.writeString(folder.resolve("dcim/cables.json"), "{\"count\": 1, \"next\": null, \"results\": [\n"
                + " {\"id\": 1, \"url\": \"a\", \"url\": \"b\", \"status\": \"connected\", \"Status\": \"planned\"}]}");
        assertThatThrownBy(() -> read(folder)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("sources/netbox/dcim/cables.json: not JSON netmove reads (the key \"Status\""
                        + " twice in one object at line 2, column ");
    }

    @Test
    void a_file_of_another_tools_shape_is_refused() throws IOException {
        Path folder = copyOfPod();
        // NAPALM get_lldp_neighbors_detail saved where the devices should be
        Files.writeString(folder.resolve("dcim/devices.json"),
                "{\"core1\": {\"Ethernet1/1\": [{\"remote_system_name\": \"agg1\", \"remote_port\": \"Ethernet1/49\"}]}}");
        assertThatThrownBy(() -> read(folder)).isInstanceOf(SourceException.class)
                .hasMessage("sources/netbox/dcim/devices.json: is not a NetBox list response: found an object with core1;"
                        + " expected the body of NetBox's /api/dcim/devices/ list ({\"count\", \"next\", \"results\": [...]}),"
                        + " or a JSON array of such pages");
    }

    @Test
    void netbox_3_field_names_and_bare_choice_strings_are_read_too() throws IOException {
        Path folder = dir.resolve("nb34");
        Files.createDirectories(folder.resolve("dcim"));
        Files.writeString(folder.resolve("dcim/devices.json"), """
                {"count": 2, "next": null, "previous": null, "results": [
                  {"id": 1, "name": "leaf1", "device_role": {"id": 4, "name": "Leaf", "slug": "leaf"},
                   "site": {"id": 1, "name": "DC2", "slug": "dc2"}, "location": null, "cluster": null, "status": "active"},
                  {"id": 2, "name": "spine1", "device_role": {"id": 5, "name": "Spine", "slug": "spine"},
                   "site": {"id": 1, "name": "DC2", "slug": "dc2"}, "location": null, "cluster": null, "status": "active"}]}
                """);
        Files.writeString(folder.resolve("dcim/interfaces.json"), """
                {"count": 2, "next": null, "previous": null, "results": [
                  {"id": 11, "device": {"id": 1, "name": "leaf1"}, "name": "Ethernet49", "type": "100gbase-x-qsfp28",
                   "speed": null, "mode": "tagged", "untagged_vlan": {"id": 7, "vid": 10, "name": "servers"},
                   "tagged_vlans": [{"id": 8, "vid": 20, "name": "storage"}], "lag": null, "mgmt_only": false,
                   "connected_endpoint_type": "dcim.interface",
                   "connected_endpoint": {"id": 21, "device": {"id": 2, "name": "spine1"}, "name": "Ethernet1"}},
                  {"id": 21, "device": {"id": 2, "name": "spine1"}, "name": "Ethernet1", "type": "100gbase-x-qsfp28",
                   "speed": 40000000, "mode": "tagged", "untagged_vlan": null,
                   "tagged_vlans": [{"id": 7, "vid": 10, "name": "servers"}, {"id": 8, "vid": 20, "name": "storage"}],
                   "lag": null, "mgmt_only": false}]}
                """);
        Files.writeString(folder.resolve("dcim/cables.json"), """
                {"count": 1, "next": null, "previous": null, "results": [
                  {"id": 5, "termination_a_type": "dcim.interface", "termination_a_id": 11,
                   "termination_a": {"id": 11, "device": {"id": 1, "name": "leaf1"}, "name": "Ethernet49"},
                   "termination_b_type": "dcim.interface", "termination_b_id": 21,
                   "termination_b": {"id": 21, "device": {"id": 2, "name": "spine1"}, "name": "Ethernet1"},
                   "status": "connected", "label": ""}]}
                """);

        SourceResult result = read(folder);

        assertThat(DocText.of(result.document().entries().get("devices")))
                .isEqualTo("{leaf1: {role: leaf, site: dc2, vlans: 10,20}, spine1: {role: spine, site: dc2, vlans: 10,20}}");
        assertThat(NetBoxReaderTest.links(result)).containsExactly("{between: [{port: leaf1:Ethernet49, native: 10},"
                + " spine1:Ethernet1], speed: 40Gbps, mode: trunk, vlans: 10,20}");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void glbp_groups_are_read_and_a_mode_netmove_does_not_model_is_a_warning() throws IOException {
        Path folder = copyOfPod();
        Path groups = folder.resolve("ipam/fhrp-groups.json");
        JsonNode page = JSON.readTree(groups.toFile());
        ((ObjectNode) page.get("results").get(1)).put("protocol", "glbp");
        JSON.writeValue(groups.toFile(), page);
        Path interfaces = folder.resolve("dcim/interfaces.json");
        JsonNode pages = JSON.readTree(interfaces.toFile());
        ObjectNode qinq = (ObjectNode) pages.get(0).get("results").get(0);
        qinq.putObject("mode").put("value", "q-in-q").put("label", "Q-in-Q (802.1ad)");
        JSON.writeValue(interfaces.toFile(), pages);

        SourceResult result = read(folder);

        assertThat(DocText.of(((dev.netmove.engine.imports.DocNode.DocMap) result.document().entries().get("devices"))
                .entries().get("agg1"))).contains("900: {ip: 10.9.0.2/24, glbp: {group: 90, vip: 10.9.0.1, priority: 120}}");
        assertThat(result.notes()).map(n -> n.origin() + ": " + n.text()).contains("sources/netbox/dcim/interfaces.json#/0/results/0/mode:"
                + " interface core1:Ethernet1/1 has 802.1Q mode q-in-q, which netmove does not model: its settings are left out");
    }

    private static List<String> warnings(SourceResult result) {
        return result.notes().stream().filter(n -> n.kind() == ImportNote.Kind.WARNING).map(n -> n.origin() + ": " + n.text()).toList();
    }

    @Test
    void a_file_saved_as_the_first_page_only_is_read_with_a_warning_naming_it_and_what_it_holds() throws IOException {
        Path folder = copyOfPod();
        // what a browser saves from /api/virtualization/virtual-machines/?limit=2: the first of two pages
        Path vms = folder.resolve("virtualization/virtual-machines.json");
        ObjectNode page = (ObjectNode) JSON.readTree(vms.toFile());
        ArrayNode results = (ArrayNode) page.get("results");
        results.remove(3);
        results.remove(2);
        page.put("next", "https://netbox.example.com/api/virtualization/virtual-machines/?limit=2&offset=2");
        JSON.writeValue(vms.toFile(), page);

        SourceResult result = read(folder);

        assertThat(warnings(result)).contains("sources/netbox/virtualization/virtual-machines.json: holds 2 of the 4"
                + " results NetBox counted, and its last page still links to a next page: pages are missing, and what"
                + " they hold is left out of the import; save every page of /api/virtualization/virtual-machines/, as a"
                + " JSON array of the page bodies, or pull live with netmove:import -Dnetbox.url=...");
        assertThat(result.counts()).containsEntry("vms", 2);
        assertThat(NetBoxReaderTest.section(result, "vms").entries().keySet()).containsExactly("app01", "db01");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void an_array_of_pages_without_its_last_page_or_without_its_first_is_read_with_a_warning() throws IOException {
        Path folder = copyOfPod();
        Path interfaces = folder.resolve("dcim/interfaces.json");
        ArrayNode pages = (ArrayNode) JSON.readTree(interfaces.toFile()); // two pages of ?limit=30, count 51
        JSON.writeValue(interfaces.toFile(), JSON.createArrayNode().add(pages.get(0)));
        Path lastOnly = dir.resolve("lastOnly");
        Files.createDirectories(lastOnly.resolve("dcim"));
        Files.copy(folder.resolve("dcim/devices.json"), lastOnly.resolve("dcim/devices.json"));
        JSON.writeValue(lastOnly.resolve("dcim/interfaces.json").toFile(), pages.get(1));

        assertThat(warnings(read(folder))).filteredOn(w -> w.startsWith("sources/netbox/dcim/interfaces.json: "))
                .containsExactly("sources/netbox/dcim/interfaces.json: holds 30 of the 51 results NetBox counted, and"
                        + " its last page still links to a next page: pages are missing, and what they hold is left out of"
                        + " the import; save every page of /api/dcim/interfaces/, as a JSON array of the page bodies, or"
                        + " pull live with netmove:import -Dnetbox.url=...");
        assertThat(warnings(read(lastOnly))).filteredOn(w -> w.startsWith("sources/netbox/dcim/interfaces.json: "))
                .containsExactly("sources/netbox/dcim/interfaces.json: holds 21 of the 51 results NetBox counted: pages"
                        + " are missing, and what they hold is left out of the import; save every page of"
                        + " /api/dcim/interfaces/, as a JSON array of the page bodies, or pull live with netmove:import"
                        + " -Dnetbox.url=...");
    }

    @Test
    void a_page_saved_twice_is_told_as_such_not_as_missing_pages() throws IOException {
        Path folder = copyOfPod();
        // a page whose next links to itself, saved twice: 8 results of the 4 NetBox counted
        Path vms = folder.resolve("virtualization/virtual-machines.json");
        ObjectNode page = (ObjectNode) JSON.readTree(vms.toFile());
        String self = "https://netbox.example.com/api/virtualization/virtual-machines/?limit=1000";
        page.put("next", self);
        JSON.writeValue(vms.toFile(), JSON.createArrayNode().add(page).add(page));
        // the first page of interfaces saved twice: 60 of 51, the two pages linking on to the same page
        Path interfaces = folder.resolve("dcim/interfaces.json");
        ArrayNode pages = (ArrayNode) JSON.readTree(interfaces.toFile());
        JSON.writeValue(interfaces.toFile(), JSON.createArrayNode().add(pages.get(0)).add(pages.get(0)).add(pages.get(1)));

        List<String> warnings = warnings(read(folder));

        assertThat(warnings).filteredOn(w -> w.startsWith("sources/netbox/virtualization/virtual-machines.json: "))
                .containsExactly("sources/netbox/virtualization/virtual-machines.json: holds 8 results, more than the 4"
                        + " NetBox counted, and pages /0 and /1 are the same page (both link on to " + self + "): a page"
                        + " is saved twice, or NetBox's next link leads back to a page already read: results are read"
                        + " more than once; save each page of /api/virtualization/virtual-machines/ once, as a JSON array"
                        + " of the page bodies, or pull live with netmove:import -Dnetbox.url=...");
        assertThat(warnings).filteredOn(w -> w.startsWith("sources/netbox/dcim/interfaces.json: "))
                .singleElement().asString().startsWith("sources/netbox/dcim/interfaces.json: holds 81 results, more"
                        + " than the 51 NetBox counted, and pages /0 and /1 are the same page (both link on to ");
        assertThat(warnings).noneMatch(w -> w.contains("pages are missing"));
    }

    @Test
    void a_file_holding_every_page_gets_no_warning_about_missing_pages() {
        SourceResult pod = read(NetBoxReaderTest.POD);
        assertThat(warnings(pod)).noneMatch(w -> w.contains("pages are missing"));
    }
}
