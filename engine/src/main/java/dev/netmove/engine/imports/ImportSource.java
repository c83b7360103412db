package dev.netmove.engine.imports;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One entry of a topology file's {@code import:} list, resolved.
 *
 * @param kind the reader's kind ({@code lldp})
 * @param path the file or folder, resolved inside the project (symbolic links followed)
 * @param shown the path as the user sees it (relative to the project)
 * @param declared where the entry is written in the topology file
 */
public record ImportSource(String kind, Path path, String shown, Origin declared) {

    public ImportSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(declared, "declared");
    }
}
