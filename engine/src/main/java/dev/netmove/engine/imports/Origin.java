package dev.netmove.engine.imports;

import java.util.Objects;

/**
 * Where a fact came from: a source file as shown to the user (relative to the project), and the
 * place inside it: a 1-based line for line-based files (CSV, configs), else a JSON pointer
 * ({@code /results/3/speed}) or a sheet and row ({@code vInfo!12}).
 *
 * @param file the file as the user should see it, never absolute
 * @param line 1-based line, or 0 when the format has no useful lines
 * @param pointer a JSON pointer or sheet reference, or "" when {@code line} says it all
 * @param column 1-based column where known (topology files), else 0
 * @param text the source's own words at that place (a config line: {@code switchport trunk allowed vlan 110,900}),
 *             or "" where the source has none worth quoting
 */
public record Origin(String file, int line, String pointer, int column, String text) {

    public Origin {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(text, "text");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
        }
    }

    public Origin(String file, int line, String pointer, int column) {
        this(file, line, pointer, column, "");
    }

    public Origin(String file, int line, String pointer) {
        this(file, line, pointer, 0, "");
    }

    /** A line of a line-based file together with what it says ({@code switchport trunk allowed vlan 110,900}). */
    public static Origin command(String file, int line, String text) {
        return new Origin(file, line, "", 0, text.strip());
    }

    /**
     * {@code switchport trunk allowed vlan 110,900 at configs/agg3.cfg:212} where the origin quotes its source,
     * else {@link #toString()}.
     */
    public String quoted() {
        return text.isEmpty() ? toString() : text + " at " + this;
    }

    /** A place in a YAML file (a topology file's overlay): file, line and column. */
    public static Origin at(String file, int line, int column) {
        return new Origin(file, line, "", column);
    }

    public static Origin line(String file, int line) {
        return new Origin(file, line, "");
    }

    public static Origin pointer(String file, String pointer) {
        return new Origin(file, 0, pointer);
    }

    /** {@code file:line}, {@code file#pointer} or {@code file}: the form every message uses. */
    @Override
    public String toString() {
        if (line > 0) {
            return file + ":" + line;
        }
        return pointer.isEmpty() ? file : file + "#" + pointer;
    }
}
