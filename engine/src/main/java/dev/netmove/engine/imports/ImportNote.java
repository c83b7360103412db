package dev.netmove.engine.imports;

/**
 * One line of the import report that is not an error: a neighbour seen from one end only, a
 * neighbour that is no device of the model, a configuration line left unread, a skipped object.
 *
 * @param kind what sort of note, for grouping in the report
 * @param origin where it was seen
 * @param text the note, in the network's terms
 */
public record ImportNote(Kind kind, Origin origin, String text) {

    /** The sections of {@code import-report.txt}. */
    public enum Kind { ONE_SIDED_NEIGHBOUR, UNKNOWN_NEIGHBOUR, UNREAD, SKIPPED, WARNING }
}
