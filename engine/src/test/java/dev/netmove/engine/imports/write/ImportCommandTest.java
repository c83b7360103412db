package dev.netmove.engine.imports.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoadException;
import dev.netmove.engine.topology.load.TopologyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path project;

    private void sources() throws IOException {
        Files.createDirectories(project.resolve("sources"));
        Files.writeString(project.resolve("sources/lldp.csv"), """
                device,port,neighbor,neighbor_port,speed
                leaf1,Eth1/49,leaf2,Eth1/49,40Gbps
                leaf2,Eth1/49,leaf1,Eth1/49,10Gbps
                leaf1,Eth1/1,esx1.dc1.example.com,vmnic0,10Gbps
                leaf2,Eth1/1,esx2,vmnic0,10Gbps
                leaf2,Eth1/2,nas1,eth0,10Gbps
                """);
        Files.writeString(project.resolve("dc1.yaml"), """
                topology: dc1
                import:
                  - lldp: sources/lldp.csv
                devices:
                  leaf1: { role: leaf, vlans: "110,900" }
                  leaf2: { role: leaf, vlans: "110,900" }
                  esx1: { role: host, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.1/24 } }
                  esx2: { role: host, portGroups: { web: 110 } }
                vms:
                  web01: { host: esx1, portGroup: web, memory: 8GiB }
                  "null": { host: esx1, portGroup: web, memory: 1GiB }
                """);
    }

    private ImportCommand.Outcome run(Path expected) {
        return ImportCommand.run(new ImportCommand.Request(project.resolve("dc1.yaml"), project,
                project.resolve("target/netmove"), expected));
    }

    @Test
    void the_written_file_loads_back_to_the_same_model_and_is_byte_identical_on_a_second_run() throws IOException {
        sources();
        ImportCommand.Outcome outcome = run(null);
        String yaml = Files.readString(outcome.written());
        assertThat(outcome.written()).hasFileName("dc1.imported.yaml");
        // the modeline's schema is written beside the file it describes
        assertThat(outcome.written().resolveSibling("topology-v1.schema.json")).isRegularFile();
        assertThat(yaml).startsWith("# yaml-language-server: $schema=topology-v1.schema.json\n")
                .contains("# source sources/lldp.csv sha256:" + ImportCommand.sha256(project.resolve("sources/lldp.csv")))
                .contains("  - name: leaf1:Eth1/49--leaf2:Eth1/49\n    between:\n      - leaf1:Eth1/49\n");
        Topology original = new TopologyLoader().load(project.resolve("dc1.yaml"), "dc1.yaml", project);
        Topology reloaded = new TopologyLoader().load("dc1.imported.yaml", yaml);
        assertThat(reloaded.links()).isEqualTo(original.links());
        assertThat(reloaded.devices()).isEqualTo(original.devices());
        assertThat(reloaded.vms()).isEqualTo(original.vms());
        assertThat(run(null).written()).hasContent(yaml);
    }

    @Test
    void the_report_lists_counts_disagreements_unknown_neighbours_and_gaps_with_their_overlay_keys() throws IOException {
        sources();
        String report = Files.readString(run(null).report());
        assertThat(report).contains("  lldp sources/lldp.csv: 4 links, 3 one-sided\n")
                .contains("neighbours seen from one end only (3)\n  sources/lldp.csv:4: leaf1:Eth1/1 sees "
                        + "esx1.dc1.example.com:vmnic0, but esx1.dc1.example.com reports no neighbour on that port")
                .contains("warnings (1)\n  sources/lldp.csv:3: the two ends of leaf1:Eth1/49 -- leaf2:Eth1/49 give the "
                        + "speeds 40Gbps and 10Gbps; the lower, 10Gbps, is kept")
                .contains("neighbours that are no device of the model (left out) (1)\n  sources/lldp.csv:6: link "
                        + "leaf2:Eth1/2--nas1:eth0 left out")
                .contains("gaps (the overlay key that fills each) (1)\n  host esx2 has no vMotion interface: "
                        + "devices.esx2.vmotion: { vlan: ..., ip: ... }");
    }

    @Test
    void the_check_says_which_line_drifted_from_the_committed_file() throws IOException {
        sources();
        Path committed = project.resolve("src/test/features/dc1.imported.yaml");
        Files.createDirectories(committed.getParent());
        Files.writeString(committed, Files.readString(run(null).written()));
        assertThat(run(committed).drift()).isNull();
        Files.writeString(project.resolve("sources/lldp.csv"), Files.readString(project.resolve("sources/lldp.csv"))
                .replace("leaf2,Eth1/1,esx2,vmnic0,10Gbps", "leaf2,Eth1/1,esx2,vmnic0,25Gbps"));
        assertThat(run(committed).drift()).startsWith("src/test/features/dc1.imported.yaml has drifted from its sources: "
                + "line 3 is \"# source sources/lldp.csv sha256:");
    }

    @Test
    void a_committed_file_checked_out_with_crlf_is_the_same_and_one_that_is_no_text_is_said_so() throws IOException {
        sources();
        Path committed = project.resolve("src/test/features/dc1.imported.yaml");
        Files.createDirectories(committed.getParent());
        // git's autocrlf on Windows: every line feed a CR LF
        Files.writeString(committed, Files.readString(run(null).written()).replace("\n", "\r\n"));
        assertThat(run(committed).drift()).isNull();
        Files.write(committed, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
        assertThat(run(committed).drift()).startsWith("src/test/features/dc1.imported.yaml cannot be read as UTF-8 text (")
                .endsWith("); copy target/netmove/dc1.imported.yaml over it");
        Files.delete(committed);
        assertThat(run(committed).drift()).isEqualTo("src/test/features/dc1.imported.yaml does not exist; expected the"
                + " committed import (copy target/netmove/dc1.imported.yaml there)");
    }

    @Test
    void a_failed_import_writes_its_report_with_the_problems_and_gaps_and_removes_the_earlier_topology() throws IOException {
        sources();
        ImportCommand.Outcome earlier = run(null);
        assertThat(earlier.written()).exists();
        // a VM the sources and the overlay give no host: the merged topology is not valid
        Files.writeString(project.resolve("dc1.yaml"), Files.readString(project.resolve("dc1.yaml"))
                + "  db01: { portGroup: web, memory: 4GiB }\n");
        assertThatThrownBy(() -> run(null)).isInstanceOf(TopologyLoadException.class)
                .hasMessageContaining("vms.db01: missing host");
        assertThat(earlier.written()).doesNotExist();
        String report = Files.readString(earlier.report());
        assertThat(report).startsWith("netmove import report: dc1.yaml\n\nproblems (the import failed: nothing but this"
                        + " report was written) (1)\n  dc1.yaml:")
                .contains("vms.db01: missing host")
                .contains("  lldp sources/lldp.csv: 4 links, 3 one-sided\n")
                .contains("  VM db01 has no host: vms.db01.host\n");
    }

    @Test
    void a_source_that_cannot_be_read_is_named_in_the_report_and_no_gaps_are_guessed_without_it() throws IOException {
        sources();
        run(null);
        Files.writeString(project.resolve("sources/lldp.csv"), "{\"not\": \"a table\"}\n");
        assertThatThrownBy(() -> run(null)).isInstanceOf(TopologyLoadException.class);
        assertThat(project.resolve("target/netmove/dc1.imported.yaml")).doesNotExist();
        String report = Files.readString(project.resolve("target/netmove/import-report.txt"));
        assertThat(report).contains("\n  lldp sources/lldp.csv: not read: ")
                .contains("\ngaps: not worked out while a source cannot be read\n")
                .doesNotContain("has no vMotion interface");
    }

    @Test
    void a_topology_file_that_cannot_be_read_leaves_no_earlier_report_behind() throws IOException {
        sources();
        Path report = run(null).report();
        Files.writeString(project.resolve("dc1.yaml"), "topology: [unclosed\n");
        assertThatThrownBy(() -> run(null)).isInstanceOf(TopologyLoadException.class);
        assertThat(report).doesNotExist();
    }

    @Test
    void a_topology_file_that_imports_nothing_is_refused_instead_of_written_empty() throws IOException {
        Files.writeString(project.resolve("plain.yaml"), """
                topology: plain
                devices:
                  leaf1: { role: leaf, vlans: "110" }
                links: []
                """);
        assertThatThrownBy(() -> ImportCommand.run(new ImportCommand.Request(project.resolve("plain.yaml"), project,
                project.resolve("target/netmove"), null)))
                .isInstanceOf(TopologyLoadException.class)
                .hasMessageContaining("plain.yaml: import: imports no source, so netmove:import has nothing to merge");
        assertThat(project.resolve("target/netmove/plain.imported.yaml")).doesNotExist();
    }
}
