package dev.netmove.engine.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the import report that is not an error: a neighbour seen from one end only, a
 * neighbour that is no device of the model, a configuration line left unread, a skipped object.
 *
 * @param kind what sort of note, for grouping in the report
 * @param origin where it was seen
 * @param text the note, in the network's terms
 * @param about the place of the merged document the note is about, as keys ({@code [vms, web01, portGroup]}: a
 *              VM's port group that no source gave), or empty: a source's note is left out of the report when
 *              the merged document no longer has the object ({@code vms.web01} removed by the overlay), or has
 *              the key it says is missing ({@link #settled})
 */
public record ImportNote(Kind kind, Origin origin, String text, List<String> about) {

    /** The sections of {@code import-report.txt}. */
    public enum Kind { ONE_SIDED_NEIGHBOUR, UNKNOWN_NEIGHBOUR, UNREAD, SKIPPED, WARNING }

    public ImportNote {
        about = List.copyOf(about);
    }

    /** A note about nothing the merged document can settle. */
    public ImportNote(Kind kind, Origin origin, String text) {
        this(kind, origin, text, List.of());
    }

    /** The keys of VM {@code vm} (and {@code key} of it, when given), for {@link #about}. */
    public static List<String> vm(String vm, String... key) {
        List<String> keys = new ArrayList<>(List.of("vms", vm));
        keys.addAll(List.of(key));
        return keys;
    }

    /**
     * Whether {@code document}, merged from every source and the overlay, settles this note: it no longer has the
     * object the note is about (the first two keys), or it has a value at the note's deeper key. {@code names}
     * normalises a device name as the merge did.
     */
    public boolean settled(DocNode.DocMap document, DeviceNames names) {
        if (about.size() < 2) {
            return false;
        }
        String name = about.get(0).equals("devices") ? names.of(about.get(1)) : about.get(1);
        if (!(document.entries().get(about.get(0)) instanceof DocNode.DocMap section)
                || !(section.entries().get(name) instanceof DocNode.DocMap object)) {
            return true;
        }
        DocNode at = object;
        for (String key : about.subList(2, about.size())) {
            at = at instanceof DocNode.DocMap m ? m.entries().get(key) : null;
        }
        return about.size() > 2 && at != null && !(at instanceof DocNode.DocScalar s && s.text() == null);
    }
}
