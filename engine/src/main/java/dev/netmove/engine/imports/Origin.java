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
 *
 * <p>A value with a record's API and equality (all five components), not a record: the pointer of an origin
 * made by {@link #child(String)} is written only when asked, as an import of a large data center makes
 * millions of origins and reads few of their pointers.
 */
public final class Origin {

    private final String file;
    private final int line;
    private final int column;
    private final String text;
    /** The pointer once written; null while only {@code parent} and {@code step} say it. */
    private String pointer;
    private final Origin parent;
    private final String step;

    public Origin(String file, int line, String pointer, int column, String text) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(text, "text");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
        }
        this.file = file;
        this.line = line;
        this.pointer = pointer;
        this.column = column;
        this.text = text;
        this.parent = null;
        this.step = null;
    }

    private Origin(Origin parent, String step) {
        this.file = parent.file;
        this.line = 0;
        this.column = 0;
        this.text = "";
        this.parent = parent;
        this.step = step;
    }

    public Origin(String file, int line, String pointer, int column) {
        this(file, line, pointer, column, "");
    }

    public Origin(String file, int line, String pointer) {
        this(file, line, pointer, 0, "");
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The JSON pointer or sheet reference, written now if this origin was made by {@link #child(String)}. */
    public String pointer() {
        String p = pointer;
        if (p == null) {
            p = parent.pointer() + "/" + step;
            pointer = p; // a benign race: every thread writes the same string
        }
        return p;
    }

    public int column() {
        return column;
    }

    public String text() {
        return text;
    }

    /**
     * The place {@code /step} below this one's pointer in the same file ({@code /results/3} to
     * {@code /results/3/speed}), its pointer written only when asked; equal to
     * {@code Origin.pointer(file(), pointer() + "/" + step)}.
     */
    public Origin child(String step) {
        return new Origin(this, Objects.requireNonNull(step, "step"));
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
        String p = pointer();
        return p.isEmpty() ? file : file + "#" + p;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Origin other && line == other.line && column == other.column
                && file.equals(other.file) && text.equals(other.text) && pointer().equals(other.pointer());
    }

    @Override
    public int hashCode() {
        // as a record combines its components, so that hashed collections keep the order they had
        int h = file.hashCode();
        h = 31 * h + Integer.hashCode(line);
        h = 31 * h + pointer().hashCode();
        h = 31 * h + Integer.hashCode(column);
        return 31 * h + text.hashCode();
    }
}
