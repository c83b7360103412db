package dev.netmove.engine.imports.rvtools;

import static dev.netmove.engine.imports.vcenter.DocText.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceResult;
import dev.netmove.engine.imports.vcenter.DocText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RvToolsReaderTest {

    private static final String A1 = "esx-a1.dc1.example.com";
    private static final String A3 = "esx-a3.dc1.example.com";

    @TempDir
    Path tmp;

    private final RvToolsReader reader = new RvToolsReader();

    static Path fixture() throws URISyntaxException {
        return Path.of(RvToolsReaderTest.class.getResource("/imports/rvtools/csv/RVTools_tabvInfo.csv").toURI())
                .getParent();
    }

    private SourceResult readFixture() throws URISyntaxException {
        return reader.read(fixture(), "sources/rvtools", ImportRules.defaults());
    }

    @Test
    void hosts_get_cluster_memory_port_groups_vmotion_and_uplinks_from_the_csv_export() throws Exception {
        DocNode doc = readFixture().document();

        assertThat(DocText.of(at(doc, "devices", A1))).isEqualTo("{role: host, cluster: prod-a, memory: 512GiB,"
                + " portGroups: {Management Network: 0, app: 130, web: 110, db: 120, backup: 0},"
                + " vmotion: {vlan: 900, ip: 10.9.0.11/24}, uplinks: [vmnic0, vmnic1, vmnic2, vmnic3]}");
        assertThat(DocText.of(at(doc, "devices", A3))).isEqualTo("{role: host, cluster: prod-a, memory: 768GiB,"
                + " portGroups: {Management Network: 0, app: 130}, vmotion: {vlan: 900, ip: 10.9.0.13/23},"
                + " uplinks: [vmnic0, vmnic1]}");
        assertThat(((DocNode.DocMap) at(doc, "devices")).entries()).containsOnlyKeys(A1, "esx-a2.dc1.example.com", A3);
    }

    @Test
    void vms_take_the_first_connected_nic_consumed_memory_and_leave_templates_out() throws Exception {
        SourceResult result = readFixture();
        DocNode doc = result.document();

        assertThat(DocText.of(at(doc, "vms", "web01")))
                .isEqualTo("{host: " + A1 + ", portGroup: web, ip: 10.1.110.21, memory: 16GiB, inUse: 59.9%}");
        // db01's first NIC (backup) is disconnected: its port group is that of adapter 2
        assertThat(DocText.of(at(doc, "vms", "db01")))
                .isEqualTo("{host: esx-a2.dc1.example.com, portGroup: db, ip: 10.1.120.11, memory: 64GiB, inUse: 89.9%}");
        assertThat(((DocNode.DocMap) at(doc, "vms")).entries()).containsOnlyKeys("web01", "db01", "app01");
        assertThat(result.counts()).containsEntry("vms", 3).containsEntry("templates left out", 1)
                .containsEntry("hosts", 3).containsEntry("vmotion", 3);
    }

    @Test
    void a_powered_off_vm_is_imported_with_its_first_nic_and_marked_in_the_report() throws Exception {
        SourceResult result = readFixture();

        assertThat(DocText.of(at(result.document(), "vms", "app01")))
                .isEqualTo("{host: " + A3 + ", portGroup: app, memory: 8GiB}");
        assertThat(result.notes()).filteredOn(n -> n.text().contains("app01"))
                .extracting(n -> n.origin().toString(), ImportNote::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sources/rvtools/RVTools_tabvInfo.csv:4",
                        "VM app01 is powered off: imported (it moves with its host as well), its port group from its"
                                + " first NIC"));
        assertThat(result.counts()).containsEntry("vms powered off", 1);
    }

    @Test
    void trunk_port_groups_are_skipped_with_a_note_at_their_row() throws Exception {
        SourceResult result = readFixture();

        assertThat(result.notes()).filteredOn(n -> n.kind() == ImportNote.Kind.SKIPPED)
                .extracting(n -> n.origin() + " " + n.text())
                .containsExactly("sources/rvtools/RVTools_tabvPort.csv:11 port group nested-lab on host " + A3
                        + " trunks all VLANs to the guest (VLAN 4095): not a VM network, left out",
                        "sources/rvtools/RVTools_tabdvPort.csv:5 distributed port group dvs-prod-DVUplinks-40 has VLAN"
                                + " \"0-4094\" (a trunk range, private VLAN or uplink group): not a VM network, left out");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void every_fact_remembers_its_file_and_line() throws Exception {
        DocNode doc = readFixture().document();

        assertThat(at(doc, "vms", "db01", "memory").origin()).hasToString("sources/rvtools/RVTools_tabvInfo.csv:3");
        assertThat(at(doc, "vms", "db01", "portGroup").origin())
                .hasToString("sources/rvtools/RVTools_tabvNetwork.csv:4");
        assertThat(at(doc, "vms", "web01", "inUse").origin()).hasToString("sources/rvtools/RVTools_tabvMemory.csv:2");
        assertThat(at(doc, "devices", A1, "vmotion").origin()).hasToString("sources/rvtools/RVTools_tabvSC_VMK.csv:3");
        assertThat(at(doc, "devices", A1, "portGroups", "web").origin())
                .hasToString("sources/rvtools/RVTools_tabdvPort.csv:2");
    }

    @Test
    void the_xlsx_workbook_gives_the_same_document_with_sheet_and_row_places() throws Exception {
        Path xlsx = RvToolsWorkbook.write(fixture(), tmp.resolve("RVTools_export_all.xlsx"));

        SourceResult fromXlsx = reader.read(xlsx, "sources/RVTools_export_all.xlsx", ImportRules.defaults());

        assertThat(DocText.of(fromXlsx.document())).isEqualTo(DocText.of(readFixture().document()));
        assertThat(at(fromXlsx.document(), "vms", "db01", "portGroup").origin())
                .hasToString("sources/RVTools_export_all.xlsx#vNetwork!4");
        assertThat(fromXlsx.problems()).isEmpty();
    }

    @Test
    void a_semicolon_export_with_internal_column_names_reads_the_same() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("rv"));
        write(folder.resolve("RVTools_tabvInfo.csv"), "\uFEFFvInfoVMName;vInfoPowerstate;vInfoTemplate;vInfoMemory;"
                + "vInfoHost;vInfoCluster;vInfoPrimaryIPAddress;vInfoNetwork1\n"
                + "web01;poweredOn;False;16384;esx-a1;prod-a;10.1.110.21;web\n");
        write(folder.resolve("RVTools_tabvHost.csv"), "vHostName;vHostCluster;vHostMemorySize\nesx-a1;prod-a;524288\n");

        DocNode doc = reader.read(folder, "rv", ImportRules.defaults()).document();

        assertThat(DocText.of(doc)).isEqualTo("{devices: {esx-a1: {role: host, cluster: prod-a, memory: 512GiB}},"
                + " vms: {web01: {host: esx-a1, portGroup: web, ip: 10.1.110.21, memory: 16GiB}}}");
    }

    @Test
    void rows_that_cannot_be_read_are_problems_at_their_line_and_the_rest_is_read() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("bad"));
        write(folder.resolve("RVTools_tabvInfo.csv"), "VM,Powerstate,Template,Memory,Host\n"
                + "web01,poweredOn,False,sixteen,esx-a1\n"
                + ",poweredOn,False,4096,esx-a1\n"
                + "web02,poweredOn,False,4096,esx-a1\n"
                + "web03,poweredOn,False,\"4096,esx-a1\n"
                + "web04,poweredOn,False,4096,esx-a1\n");

        SourceResult result = reader.read(folder, "bad", ImportRules.defaults());

        assertThat(result.problems()).extracting(Object::toString).containsExactly(
                "bad/RVTools_tabvInfo.csv:2: Memory \"sixteen\"; expected a whole number of MiB in column Memory of"
                        + " sheet vInfo",
                "bad/RVTools_tabvInfo.csv:3: a row with no VM; expected the VM's name in column VM of sheet vInfo",
                "bad/RVTools_tabvInfo.csv:5: a quoted field opens on line 5 and its closing quote (\") is"
                        + " missing, so the rest of the file would be read into that field; expected the quote closed,"
                        + " and a quote inside a quoted field written twice (\"\"); the rows after it cannot be told"
                        + " apart and are not read");
        assertThat(((DocNode.DocMap) at(result.document(), "vms")).entries()).containsOnlyKeys("web01", "web02");
    }

    @Test
    void a_vinfo_of_another_shape_is_refused_with_the_file_and_the_columns_expected() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("other"));
        write(folder.resolve("RVTools_tabvInfo.csv"), "device,port,neighbor,neighbor_port\nagg1,Eth1/1,core1,Eth1/1\n");

        assertThatThrownBy(() -> reader.read(folder, "other", ImportRules.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessage("other/RVTools_tabvInfo.csv: is not RVTools' vInfo sheet: it has no VM column (found"
                        + " device, port, neighbor, neighbor_port); expected the columns VM, Powerstate, Template,"
                        + " Memory, Host, Cluster, Primary IP Address");
    }

    @Test
    void a_folder_without_vinfo_a_missing_path_and_a_file_that_is_no_workbook_are_refused() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path notXlsx = tmp.resolve("export.xlsx");
        write(notXlsx, "VM,Host\nweb01,esx-a1\n");

        assertThatThrownBy(() -> reader.read(empty, "empty", ImportRules.defaults()))
                .hasMessageStartingWith("empty: has no RVTools_tabvInfo.csv; expected the folder RVTools writes");
        assertThatThrownBy(() -> reader.read(tmp.resolve("nope"), "nope", ImportRules.defaults()))
                .hasMessageStartingWith("nope: does not exist; expected the folder RVTools writes");
        assertThatThrownBy(() -> reader.read(notXlsx, "export.xlsx", ImportRules.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("export.xlsx: is not an .xlsx workbook; expected the .xlsx workbook RVTools"
                        + " writes");
    }

    @Test
    void without_a_services_column_the_vmotion_vmk_is_found_by_the_port_group_rule() throws Exception {
        Path folder = copyOfFixture();
        write(folder.resolve("RVTools_tabvSC_VMK.csv"), "Host,Port Group,Device,IP Address,Subnet mask\n"
                + A1 + ",Management Network,vmk0,10.0.10.11,255.255.255.0\n"
                + A1 + ",vMotion,vmk1,10.9.0.11,255.255.255.0\n");
        ImportRules noMatch = new ImportRules(List.of(), true, true, false,
                java.util.regex.Pattern.compile("^live-migration$"), java.util.Optional.empty());

        assertThat(DocText.of(at(reader.read(folder, "rv", ImportRules.defaults()).document(), "devices", A1,
                "vmotion"))).isEqualTo("{vlan: 900, ip: 10.9.0.11/24}");
        assertThat(at(reader.read(folder, "rv", noMatch).document(), "devices", A1).toString()).doesNotContain("vmotion");
    }

    private Path copyOfFixture() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("copy"));
        try (Stream<Path> files = Files.list(fixture())) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
