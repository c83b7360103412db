package dev.netmove.engine.imports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one source gave: its partial topology document (top-level keys {@code devices}, {@code links},
 * {@code vms}, as in a topology file), counts for the report ("devices" -> 12), notes and problems.
 */
public record SourceResult(DocNode.DocMap document, Map<String, Integer> counts, List<ImportNote> notes,
        List<ImportProblem> problems) {

    public SourceResult {
        counts = new TreeMap<>(counts);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }
}
