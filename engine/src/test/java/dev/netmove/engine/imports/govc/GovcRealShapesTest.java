package dev.netmove.engine.imports.govc;

import static dev.netmove.engine.imports.vcenter.DocText.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceResult;
import dev.netmove.engine.imports.vcenter.DocText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small govc outputs in the shapes govc writes them: before its camelCase change (Go's PascalCase field names,
 * interface values bare) and after it ({@code _typeName}, primitive values of {@code AnyType} fields wrapped as
 * {@code {"_typeName", "_value"}}), each read into what a user sees in the imported document and notes.
 */
class GovcRealShapesTest {

    @TempDir
    Path dir;

    private final GovcReader reader = new GovcReader();

    private Path host(String folder, String host, String file, String json) throws IOException {
        Path path = dir.resolve(folder).resolve("hosts").resolve(host).resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, json);
        return dir.resolve(folder);
    }

    private SourceResult read(Path folder) {
        return reader.read(folder, "sources/govc", ImportRules.defaults());
    }

    @Test
    void older_govc_pascal_case_vm_info_and_hints_are_read_like_camel_case() throws IOException {
        Path folder = host("old", "esx01", "info.json", """
                {"Self": {"Type": "HostSystem", "Value": "host-31"}, "Name": "esx01.dc1.example.com",
                 "Parent": {"Type": "ClusterComputeResource", "Value": "domain-c8"},
                 "Summary": {"Hardware": {"MemorySize": 274877906944}}}
                """);
        host("old", "esx01", "hint.json", """
                {"Hint": [
                  {"Device": "vmnic0", "Subnet": null, "Network": null,
                   "ConnectedSwitchPort": {"CdpVersion": 2, "Timeout": 0, "Ttl": 171, "Samples": 1210,
                    "DevId": "acc1.dc1.example.com", "Address": "10.0.0.21", "PortId": "Ethernet1/7",
                    "DeviceCapability": {"Router": true, "TransparentBridge": false, "NetworkSwitch": true},
                    "SoftwareVersion": "", "HardwarePlatform": "N9K-C93180YC-FX", "IpPrefix": "", "IpPrefixLen": 0,
                    "Vlan": 1, "FullDuplex": true, "Mtu": 9216, "SystemName": "acc1", "SystemOID": "", "MgmtAddr": "10.0.0.21",
                    "Location": ""},
                   "LldpInfo": null},
                  {"Device": "vmnic1", "Subnet": null, "Network": null, "ConnectedSwitchPort": null,
                   "LldpInfo": {"ChassisId": "00:1c:73:aa:bb:02", "PortId": "Ethernet7", "TimeToLive": 120,
                    "Parameter": [{"Key": "Port Description", "Value": "esx01 vmnic1"},
                                  {"Key": "System Name", "Value": "acc2.dc1.example.com"}]}}
                ]}
                """);
        Files.writeString(folder.resolve("vms.json"), """
                {"VirtualMachines": [
                  {"Self": {"Type": "VirtualMachine", "Value": "vm-301"}, "Name": "web01",
                   "Config": {"Name": "web01", "Template": false,
                    "Hardware": {"NumCPU": 2, "MemoryMB": 8192, "Device": [
                     {"Key": 4000, "DeviceInfo": {"Label": "Network adapter 1", "Summary": "web"},
                      "Backing": {"DeviceName": "web", "UseAutoDetect": false,
                       "Network": {"Type": "Network", "Value": "network-12"}},
                      "MacAddress": "00:50:56:9a:30:01"}]}},
                   "Runtime": {"Host": {"Type": "HostSystem", "Value": "host-31"}, "PowerState": "poweredOn"},
                   "Guest": {"IpAddress": "10.1.110.31",
                    "Net": [{"Network": "web", "IpAddress": ["fe80::250:56ff:fe9a:3001", "10.1.110.31"],
                             "MacAddress": "00:50:56:9a:30:01", "Connected": true, "DeviceConfigId": 4000}]}}
                ]}
                """);

        SourceResult result = read(folder);

        assertThat(DocText.of(at(result.document(), "links"))).isEqualTo("[{between: [esx01.dc1.example.com:vmnic0,"
                + " acc1.dc1.example.com:Ethernet1/7]}, {between: [esx01.dc1.example.com:vmnic1,"
                + " acc2.dc1.example.com:Ethernet7]}]");
        assertThat(DocText.of(at(result.document(), "vms"))).isEqualTo("{web01: {host: esx01.dc1.example.com,"
                + " portGroup: web, ip: 10.1.110.31, memory: 8GiB}}");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void a_nexus_cdp_device_id_with_its_serial_number_names_the_switch_without_it() throws IOException {
        Path folder = host("cdp", "esx01", "hint.json", """
                {"hint": [{"_typeName": "PhysicalNicHintInfo", "device": "vmnic0",
                  "connectedSwitchPort": {"_typeName": "PhysicalNicCdpInfo", "cdpVersion": 2, "ttl": 164,
                   "devId": "acc1(FDO21120U8N)", "address": "10.0.0.21", "portId": "Ethernet1/7",
                   "hardwarePlatform": "N9K-C93180YC-FX", "systemName": "acc1", "mgmtAddr": "10.0.0.21"}}]}
                """);

        SourceResult result = read(folder);

        assertThat(DocText.of(at(result.document(), "links"))).isEqualTo("[{between: [esx01:vmnic0, acc1:Ethernet1/7]}]");
    }

    @Test
    void an_lldp_port_id_that_is_a_mac_address_leaves_the_port_to_the_port_description() throws IOException {
        Path folder = host("lldp", "esx01", "hint.json", """
                {"hint": [
                  {"_typeName": "PhysicalNicHintInfo", "device": "vmnic0",
                   "lldpInfo": {"_typeName": "LinkLayerDiscoveryProtocolInfo", "chassisId": "3c:fd:fe:b1:0c:00",
                    "portId": "3c:fd:fe:b1:0c:07", "timeToLive": 120, "parameter": [
                     {"_typeName": "KeyAnyValue", "key": "Port Description", "value": {"_typeName": "string", "_value": "ethernet1/1/7"}},
                     {"_typeName": "KeyAnyValue", "key": "System Name", "value": {"_typeName": "string", "_value": "acc3 "}}]}},
                  {"_typeName": "PhysicalNicHintInfo", "device": "vmnic1",
                   "lldpInfo": {"_typeName": "LinkLayerDiscoveryProtocolInfo", "chassisId": "3c:fd:fe:b1:0c:00",
                    "portId": "3cfd.feb1.0c08", "timeToLive": 120, "parameter": [
                     {"_typeName": "KeyAnyValue", "key": "System Name", "value": {"_typeName": "string", "_value": "acc3"}}]}}
                ]}
                """);

        SourceResult result = read(folder);

        assertThat(DocText.of(at(result.document(), "links"))).isEqualTo("[{between: [esx01:vmnic0, acc3:ethernet1/1/7]}]");
        assertThat(result.notes()).filteredOn(n -> n.kind() == ImportNote.Kind.UNKNOWN_NEIGHBOUR)
                .extracting(n -> n.origin() + ": " + n.text())
                .containsExactly("sources/govc/hosts/esx01/hint.json#/hint/1/lldpInfo: vmnic1 of host esx01 sees acc3"
                        + " on port 3cfd.feb1.0c08, a MAC address, and no Port Description names the port: the link is"
                        + " left out; overlay key links (between: [esx01:vmnic1, acc3:<port>])");
    }

    @Test
    void a_host_info_json_saved_from_govc_host_info_json_is_read_as_the_host_system() throws IOException {
        Path folder = host("hostinfo", "esx01", "info.json", """
                {"hostSystems": [{"_typeName": "HostSystem",
                  "self": {"_typeName": "ManagedObjectReference", "type": "HostSystem", "value": "host-31"},
                  "name": "esx01.dc1.example.com",
                  "parent": {"_typeName": "ManagedObjectReference", "type": "ClusterComputeResource", "value": "domain-c8"},
                  "summary": {"_typeName": "HostListSummary", "hardware": {"_typeName": "HostHardwareSummary",
                   "vendor": "Dell Inc.", "model": "PowerEdge R650", "memorySize": 274877906944}}}]}
                """);

        SourceResult result = read(folder);

        assertThat(DocText.of(at(result.document(), "devices"))).isEqualTo("{esx01.dc1.example.com: {role: host, memory: 256GiB}}");
        assertThat(at(result.document(), "devices", "esx01.dc1.example.com", "memory").origin())
                .hasToString("sources/govc/hosts/esx01/info.json#/hostSystems/0/summary/hardware/memorySize");
    }

    @Test
    void object_collect_of_one_vm_at_a_time_writes_its_bare_change_list_and_each_list_is_one_vm() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("collect"));
        // govc object.collect -json vm/web01 (no -type): the changes of the one object, without its ObjectUpdate
        Files.writeString(folder.resolve("vms.json"), """
                [{"_typeName": "PropertyChange", "name": "config.hardware.memoryMB", "op": "assign",
                  "val": {"_typeName": "int", "_value": 4096}},
                 {"_typeName": "PropertyChange", "name": "name", "op": "assign", "val": {"_typeName": "string", "_value": "web01"}},
                 {"_typeName": "PropertyChange", "name": "runtime.powerState", "op": "assign",
                  "val": {"_typeName": "VirtualMachinePowerState", "_value": "poweredOn"}}]
                [{"Name": "name", "Op": "assign", "Val": "web02"},
                 {"Name": "summary.config.memorySizeMB", "Op": "assign", "Val": 2048}]
                """);

        SourceResult result = read(folder);

        assertThat(DocText.of(result.document())).isEqualTo("{vms: {web01: {memory: 4GiB}, web02: {memory: 2GiB}}}");
        assertThat(at(result.document(), "vms", "web02", "memory").origin())
                .hasToString("sources/govc/vms.json#/1/1/Val");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void a_host_collected_without_its_vm_list_is_still_found_by_the_moref_its_summary_names() throws IOException {
        // govc object.collect -json host/esx02 name summary parent: no obj, no self, no vm list; summary.host is the MoRef
        Path folder = host("summary", "esx02", "info.json", """
                [{"name": "name", "op": "assign", "val": {"_typeName": "string", "_value": "esx02.dc1.example.com"}},
                 {"name": "parent", "op": "assign", "val": {"_typeName": "ManagedObjectReference",
                  "type": "ClusterComputeResource", "value": "domain-c8"}},
                 {"name": "summary", "op": "assign", "val": {"_typeName": "HostListSummary",
                  "host": {"_typeName": "ManagedObjectReference", "type": "HostSystem", "value": "host-41"},
                  "hardware": {"_typeName": "HostHardwareSummary", "memorySize": 549755813888}}}]
                """);
        Files.writeString(folder.resolve("vms.json"), """
                {"virtualMachines": [{"_typeName": "VirtualMachine", "self": {"_typeName": "ManagedObjectReference",
                  "type": "VirtualMachine", "value": "vm-410"}, "name": "db02",
                  "runtime": {"_typeName": "VirtualMachineRuntimeInfo", "host": {"_typeName": "ManagedObjectReference",
                   "type": "HostSystem", "value": "host-41"}, "powerState": "poweredOn"}}]}
                """);

        SourceResult result = read(folder);

        assertThat(DocText.of(at(result.document(), "vms"))).isEqualTo("{db02: {host: esx02.dc1.example.com}}");
        assertThat(result.notes()).extracting(ImportNote::text).noneMatch(t -> t.contains("host-41"));
    }
}
