package dev.netmove.engine.imports;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A folder that replaces the path written in a topology file's {@code import:} entry of one kind:
 * {@code netmove:import} with {@code netbox.url} pulls NetBox into {@code target/netmove/netbox/} and
 * the {@code netbox:} entry reads that folder, at its place in the import order.
 *
 * @param kind the entry's source kind ({@code netbox})
 * @param path the folder read instead, inside the project
 * @param from what gave the folder, for messages ({@code the pull from https://netbox.example.com})
 */
public record SourceOverride(String kind, Path path, String from) {

    public SourceOverride {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(from, "from");
    }
}
