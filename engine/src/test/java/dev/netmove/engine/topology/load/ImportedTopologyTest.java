package dev.netmove.engine.topology.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportedTopologyTest {

    @TempDir
    Path project;

    static final String OVERLAY = """
            topology: dc1
            import:
              - lldp: sources/lldp.csv
            devices:
              leaf1: { role: leaf, vlans: 110 }
              leaf2: { role: leaf, vlans: 110 }
              esx1: { role: host, portGroups: { web: 110 } }
            links:
              - { between: [leaf2:Ethernet1/49, leaf1:Eth1/49], load: 1Gbps }
            """;

    static final String CSV = """
            device,port,neighbor,neighbor_port,speed
            leaf1.dc1.example.com,Eth1/49,leaf2,Eth1/49,40Gbps
            leaf2,Ethernet1/49,LEAF1,ethernet1/49,40Gbps
            leaf1,Eth1/1,esx1,vmnic0,10Gbps
            leaf1,Eth1/2,backup-nas,eth0,10Gbps
            """;

    private Path write(String name, String text) throws IOException {
        Path file = project.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void lldp_rows_seen_from_both_ends_become_one_link_merged_with_the_overlay() throws IOException {
        write("sources/lldp.csv", CSV);
        Path file = write("dc1.yaml", OVERLAY);
        ImportedTopology imported = new TopologyLoader().read(file, "dc1.yaml", project);
        Topology t = imported.topology();
        assertThat(t.links()).extracting(Link::name)
                .containsExactly("leaf1:Eth1/49--leaf2:Eth1/49", "esx1:vmnic0--leaf1:Eth1/1");
        Link uplink = t.links().get(0);
        assertThat(uplink.speed()).hasToString("40Gbps");
        assertThat(uplink.load().toString()).contains("1Gbps");
        assertThat(imported.imports().notes()).extracting(n -> n.text())
                .containsExactly("link leaf1:Eth1/2--backup-nas:eth0 left out: backup-nas is no device of the model "
                        + "(add it under devices: to keep the link)");
        assertThat(imported.imports().sources().get(0).notes()).extracting(n -> n.origin().toString())
                .contains("sources/lldp.csv:4", "sources/lldp.csv:5");
    }

    @Test
    void a_link_without_speed_names_the_source_row_and_the_overlay_key_that_fixes_it() throws IOException {
        write("sources/lldp.csv", CSV.replace("leaf1,Eth1/1,esx1,vmnic0,10Gbps", "leaf1,Eth1/1,esx1,vmnic0,"));
        Path file = write("dc1.yaml", OVERLAY);
        assertThatThrownBy(() -> new TopologyLoader().load(file, "dc1.yaml", project))
                .isInstanceOf(TopologyLoadException.class)
                .hasMessageContaining("sources/lldp.csv:4: links[esx1:vmnic0--leaf1:Eth1/1]: ")
                .hasMessageContaining("write links: - { between: [leaf1:Eth1/1, esx1:vmnic0], speed: ... } in the "
                        + "overlay of dc1.yaml");
    }

    @Test
    void overlay_mistakes_keep_their_line_and_column_and_unknown_kinds_get_did_you_mean() throws IOException {
        write("sources/lldp.csv", CSV);
        Path file = write("dc1.yaml", OVERLAY.replace("- lldp:", "- lldpp:").replace("role: leaf, vlans: 110 }\n  leaf2",
                "role: leef, vlans: 110 }\n  leaf2"));
        assertThatThrownBy(() -> new TopologyLoader().load(file, "dc1.yaml", project))
                .hasMessageContaining("dc1.yaml:3:5: import[0].lldpp: unknown source kind \"lldpp\" (did you mean \"lldp\"?)");
        Path second = write("dc2.yaml", OVERLAY.replace("role: leaf, vlans: 110 }\n  leaf2", "role: leef, vlans: 110 }\n  leaf2"));
        assertThatThrownBy(() -> new TopologyLoader().load(second, "dc2.yaml", project))
                .hasMessageContaining("dc2.yaml:5:18: devices.leaf1.role: ");
    }

    @Test
    void a_missing_source_and_a_source_outside_the_project_are_refused_at_their_import_entry() throws IOException {
        Path file = write("dc1.yaml", OVERLAY.replace("sources/lldp.csv", "sources/none.csv"));
        assertThatThrownBy(() -> new TopologyLoader().load(file, "dc1.yaml", project))
                .hasMessageContaining("dc1.yaml:3:11: import[0].lldp: the source \"sources/none.csv\" does not exist "
                        + "(looked for sources/none.csv)");
        Path outside = write("dc2.yaml", OVERLAY.replace("sources/lldp.csv", "../../etc/passwd"));
        assertThatThrownBy(() -> new TopologyLoader().load(outside, "dc2.yaml", project))
                .hasMessageContaining("is outside the project folder");
    }

    @Test
    void a_source_that_is_a_named_pipe_is_refused_as_no_regular_file_not_as_missing() throws Exception {
        Files.createDirectories(project.resolve("sources"));
        Path fifo = project.resolve("sources/pipe.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        Path file = write("dc1.yaml", OVERLAY.replace("sources/lldp.csv", "sources/pipe.csv"));
        assertThatThrownBy(() -> new TopologyLoader().load(file, "dc1.yaml", project))
                .hasMessageContaining("dc1.yaml:3:11: import[0].lldp: the source \"sources/pipe.csv\" is not a regular"
                        + " file or folder (a named pipe, a device or a socket), so it is not read; expected the file or"
                        + " folder of an export, relative to the folder of dc1.yaml");
    }

    @TempDir
    Path elsewhere;

    @Test
    void a_symbolic_link_inside_a_source_folder_that_leads_outside_the_project_is_refused_unread() throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("devices.json"), "{\"count\": 0, \"next\": null, \"results\": []}");
        Files.createDirectories(project.resolve("sources/netbox/dcim"));
        Files.createSymbolicLink(project.resolve("sources/netbox/dcim/devices.json"), outside);
        Path file = write("dc1.yaml", OVERLAY.replace("- lldp: sources/lldp.csv", "- netbox: sources/netbox/"));
        assertThatThrownBy(() -> new TopologyLoader().load(file, "dc1.yaml", project))
                .hasMessageContaining("dc1.yaml:3:13: import[0].netbox: the source \"sources/netbox/\" holds "
                        + "sources/netbox/dcim/devices.json, a symbolic link that leads outside the project folder");
    }

    @Test
    void bad_rows_are_reported_together_with_file_and_line_and_the_rest_is_read() throws IOException {
        write("sources/lldp.csv", CSV + "leaf2,Eth1/3,,Eth1/3,10Gbps\nleaf2,Eth1/4,esx1,vmnic1,10G\n");
        Path file = write("dc1.yaml", OVERLAY);
        assertThatThrownBy(() -> new TopologyLoader().load(file, "dc1.yaml", project))
                .isInstanceOf(TopologyLoadException.class)
                .hasMessageStartingWith("dc1.yaml: 2 problems")
                .hasMessageContaining("sources/lldp.csv:6: found no neighbor in the row")
                .hasMessageContaining("sources/lldp.csv:7: found the speed \"10G\"; expected a speed with its unit");
    }

    @Test
    void a_file_of_another_tools_shape_is_refused_naming_what_was_expected() throws IOException {
        write("sources/lldp.csv", "VM,Host,Cluster\nweb01,esx1,prod\n");
        Path file = write("dc1.yaml", OVERLAY);
        assertThatThrownBy(() -> new TopologyLoader().load(file, "dc1.yaml", project))
                .hasMessageContaining("dc1.yaml:3:5: import[0].lldp: sources/lldp.csv: found the columns [VM, Host, Cluster]")
                .hasMessageContaining("expected a neighbour table CSV with the header device,port,neighbor,neighbor_port");
    }

    @Test
    void the_project_is_found_from_the_shown_path() throws IOException {
        Path file = write("src/test/features/dc1.yaml", "x");
        assertThat(TopologyLoader.projectOf(file, "src/test/features/dc1.yaml")).isEqualTo(project.toRealPath());
    }
}
