package dev.netmove.engine.imports;

/**
 * A source that cannot be read at all: missing, not JSON/CSV/xlsx, or of another tool's shape. The
 * message names the path and what was expected.
 */
public final class SourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SourceException(String shownPath, String message) {
        super(shownPath + ": " + message);
    }
}
