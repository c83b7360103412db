package dev.netmove.engine.imports.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.SourceResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small exports in the shapes NetBox's own serializers write them (3.3, 3.7 and 4.x: brief nested objects,
 * choice objects, nulls for every empty field), each read into what a user sees in the imported document.
 */
class NetBoxRealShapesTest {

    @TempDir
    Path dir;

    private static final String AGG1 = "{\"id\": 3, \"url\": \"https://netbox.example.com/api/dcim/devices/3/\","
            + " \"display\": \"agg1\", \"name\": \"agg1\", \"description\": \"\"}";
    private static final String CORE1 = "{\"id\": 1, \"url\": \"https://netbox.example.com/api/dcim/devices/1/\","
            + " \"display\": \"core1\", \"name\": \"core1\", \"description\": \"\"}";

    private Path write(String folder, String endpoint, String... results) throws IOException {
        Path file = dir.resolve(folder).resolve(endpoint + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"count\": " + results.length + ", \"next\": null, \"previous\": null, \"results\": ["
                + String.join(",\n", results) + "]}\n");
        return dir.resolve(folder);
    }

    private SourceResult read(Path folder) {
        return new NetBoxReader().read(folder, "sources/netbox", NetBoxReaderTest.rules(false));
    }

    private static String device(SourceResult result, String name) {
        return DocText.of(((DocMap) result.document().entries().get("devices")).entries().get(name));
    }

    /** NetBox 4.x: agg1 and core1 cabled on Ethernet1/49 -- Ethernet1/1, and agg1's interface Vlan110 (id 118). */
    private Path twoSwitches(String folder) throws IOException {
        write(folder, "dcim/devices", device(1, "core1", "core"), device(3, "agg1", "aggregation"));
        write(folder, "dcim/interfaces",
                "{\"id\": 101, \"display\": \"Ethernet1/1\", \"device\": " + CORE1 + ", \"name\": \"Ethernet1/1\","
                        + " \"type\": {\"value\": \"40gbase-x-qsfpp\", \"label\": \"QSFP+ (40GE)\"}, \"enabled\": true,"
                        + " \"parent\": null, \"bridge\": null, \"lag\": null, \"speed\": null, \"mgmt_only\": false,"
                        + " \"mode\": null, \"untagged_vlan\": null, \"tagged_vlans\": [], \"qinq_svlan\": null,"
                        + " \"connected_endpoints\": [{\"id\": 114, \"display\": \"Ethernet1/49\", \"device\": " + AGG1
                        + ", \"name\": \"Ethernet1/49\", \"description\": \"\", \"cable\": 1, \"_occupied\": true}],"
                        + " \"connected_endpoints_type\": \"dcim.interface\", \"connected_endpoints_reachable\": true}",
                "{\"id\": 114, \"display\": \"Ethernet1/49\", \"device\": " + AGG1 + ", \"name\": \"Ethernet1/49\","
                        + " \"type\": {\"value\": \"40gbase-x-qsfpp\", \"label\": \"QSFP+ (40GE)\"}, \"enabled\": true,"
                        + " \"parent\": null, \"bridge\": null, \"lag\": null, \"speed\": null, \"mgmt_only\": false,"
                        + " \"mode\": null, \"untagged_vlan\": null, \"tagged_vlans\": [], \"qinq_svlan\": null,"
                        + " \"connected_endpoints\": [{\"id\": 101, \"display\": \"Ethernet1/1\", \"device\": " + CORE1
                        + ", \"name\": \"Ethernet1/1\", \"description\": \"\", \"cable\": 1, \"_occupied\": true}],"
                        + " \"connected_endpoints_type\": \"dcim.interface\", \"connected_endpoints_reachable\": true}",
                "{\"id\": 118, \"display\": \"Vlan110\", \"device\": " + AGG1 + ", \"name\": \"Vlan110\","
                        + " \"type\": {\"value\": \"virtual\", \"label\": \"Virtual\"}, \"enabled\": true, \"parent\": null,"
                        + " \"lag\": null, \"speed\": null, \"mgmt_only\": false, \"mode\": null, \"untagged_vlan\": null,"
                        + " \"tagged_vlans\": [], \"cable\": null, \"link_peers\": [], \"link_peers_type\": null,"
                        + " \"connected_endpoints\": null, \"connected_endpoints_type\": null,"
                        + " \"connected_endpoints_reachable\": null}");
        return dir.resolve(folder);
    }

