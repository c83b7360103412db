package dev.netmove.engine.imports;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a topology file's {@code import:} list, resolved.
 *
 * @param kind the reader's kind ({@code lldp})
 * @param path the file or folder, resolved inside the project (symbolic links followed)
 * @param shown the path as the user sees it (relative to the project)
 * @param declared where the entry is written in the topology file
 * @param options the entry's other keys ({@code dialect: nxos}), each a {@code String} or a {@code List<String>},
 *                in the order written
 */
public record ImportSource(String kind, Path path, String shown, Origin declared, Map<String, Object> options) {

    public ImportSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(declared, "declared");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** A source without options. */
    public ImportSource(String kind, Path path, String shown, Origin declared) {
        this(kind, path, shown, declared, Map.of());
    }
}
