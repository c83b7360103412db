package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.Origin;
import java.util.Objects;

/**
 * A fact of a configuration and the line that says it.
 *
 * @param value the fact
 * @param origin the file and line it was read from
 */
public record Located<T>(T value, Origin origin) {

    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }
}
