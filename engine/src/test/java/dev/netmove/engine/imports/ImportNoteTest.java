package dev.netmove.engine.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.imports.DocNode.DocMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which notes of a source the merged document settles. */
class ImportNoteTest {

    private static final Origin AT = Origin.line("dc1.yaml", 1);
    private static final DeviceNames NAMES = DeviceNames.of(List.of(), ImportRules.defaults());

    private static ImportNote portGroupMissing(String vm) {
        return new ImportNote(ImportNote.Kind.WARNING, AT, "VM " + vm + " has no port group", ImportNote.vm(vm, "portGroup"));
    }

    @Test
    void a_note_about_a_key_is_settled_once_any_layer_gives_it_and_a_note_about_a_vm_once_it_is_removed() {
        DocMap merged = new DocMap(AT);
        DocMap vms = merged.map("vms", AT);
        vms.map("web01", AT).put("host", "esx1", AT).put("portGroup", "web", AT); // a later source gave it
        vms.map("db01", AT).put("host", "esx1", AT);
        vms.map("app01", AT).put("portGroup", null, AT); // written null: no port group

        assertThat(portGroupMissing("web01").settled(merged, NAMES)).isTrue();
        assertThat(portGroupMissing("db01").settled(merged, NAMES)).isFalse();
        assertThat(portGroupMissing("app01").settled(merged, NAMES)).isFalse();
        assertThat(portGroupMissing("vm3").settled(merged, NAMES)).isTrue(); // the overlay removed it
        assertThat(new ImportNote(ImportNote.Kind.WARNING, AT, "VM db01 is powered off", ImportNote.vm("db01"))
                .settled(merged, NAMES)).isFalse();
        assertThat(new ImportNote(ImportNote.Kind.WARNING, AT, "VM vm3 is powered off", ImportNote.vm("vm3"))
                .settled(merged, NAMES)).isTrue();
        assertThat(new ImportNote(ImportNote.Kind.WARNING, AT, "a note about nothing").settled(merged, NAMES)).isFalse();
        assertThat(portGroupMissing("web01").settled(new DocMap(AT), NAMES)).isTrue(); // vms: null removes every VM
    }
}
