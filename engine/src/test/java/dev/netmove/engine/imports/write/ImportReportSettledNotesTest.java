package dev.netmove.engine.imports.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.topology.load.TopologyLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import report leaves out a source's warning about a VM that the overlay settled: removed the VM, or gave
 * the port group the warning says is missing. The NetBox pod fixture's app01 has no interface with an untagged VLAN.
 */
class ImportReportSettledNotesTest {

    private static final String APP01_WARNING = "sources/netbox/virtualization/virtual-machines.json#/results/0: VM app01"
            + " has no interface with an untagged VLAN: its port group must come from vCenter or vms.app01.portGroup";

    @TempDir
    Path project;

    @BeforeEach
    void pod() throws IOException {
        NetBoxPodProject.copyPages(project);
    }

    private String report(String app01) throws IOException {
        NetBoxPodProject.writeOverlay(project, app01);
        try {
            NetBoxPodProject.runImport(project);
        } catch (TopologyLoadException e) {
            // a VM without a port group fails the import, which still writes its report
        }
        return Files.readString(project.resolve("target/netmove/import-report.txt"));
    }

    @Test
    void a_vm_the_overlay_removes_gets_no_warning() throws IOException {
        String report = report("null");
        assertThat(report).startsWith("netmove import report: pod-a.yaml\n\nsources\n").contains("warnings (")
                .doesNotContain("app01");
    }

    @Test
    void a_vm_whose_port_group_the_overlay_gives_gets_no_warning_that_it_has_none() throws IOException {
        String report = report("{ portGroup: app }");
        assertThat(report).startsWith("netmove import report: pod-a.yaml\n\nsources\n").contains("warnings (")
                .doesNotContain("VM app01 has no interface with an untagged VLAN");
    }

    @Test
    void a_vm_the_overlay_leaves_alone_keeps_its_warning() throws IOException {
        String report = report("{ memory: 8GiB }");
        assertThat(report).contains("vms.app01: missing portGroup").contains("\n  " + APP01_WARNING + "\n");
    }

    @Test
    void a_vm_named_in_capitals_takes_the_port_group_of_its_netbox_vlan_under_its_own_name() throws IOException {
        Path vms = project.resolve("sources/netbox/virtualization/virtual-machines.json");
        Files.writeString(vms, Files.readString(vms).replace("\"name\": \"db01\"", "\"name\": \"DB01\""));
        NetBoxPodProject.writeOverlay(project, "{ portGroup: app }");
        ImportCommand.Outcome outcome = NetBoxPodProject.runImport(project);
        assertThat(Files.readString(outcome.written())).contains("  DB01:\n").containsPattern(
                "  DB01:\\n(    [^\\n]*\\n)*    portGroup: db\\n");
    }
}
