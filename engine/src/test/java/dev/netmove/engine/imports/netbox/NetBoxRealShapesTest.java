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

    @Test
    void netbox_3_3_cables_terminations_device_role_and_l2vpns_kept_under_ipam_are_read() throws IOException {
        String leaf1 = "{\"id\": 1, \"url\": \"https://nb.example.com/api/dcim/devices/1/\", \"display\": \"leaf1\", \"name\": \"leaf1\"}";
        String spine1 = "{\"id\": 2, \"url\": \"https://nb.example.com/api/dcim/devices/2/\", \"display\": \"spine1\", \"name\": \"spine1\"}";
        write("nb33", "dcim/devices", """
                {"id": 1, "url": "https://nb.example.com/api/dcim/devices/1/", "display": "leaf1", "name": "leaf1",
                 "device_type": {"id": 1, "display": "DCS-7050SX3", "manufacturer": {"id": 1, "name": "Arista", "slug": "arista"},
                  "model": "DCS-7050SX3", "slug": "dcs-7050sx3"},
                 "device_role": {"id": 1, "url": "https://nb.example.com/api/dcim/device-roles/1/", "display": "Leaf",
                  "name": "Leaf", "slug": "leaf"},
                 "tenant": null, "platform": null, "serial": "", "asset_tag": null,
                 "site": {"id": 1, "display": "DC1", "name": "DC1", "slug": "dc1"},
                 "location": {"id": 2, "display": "Hall 1", "name": "Hall 1", "slug": "hall-1", "_depth": 0},
                 "rack": null, "position": null, "face": null, "parent_device": null,
                 "status": {"value": "active", "label": "Active"}, "airflow": null, "primary_ip": null, "primary_ip4": null,
                 "primary_ip6": null, "cluster": null, "virtual_chassis": null, "vc_position": null, "vc_priority": null,
                 "comments": "", "local_context_data": null, "tags": [], "custom_fields": {}}""", """
                {"id": 2, "url": "https://nb.example.com/api/dcim/devices/2/", "display": "spine1", "name": "spine1",
                 "device_role": {"id": 2, "display": "Spine", "name": "Spine", "slug": "spine"},
                 "site": {"id": 1, "display": "DC1", "name": "DC1", "slug": "dc1"}, "location": null,
                 "status": {"value": "active", "label": "Active"}, "cluster": null}""");
        write("nb33", "dcim/interfaces", """
                {"id": 11, "display": "Ethernet49/1", "device": %s, "module": null, "name": "Ethernet49/1", "label": "",
                 "type": {"value": "100gbase-x-qsfp28", "label": "QSFP28 (100GE)"}, "enabled": true, "parent": null,
                 "bridge": null, "lag": null, "mtu": null, "mac_address": null, "speed": null, "duplex": null, "wwn": null,
                 "mgmt_only": false, "description": "", "mode": null, "rf_role": null, "untagged_vlan": null,
                 "tagged_vlans": [], "mark_connected": false, "cable": {"id": 5, "display": "#5", "label": ""},
                 "wireless_link": null, "link_peers": [], "link_peers_type": null, "wireless_lans": [], "vrf": null,
                 "connected_endpoints": null, "connected_endpoints_type": null, "connected_endpoints_reachable": null,
                 "count_ipaddresses": 1, "count_fhrp_groups": 0, "_occupied": true}""".formatted(leaf1), """
                {"id": 12, "display": "Loopback1", "device": %s, "name": "Loopback1",
                 "type": {"value": "virtual", "label": "Virtual"}, "lag": null, "speed": null, "mgmt_only": false,
                 "mode": null, "untagged_vlan": null, "tagged_vlans": [], "connected_endpoints": null}""".formatted(leaf1), """
                {"id": 13, "display": "Ethernet2", "device": %s, "name": "Ethernet2",
                 "type": {"value": "25gbase-x-sfp28", "label": "SFP28 (25GE)"}, "lag": null, "speed": null,
                 "mgmt_only": false, "mode": {"value": "access", "label": "Access"},
                 "untagged_vlan": {"id": 7, "url": "https://nb.example.com/api/ipam/vlans/7/", "display": "web (110)",
                  "vid": 110, "name": "web"}, "tagged_vlans": [], "connected_endpoints": null}""".formatted(leaf1), """
                {"id": 21, "display": "Ethernet1/1", "device": %s, "name": "Ethernet1/1",
                 "type": {"value": "100gbase-x-qsfp28", "label": "QSFP28 (100GE)"}, "lag": null, "speed": null,
                 "mgmt_only": false, "mode": null, "untagged_vlan": null, "tagged_vlans": [], "connected_endpoints": null}"""
                .formatted(spine1));
        write("nb33", "dcim/cables", """
                {"id": 5, "url": "https://nb.example.com/api/dcim/cables/5/", "display": "#5", "type": "dac-active",
                 "a_terminations": [{"object_type": "dcim.interface", "object_id": 11, "object": {"id": 11,
                  "url": "https://nb.example.com/api/dcim/interfaces/11/", "display": "Ethernet49/1", "device": %s,
                  "name": "Ethernet49/1", "cable": 5, "_occupied": true}}],
                 "b_terminations": [{"object_type": "dcim.interface", "object_id": 21, "object": {"id": 21,
                  "url": "https://nb.example.com/api/dcim/interfaces/21/", "display": "Ethernet1/1", "device": %s,
                  "name": "Ethernet1/1", "cable": 5, "_occupied": true}}],
                 "status": {"value": "connected", "label": "Connected"}, "tenant": null, "label": "", "color": "",
                 "length": null, "length_unit": null, "tags": [], "custom_fields": {}}""".formatted(leaf1, spine1));
        write("nb33", "ipam/vlans", """
                {"id": 7, "display": "web (110)", "site": null, "group": null, "vid": 110, "name": "web", "tenant": null,
                 "status": {"value": "active", "label": "Active"}, "role": null}""");
        write("nb33", "ipam/ip-addresses", """
                {"id": 31, "display": "10.0.0.11/32", "family": {"value": 4, "label": "IPv4"}, "address": "10.0.0.11/32",
                 "vrf": null, "tenant": null, "status": {"value": "active", "label": "Active"},
                 "role": {"value": "loopback", "label": "Loopback"}, "assigned_object_type": "dcim.interface",
                 "assigned_object_id": 12, "assigned_object": {"id": 12, "display": "Loopback1", "device": %s,
                  "name": "Loopback1", "cable": null, "_occupied": false}, "nat_inside": null, "nat_outside": []}"""
                .formatted(leaf1));
        // NetBox 3.3 to 3.6 keep L2VPNs under ipam/; the nested l2vpn writes its type as a bare string
        write("nb33", "ipam/l2vpns", """
                {"id": 1, "display": "web", "identifier": 10110, "name": "web", "slug": "web",
                 "type": {"value": "vxlan-evpn", "label": "VXLAN-EVPN"}, "import_targets": [], "export_targets": [],
                 "description": "", "tenant": null}""");
        write("nb33", "ipam/l2vpn-terminations", """
                {"id": 1, "display": "web <> web", "l2vpn": {"id": 1, "display": "web", "identifier": 10110,
                  "name": "web", "slug": "web", "type": "vxlan-evpn"},
                 "assigned_object_type": "ipam.vlan", "assigned_object_id": 7,
                 "assigned_object": {"id": 7, "url": "https://nb.example.com/api/ipam/vlans/7/", "display": "web (110)",
                  "vid": 110, "name": "web"}}""");

        SourceResult result = read(dir.resolve("nb33"));

        assertThat(device(result, "leaf1")).isEqualTo("{role: leaf, site: dc1, pod: Hall 1, vlans: 110,"
                + " vxlan: {vtep: 10.0.0.11, vnis: {110: 10110}}}");
        assertThat(device(result, "spine1")).isEqualTo("{role: spine, site: dc1}");
        assertThat(NetBoxReaderTest.links(result)).containsExactly("{between: [leaf1:Ethernet49/1, spine1:Ethernet1/1],"
                + " speed: 100Gbps}");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void netbox_3_7_hosts_and_vms_with_their_nulls_are_read_and_both_role_fields_agree() throws IOException {
        String esx = "{\"id\": 5, \"url\": \"https://nb.example.com/api/dcim/devices/5/\", \"display\": \"esx01\", \"name\": \"esx01\"}";
        String leaf1 = "{\"id\": 1, \"display\": \"leaf1\", \"name\": \"leaf1\"}";
        String role = "{\"id\": 1, \"display\": \"Leaf\", \"name\": \"Leaf\", \"slug\": \"leaf\"}";
        String server = "{\"id\": 9, \"display\": \"Server\", \"name\": \"Server\", \"slug\": \"server\"}";
        String cluster = "{\"id\": 1, \"url\": \"https://nb.example.com/api/virtualization/clusters/1/\", \"display\": \"prod\", \"name\": \"prod\"}";
        // 3.6 and 3.7 write the device role twice: role, and device_role (deprecated)
        write("nb37", "dcim/devices", """
                {"id": 1, "display": "leaf1", "name": "leaf1", "role": %s, "device_role": %s,
                 "site": {"id": 1, "name": "DC1", "slug": "dc1"}, "location": null, "cluster": null}""".formatted(role, role), """
                {"id": 5, "display": "esx01", "name": "esx01", "role": %s, "device_role": %s,
                 "site": {"id": 1, "name": "DC1", "slug": "dc1"}, "location": null, "cluster": %s}"""
                .formatted(server, server, cluster));
        write("nb37", "dcim/interfaces", """
                {"id": 11, "device": %s, "name": "Ethernet1", "type": {"value": "25gbase-x-sfp28", "label": "SFP28 (25GE)"},
                 "lag": null, "speed": null, "mgmt_only": false, "mode": {"value": "tagged", "label": "Tagged"},
                 "untagged_vlan": null, "tagged_vlans": [{"id": 7, "display": "web (110)", "vid": 110, "name": "web"}],
                 "connected_endpoints": [{"id": 51, "device": %s, "name": "vmnic0", "cable": 3, "_occupied": true}],
                 "connected_endpoints_type": "dcim.interface", "connected_endpoints_reachable": true}""".formatted(leaf1, esx), """
                {"id": 51, "device": %s, "name": "vmnic0", "type": {"value": "25gbase-x-sfp28", "label": "SFP28 (25GE)"},
                 "lag": null, "speed": 25000000, "mgmt_only": false, "mode": null, "untagged_vlan": null, "tagged_vlans": [],
                 "connected_endpoints": [{"id": 11, "device": %s, "name": "Ethernet1", "cable": 3, "_occupied": true}],
                 "connected_endpoints_type": "dcim.interface", "connected_endpoints_reachable": true}""".formatted(esx, leaf1), """
                {"id": 52, "device": %s, "name": "vmk1", "type": {"value": "virtual", "label": "Virtual"}, "lag": null,
                 "speed": null, "mgmt_only": false, "mode": null,
                 "untagged_vlan": {"id": 9, "display": "vmotion (900)", "vid": 900, "name": "vmotion"}, "tagged_vlans": [],
                 "connected_endpoints": null, "connected_endpoints_type": null, "connected_endpoints_reachable": null}"""
                .formatted(esx));
        write("nb37", "ipam/ip-addresses", address(40, "10.9.0.11/24", null, 52, "vmk1", esx));
        write("nb37", "virtualization/virtual-machines", """
                {"id": 100, "url": "https://nb.example.com/api/virtualization/virtual-machines/100/", "display": "web01",
                 "name": "web01", "status": {"value": "active", "label": "Active"}, "site": {"id": 1, "name": "DC1", "slug": "dc1"},
                 "cluster": %s, "device": %s, "role": null, "tenant": null, "platform": null,
                 "primary_ip": {"id": 60, "display": "10.1.110.21/24", "family": 4, "address": "10.1.110.21/24"},
                 "primary_ip4": {"id": 60, "url": "https://nb.example.com/api/ipam/ip-addresses/60/", "display": "10.1.110.21/24",
                  "family": 4, "address": "10.1.110.21/24"}, "primary_ip6": null, "vcpus": "4.00", "memory": 16384,
                 "disk": 80, "description": "", "comments": "", "config_template": null, "local_context_data": null,
                 "tags": [], "custom_fields": {}, "interface_count": 1}""".formatted(cluster, esx), """
                {"id": 101, "display": "batch07", "name": "batch07", "status": {"value": "planned", "label": "Planned"},
                 "site": null, "cluster": %s, "device": null, "role": null, "primary_ip": null, "primary_ip4": null,
                 "primary_ip6": null, "vcpus": null, "memory": null, "disk": null, "interface_count": 0}""".formatted(cluster));
        write("nb37", "virtualization/interfaces", """
                {"id": 200, "display": "eth0", "virtual_machine": {"id": 100, "url": "https://nb.example.com/api/virtualization/virtual-machines/100/",
                  "display": "web01", "name": "web01"}, "name": "eth0", "enabled": true, "parent": null, "bridge": null,
                 "mtu": null, "mac_address": null, "description": "", "mode": {"value": "access", "label": "Access"},
                 "untagged_vlan": {"id": 7, "display": "web (110)", "vid": 110, "name": "web"}, "tagged_vlans": [],
                 "vrf": null, "l2vpn_termination": null, "count_ipaddresses": 1, "count_fhrp_groups": 0}""");

        SourceResult result = read(dir.resolve("nb37"));

        assertThat(device(result, "leaf1")).isEqualTo("{role: leaf, site: dc1, vlans: 110}");
        // a host's vmkernel ports are no SVIs, and its role is host whatever NetBox calls it
        assertThat(device(result, "esx01")).isEqualTo("{role: host, site: dc1, cluster: prod}");
        assertThat(NetBoxReaderTest.links(result)).containsExactly("{between: [esx01:vmnic0,"
                + " {port: leaf1:Ethernet1, mode: trunk, vlans: 110}], speed: 25Gbps}");
        assertThat(DocText.of(result.document().entries().get("vms")))
                .isEqualTo("{web01: {host: esx01, ip: 10.1.110.21, memory: 16384MB}, batch07: {}}");
        assertThat(DocText.of(result.document().entries().get("vmVlans"))).isEqualTo("{web01: 110}");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void a_path_through_a_circuit_is_no_link_though_netbox_names_the_far_interface_as_its_endpoint() throws IOException {
        Path folder = twoSwitches("circuit");
        Path interfaces = folder.resolve("dcim/interfaces.json");
        // NetBox traces a cable path through a circuit's A and Z terminations to the interface beyond it
        String wan = """
                {"id": %d, "display": "Ethernet1/10", "device": %s, "name": "Ethernet1/10",
                 "type": {"value": "10gbase-x-sfpp", "label": "SFP+ (10GE)"}, "lag": null, "speed": null, "mgmt_only": false,
                 "mode": null, "untagged_vlan": null, "tagged_vlans": [], "cable": {"id": %d, "display": "#%d", "label": ""},
                 "link_peers": [{"id": %d, "url": "https://netbox.example.com/api/circuits/circuit-terminations/%d/",
                  "display": "CID-4711: Termination %s", "circuit": {"id": 1, "display": "CID-4711", "cid": "CID-4711"},
                  "term_side": "%s", "description": "", "cable": %d, "_occupied": true}],
                 "link_peers_type": "circuits.circuittermination",
                 "connected_endpoints": [{"id": %d, "display": "Ethernet1/10", "device": %s, "name": "Ethernet1/10",
                  "cable": %d, "_occupied": true}],
                 "connected_endpoints_type": "dcim.interface", "connected_endpoints_reachable": true}""";
        String text = Files.readString(interfaces);
        text = text.substring(0, text.lastIndexOf(']')) + ",\n"
                + wan.formatted(110, CORE1, 8, 8, 1, 1, "A", "A", 8, 140, AGG1, 9) + ",\n"
                + wan.formatted(140, AGG1, 9, 9, 2, 2, "Z", "Z", 9, 110, CORE1, 8) + "]}";
        Files.writeString(interfaces, text.replace("\"count\": 3", "\"count\": 5"));
        write("circuit", "dcim/cables", """
                {"id": 8, "display": "#8", "a_terminations": [{"object_type": "dcim.interface", "object_id": 110,
                  "object": {"id": 110, "display": "Ethernet1/10", "device": %s, "name": "Ethernet1/10"}}],
                 "b_terminations": [{"object_type": "circuits.circuittermination", "object_id": 1,
                  "object": {"id": 1, "display": "CID-4711: Termination A", "circuit": {"id": 1, "cid": "CID-4711"},
                   "term_side": "A"}}], "status": {"value": "connected", "label": "Connected"}}""".formatted(CORE1));

        SourceResult result = read(folder);

        assertThat(NetBoxReaderTest.links(result)).containsExactly("{between: [agg1:Ethernet1/49, core1:Ethernet1/1],"
                + " speed: 40Gbps}");
        assertThat(result.problems()).isEmpty();
    }
}
