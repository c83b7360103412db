package dev.netmove.engine.imports.netbox;

import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.Origin;
import java.util.ArrayList;
import java.util.List;

/** What one read of a NetBox export collects besides the document: its rules, problems and notes. */
final class ReadContext {

    final ImportRules rules;
    final List<ImportProblem> problems = new ArrayList<>();
    final List<ImportNote> notes = new ArrayList<>();

    ReadContext(ImportRules rules) {
        this.rules = rules;
    }

    void problem(Origin where, String found, String expected) {
        problems.add(new ImportProblem(where, found, expected));
    }

    void note(ImportNote.Kind kind, Origin where, String text) {
        notes.add(new ImportNote(kind, where, text));
    }

    /** A note about {@code about} of the merged document ({@link ImportNote#about}). */
    void note(ImportNote.Kind kind, Origin where, String text, List<String> about) {
        notes.add(new ImportNote(kind, where, text, about));
    }
}
