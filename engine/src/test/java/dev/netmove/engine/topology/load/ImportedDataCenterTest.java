package dev.netmove.engine.topology.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.imports.Disagreement;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One data center from every source at once, through the real loader: pod A of dc1 as NetBox's saved
 * pages, an RVTools CSV export (or govc JSON) and the access switches' LLDP table describe it, each
 * in its tool's own names ({@code esx-a1.dc1.example.com}, {@code esx-a1}; {@code Eth1/1},
 * {@code Ethernet1/1}), and the topology file holds only the overlay.
 */
class ImportedDataCenterTest {

    static final String OVERLAY = """
            topology: pod-a
            import:
              - netbox: sources/netbox/
              - lldp: sources/lldp.csv
              - rvtools: sources/rvtools/
            importRules:
              roles: { "^agg": aggregation }
            devices:
              core1: { stp: { priority: 4096 } }
            vms:
              web02: { host: esx-a3 }
            """;

    @TempDir
    Path project;

    @BeforeEach
    void copySources() throws IOException {
        ImportFixtures.podA(project);
    }

    private ImportedTopology load(String overlay) throws IOException {
        Path file = Files.writeString(project.resolve("pod-a.yaml"), overlay);
        return new TopologyLoader().read(file, "pod-a.yaml", project);
    }

    @Test
    void every_source_names_the_same_devices_once_normalised() throws IOException {
        Topology t = load(OVERLAY).topology();
        assertThat(t.devices().keySet()).containsExactly("core1", "core2", "agg1", "agg2", "acc1", "acc2", "esx-a1",
                "esx-a2", "esx-a3");
        assertThat(t.vms().keySet()).containsExactly("app01", "db01", "web01", "web02");
        assertThat(t.vms().get("web01").host()).isEqualTo("esx-a1");
        Device host = t.devices().get("esx-a1");
        assertThat(host.hostConfig().cluster()).isEqualTo("prod-a");
        assertThat(host.hostConfig().portGroups()).containsKeys("web", "db", "app");
    }

    @Test
    void lldp_rows_find_netboxs_cables_across_spellings_and_keep_netboxs_per_end_settings() throws IOException {
        Topology t = load(OVERLAY).topology();
        assertThat(t.links()).hasSize(21);
        Link trunk = link(t, "acc1:Ethernet1/1--esx-a1:vmnic0");
        assertThat(trunk.speed()).hasToString("10Gbps");
        assertThat(trunk.end("acc1").vlans()).hasToString("110,120,900");
        assertThat(trunk.end("acc1").nativeVlan()).isEqualTo(110);
        assertThat(trunk.end("esx-a1").nativeVlan()).isEqualTo(1);
        assertThat(t.links()).extracting(Link::name).contains("acc1:Eth1/3--esx-a1:vmnic2", "acc2:Eth1/3--esx-a1:vmnic1")
                .doesNotContain("acc2:Eth1/49--agg1:Eth1/2");
    }

    @Test
    void a_host_cable_no_source_gives_a_speed_runs_at_the_speed_vcenter_reports_for_the_vmnic() throws IOException {
        Topology t = load(OVERLAY).topology();
        // the LLDP rows of vmnic1..3 carry no speed; RVTools' vNIC sheet says 10000 and 25000 Mb/s
        assertThat(link(t, "acc2:Eth1/3--esx-a1:vmnic1").speed()).hasToString("10Gbps");
        assertThat(link(t, "acc1:Eth1/3--esx-a1:vmnic2").speed()).hasToString("25Gbps");
        assertThat(link(t, "acc2:Eth1/5--esx-a2:vmnic3").speed()).hasToString("25Gbps");
    }

    @Test
    void a_vmnic_vcenter_reports_no_speed_for_still_needs_one_and_the_error_names_the_row_and_overlay_key()
            throws IOException {
        Files.writeString(project.resolve("sources/lldp.csv"), Files.readString(project.resolve("sources/lldp.csv"))
                .replace("acc1.dc1.example.com,Eth1/5,esx-a3,vmnic1,10Gbps", "acc1.dc1.example.com,Eth1/5,esx-a3,vmnic1,"));
        // esx-a3's vmnic1 is down in the export (Speed 0)
        assertThatThrownBy(() -> load(OVERLAY))
                .hasMessageContaining("sources/lldp.csv:6: links[acc1:Eth1/5--esx-a3:vmnic1]: ")
                .hasMessageContaining("write links: - { between: [acc1:Eth1/5, esx-a3:vmnic1], speed: ... } in the "
                        + "overlay of pod-a.yaml");
    }

