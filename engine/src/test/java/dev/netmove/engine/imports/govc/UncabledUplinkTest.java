package dev.netmove.engine.imports.govc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.topology.load.ImportedTopology;
import dev.netmove.engine.topology.load.TopologyLoadException;
import dev.netmove.engine.topology.load.TopologyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vCenter lists every vmnic of a host; one no source cables (esx-a3's vmnic1 in the govc fixture: its LLDP
 * neighbour sent no system name) is left out of the host's uplinks with a note, not a failed import.
 */
class UncabledUplinkTest {

    @TempDir
    Path project;

    private Path withGovcSources(String overlayDevices) throws Exception {
        Path fixture = Path.of(UncabledUplinkTest.class.getResource("/imports/govc/vms.json").toURI()).getParent();
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = project.resolve("sources/govc").resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return Files.writeString(project.resolve("dc1.yaml"), """
                topology: dc1
                import:
                  - govc: sources/govc/
                devices:
                  acc1: { role: access, vlans: 110,120,130,900 }
                  acc2: { role: access, vlans: 110,120,130,900 }
                """ + overlayDevices);
    }

    @Test
    void an_uplink_no_source_cables_is_left_out_with_a_note_naming_it() throws Exception {
        ImportedTopology imported = new TopologyLoader().read(withGovcSources(""), "dc1.yaml", project);
        assertThat(imported.topology().requireDevice("esx-a3").hostConfig().uplinks()).containsExactly("vmnic0");
        assertThat(imported.imports().notes()).filteredOn(n -> n.kind() == ImportNote.Kind.SKIPPED)
                .extracting(ImportNote::text)
                .containsExactly("uplink vmnic1 of host esx-a3 left out: no source cables esx-a3:vmnic1 (write its link"
                        + " under links: in the overlay to keep it)");
    }

    @Test
    void uplinks_the_overlay_writes_are_checked_as_written_and_the_fix_names_the_whole_list() throws Exception {
        Path file = withGovcSources("  esx-a3: { uplinks: [vmnic0, vmnic1] }\n");
        assertThatThrownBy(() -> new TopologyLoader().read(file, "dc1.yaml", project))
                .isInstanceOf(TopologyLoadException.class)
                .hasMessageContaining("devices.esx-a3.uplinks[1]: found NIC \"vmnic1\", but no link uses esx-a3:vmnic1");
    }
}
