package dev.netmove.engine.imports.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportResult;
import dev.netmove.engine.imports.Origin;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void unread_configuration_lines_are_summed_per_command_over_the_devices_that_have_it() {
        List<ImportNote> notes = List.of(
                new ImportNote(ImportNote.Kind.UNREAD, Origin.line("configs/agg1.cfg", 12), "feature hsrp: 1 line unread"),
                new ImportNote(ImportNote.Kind.UNREAD, Origin.line("configs/agg2.cfg", 14), "feature hsrp: 1 line unread"),
                new ImportNote(ImportNote.Kind.UNREAD, Origin.line("configs/agg2.cfg", 40), "interface > description: 4 lines unread"),
                new ImportNote(ImportNote.Kind.UNREAD, Origin.pointer("netbox/vpn/l2vpn-terminations.json", "/results/0"),
                        "L2VPN tenant-a terminates on an interface, not a VLAN: not read"));
        ImportResult result = new ImportResult(new DocMap(Origin.line("dc1.yaml", 1)), List.of(), List.of(), notes, List.of());
        assertThat(ImportReport.text("dc1.yaml", result)).contains("configuration lines left unread (by command) (3)\n"
                + "  L2VPN tenant-a terminates on an interface, not a VLAN: not read: 1 time\n"
                + "  feature hsrp: 2 lines on 2 devices\n"
                + "  interface > description: 4 lines on 1 device\n");
    }
}