    @Test
    void sources_that_disagree_are_listed_with_both_values_and_files_and_the_later_wins() throws IOException {
        ImportedTopology imported = load(OVERLAY);
        assertThat(imported.imports().disagreements()).extracting(Disagreement::toString).containsExactly(
                "links[acc1:Ethernet1/2--esx-a2:vmnic0].speed: 1Gbps (sources/netbox/dcim/interfaces.json#/1/results/16/type)"
                        + " -> 10Gbps (sources/lldp.csv:3)",
                "vms.web01.memory: 16384MB (sources/netbox/virtualization/virtual-machines.json#/results/2/memory)"
                        + " -> 16GiB (sources/rvtools/RVTools_tabvInfo.csv:2)",
                "vms.db01.ip: 10.1.120.31 (sources/netbox/virtualization/virtual-machines.json#/results/1/primary_ip4/address)"
                        + " -> 10.1.120.11 (sources/rvtools/RVTools_tabvInfo.csv:3)",
                "vms.db01.memory: 32768MB (sources/netbox/virtualization/virtual-machines.json#/results/1/memory)"
                        + " -> 64GiB (sources/rvtools/RVTools_tabvInfo.csv:3)",
                "vms.app01.memory: 8192MB (sources/netbox/virtualization/virtual-machines.json#/results/0/memory)"
                        + " -> 8GiB (sources/rvtools/RVTools_tabvInfo.csv:4)");
        assertThat(imported.topology().vms().get("db01").ip()).hasValueSatisfying(ip -> assertThat(ip).hasToString("10.1.120.11"));
    }

    @Test
    void netbox_memory_in_mib_agrees_with_vcenter_where_both_say_the_same() throws IOException {
        ImportedTopology imported = load(OVERLAY.replace("importRules:\n", "importRules:\n  memoryUnit: MiB\n"));
        assertThat(imported.imports().disagreements()).extracting(Disagreement::path)
                .containsExactly("links[acc1:Ethernet1/2--esx-a2:vmnic0].speed", "vms.db01.ip", "vms.db01.memory");
    }

    @Test
    void a_vm_only_netbox_knows_takes_its_netbox_vlan_as_a_port_group_of_the_host_the_overlay_gives() throws IOException {
        Topology t = load(OVERLAY).topology();
        // esx-a3 has no port group in VLAN 110 (it is not on the distributed switch): one is added
        assertThat(t.vms().get("web02").portGroup()).isEqualTo("vlan110");
        assertThat(t.devices().get("esx-a3").hostConfig().portGroups()).containsEntry("vlan110", new PortGroup("vlan110", 110));
        // web01's port group comes from RVTools, which wins over the NetBox VLAN hint
        assertThat(t.vms().get("web01").portGroup()).isEqualTo("web");
    }

    @Test
    void govc_instead_of_rvtools_gives_the_hosts_and_its_cdp_and_lldp_hints_confirm_netboxs_cables() throws IOException {
        // the govc capture holds the hosts' vSwitch0 NICs only (vmnic0, vmnic1): no speed for the LLDP rows of vmnic2, 3
        Path lldp = project.resolve("sources/lldp.csv");
        Files.writeString(lldp, String.join("\n", Files.readAllLines(lldp).stream()
                .filter(row -> !row.contains("vmnic2") && !row.contains("vmnic3")).toList()) + "\n");
        ImportedTopology imported = load(OVERLAY.replace("rvtools: sources/rvtools/", "govc: sources/govc/"));
        Topology t = imported.topology();
        // govc knows the cluster by its MoRef (domain-c7) only: NetBox's name stays
        assertThat(t.devices().get("esx-a2").hostConfig().cluster()).isEqualTo("prod-a");
        assertThat(t.links()).hasSize(17);
        // the hints say 25Gbps where NetBox's interface speed says 10Gbps: govc comes later and wins
        assertThat(link(t, "acc1:Ethernet1/1--esx-a1:vmnic0").speed()).hasToString("25Gbps");
        assertThat(imported.imports().disagreements()).extracting(Disagreement::toString)
                .contains("links[acc1:Ethernet1/1--esx-a1:vmnic0].speed: 10Gbps (sources/lldp.csv:2) -> 25Gbps "
                        + "(sources/govc/hosts/esx-a1.dc1.example.com/hint.json#/hint/0)")
                .noneMatch(d -> d.contains("cluster"));
    }

    private static Link link(Topology t, String name) {
        return t.links().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no link " + name + " in " + t.links().stream().map(Link::name).toList()));
    }
}
