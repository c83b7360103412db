package dev.netmove.engine.imports;

/**
 * A row, object or line of a source that cannot be read: an error at its place, reported with every
 * other problem of the import at once (the rest of the file is still read).
 *
 * @param origin file:line (CSV, configs) or file#pointer (JSON)
 * @param found what is there
 * @param expected what would be read, and how to fix it
 */
public record ImportProblem(Origin origin, String found, String expected) {

    @Override
    public String toString() {
        return origin + ": " + found + "; expected " + expected;
    }
}
