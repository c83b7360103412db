package dev.netmove.engine.topology.load;

import java.util.Objects;

/**
 * One thing wrong in a topology file, with where it is.
 *
 * @param file the file as named to the loader
 * @param line 1-based line; 0 when the problem is about the file as a whole
 * @param column 1-based column; 0 when the problem is about the file as a whole
 * @param path the key path, e.g. {@code devices.agg1.svis.110.hsrp.priority} or {@code links[3].between[0]};
 *        empty when the problem has no key (malformed YAML)
 * @param message what was found; what was expected
 */
public record Problem(String file, int line, int column, String path, String message) implements Comparable<Problem> {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based (0 = the whole file)");
        }
    }

    /** Orders by position in the file; problems about the whole file come first. */
    @Override
    public int compareTo(Problem other) {
        int c = Integer.compare(line, other.line);
        return c != 0 ? c : Integer.compare(column, other.column);
    }

    /** {@code file:line:column: key.path: what was found; what was expected}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line).append(':').append(column);
        }
        s.append(": ");
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(message).toString();
    }
}