    private static String device(int id, String name, String role) {
        return "{\"id\": " + id + ", \"url\": \"https://netbox.example.com/api/dcim/devices/" + id + "/\", \"display\": \""
                + name + "\", \"name\": \"" + name + "\", \"device_type\": {\"id\": 2, \"display\": \"N9K-C93180YC-FX\","
                + " \"manufacturer\": {\"id\": 1, \"name\": \"Cisco\", \"slug\": \"cisco\"}, \"model\": \"N9K-C93180YC-FX\","
                + " \"slug\": \"n9k-c93180yc-fx\", \"description\": \"\"}, \"role\": {\"id\": 4, \"display\": \"" + role
                + "\", \"name\": \"" + role + "\", \"slug\": \"" + role + "\", \"description\": \"\"}, \"tenant\": null,"
                + " \"platform\": null, \"site\": {\"id\": 1, \"display\": \"DC1\", \"name\": \"DC1\", \"slug\": \"dc1\","
                + " \"description\": \"\"}, \"location\": null, \"rack\": null, \"position\": null, \"face\": null,"
                + " \"status\": {\"value\": \"active\", \"label\": \"Active\"}, \"primary_ip4\": null, \"cluster\": null,"
                + " \"virtual_chassis\": null, \"config_context\": {}, \"custom_fields\": {}}";
    }

    private static String address(int id, String address, String role, int interfaceId, String iface, String device) {
        String roleJson = role == null ? "null" : "{\"value\": \"" + role + "\", \"label\": \"" + role.toUpperCase() + "\"}";
        return "{\"id\": " + id + ", \"display\": \"" + address + "\", \"family\": {\"value\": 4, \"label\": \"IPv4\"},"
                + " \"address\": \"" + address + "\", \"vrf\": null, \"tenant\": null, \"status\": {\"value\": \"active\","
                + " \"label\": \"Active\"}, \"role\": " + roleJson + ", \"assigned_object_type\": \"dcim.interface\","
                + " \"assigned_object_id\": " + interfaceId + ", \"assigned_object\": {\"id\": " + interfaceId
                + ", \"display\": \"" + iface + "\", \"device\": " + device + ", \"name\": \"" + iface + "\","
                + " \"description\": \"\", \"cable\": null, \"_occupied\": false}, \"nat_inside\": null, \"nat_outside\": [],"
                + " \"dns_name\": \"\", \"description\": \"\"}";
    }

    @Test
    void an_svi_address_of_role_hsrp_or_vip_is_the_shared_gateway_not_the_switchs_own_address() throws IOException {
        Path folder = twoSwitches("vip");
        // NetBox lists addresses by address: the gateway .1, kept on the SVI with role HSRP, comes before .2
        write("vip", "ipam/ip-addresses",
                address(21, "10.1.110.1/24", "hsrp", 118, "Vlan110", AGG1),
                address(22, "10.1.110.2/24", null, 118, "Vlan110", AGG1),
                address(23, "10.1.110.254/24", "vip", 118, "Vlan110", AGG1));

        SourceResult result = read(folder);

        assertThat(device(result, "agg1")).isEqualTo("{role: aggregation, site: dc1, vlans: 110, svis: {110: {ip: 10.1.110.2/24}}}");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void a_secondary_address_that_sorts_first_is_not_the_svis_address() throws IOException {
        Path folder = twoSwitches("secondary");
        // 10.1.11.2 sorts before 10.1.110.2 in NetBox's address order
        write("secondary", "ipam/ip-addresses",
                address(24, "10.1.11.2/24", "secondary", 118, "Vlan110", AGG1),
                address(21, "10.1.110.2/24", null, 118, "Vlan110", AGG1));

        SourceResult result = read(folder);

        assertThat(device(result, "agg1")).contains("svis: {110: {ip: 10.1.110.2/24}}");
    }

    @Test
    void field_names_are_read_without_case_wherever_the_capitals_are() throws IOException {
        Path folder = twoSwitches("case");
        write("case", "ipam/ip-addresses", address(22, "10.1.110.2/24", null, 118, "Vlan110", AGG1)
                .replace("\"assigned_object_type\"", "\"Assigned_Object_Type\"")
                .replace("\"assigned_object_id\"", "\"assigned_Object_ID\""));
        Path interfaces = folder.resolve("dcim/interfaces.json");
        Files.writeString(interfaces, Files.readString(interfaces).replace("\"connected_endpoints\"", "\"connected_Endpoints\"")
                .replace("\"connected_endpoints_type\"", "\"connected_endpoints_TYPE\""));

        SourceResult result = read(folder);

        assertThat(NetBoxReaderTest.links(result)).containsExactly("{between: [agg1:Ethernet1/49, core1:Ethernet1/1],"
                + " speed: 40Gbps}");
        assertThat(device(result, "agg1")).contains("svis: {110: {ip: 10.1.110.2/24}}");
    }
}
