package dev.netmove.engine.imports;

import dev.netmove.engine.imports.DocNode.DocMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an import gave before the loader reads it: the merged document (sources, then the overlay,
 * then the defaults that need every source), and what the report shows.
 *
 * @param document the merged plain topology document (no {@code import:}, no {@code importRules:})
 * @param sources each source's counts, notes and problems, in {@code import:} order
 * @param disagreements values a later layer replaced
 * @param notes notes of the merge itself (neighbours that are no device of the model)
 * @param failed sources that could not be read at all, with why
 */
public record ImportResult(DocMap document, List<SourceSummary> sources, List<Disagreement> disagreements,
        List<ImportNote> notes, List<SourceFailure> failed) {

    public ImportResult {
        sources = List.copyOf(sources);
        disagreements = List.copyOf(disagreements);
        notes = List.copyOf(notes);
        failed = List.copyOf(failed);
    }

    /** One source as read. */
    public record SourceSummary(ImportSource source, Map<String, Integer> counts, List<ImportNote> notes,
            List<ImportProblem> problems, List<Path> files) {

        public SourceSummary {
            counts = Map.copyOf(counts);
            notes = List.copyOf(notes);
            problems = List.copyOf(problems);
            files = List.copyOf(files);
        }
    }

    /** A source refused as a whole (missing, another tool's shape). */
    public record SourceFailure(ImportSource source, String message) {
    }

    /** The result of a file that imports nothing. */
    public static ImportResult none() {
        return new ImportResult(new DocMap(Origin.line("", 0)), List.of(), List.of(), List.of(), List.of());
    }

    /** Every problem of every source, in source order. */
    public List<ImportProblem> problems() {
        return sources.stream().flatMap(s -> s.problems().stream()).toList();
    }

    /** Every file read, in source order. */
    public List<Path> files() {
        return sources.stream().flatMap(s -> s.files().stream()).toList();
    }
}
