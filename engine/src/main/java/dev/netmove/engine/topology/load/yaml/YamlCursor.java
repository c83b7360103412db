package dev.netmove.engine.topology.load.yaml;

/**
 * Where the fast parser is in the text (position, line, line start, nesting depth), with the
 * moves every part of it shares: peeking, skipping spaces, comments and line ends, saving and
 * restoring a position. Gives up with {@link UnsupportedYaml} where SnakeYAML must read the text.
 */
abstract class YamlCursor {

    static final UnsupportedYaml UNSUPPORTED = new UnsupportedYaml();

    /** Short texts already made into strings, by hash: keys and most values of a topology repeat. */
    private static final int POOL_SIZE = 8192;
    private static final int POOLED_LENGTH = 24;

    private final String[] pool = new String[POOL_SIZE];
    final String s;
    final int n;
    private final int maxNesting;
    int pos;
    int line;
    int lineStart;
    int depth;

    YamlCursor(String text, int maxNesting) {
        this.s = text;
        this.n = text.length();
        this.maxNesting = maxNesting;
    }

    // ---- positions -------------------------------------------------------------------------

    int column() {
        return pos - lineStart;
    }

    char peek() {
        return pos < n ? s.charAt(pos) : '\0';
    }

    char peek(int offset) {
        int i = pos + offset;
        return i < n ? s.charAt(i) : '\0';
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\n' || c == '\0';
    }

    /** Characters that start something other than a plain scalar (or that this parser leaves to SnakeYAML). */
    static boolean isIndicator(char c) {
        return switch (c) {
            case ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '?' -> true;
            default -> false;
        };
    }

    static boolean isFlowIndicator(char c) {
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    long save() {
        return ((long) line << 32) | pos;
    }

    void restore(long saved) {
        line = (int) (saved >>> 32);
        pos = (int) saved;
        lineStart = s.lastIndexOf('\n', pos - 1) + 1;
    }

    void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    YamlNode.Scalar emptyScalar(int atLine, int atColumn) {
        return new YamlNode.Scalar("", true, atLine + 1, atColumn + 1);
    }

    /** {@code s.substring(start, end)}, shared with an equal earlier text when it is short. */
    String shared(int start, int end) {
        int length = end - start;
        if (length > POOLED_LENGTH) {
            return s.substring(start, end);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + s.charAt(i);
        }
        int slot = (hash ^ (hash >>> 13)) & (POOL_SIZE - 1);
        String known = pool[slot];
        if (known != null && known.length() == length && s.regionMatches(start, known, 0, length)) {
            return known;
        }
        String made = s.substring(start, end);
        pool[slot] = made;
        return made;
    }

    // ---- lines -----------------------------------------------------------------------------

    /** From a line start, skips blank and comment lines; returns false at the end of the text. */
    boolean nextContentLine() {
        while (true) {
            while (pos < n && s.charAt(pos) == ' ') {
                pos++;
            }
            if (pos >= n) {
                return false;
            }
            char c = s.charAt(pos);
            if (c == '\n') {
                newline();
            } else if (c == '#') {
                skipToLineEnd();
            } else {
                return true;
            }
        }
    }

    private void skipToLineEnd() {
        int end = s.indexOf('\n', pos);
        if (end < 0) {
            pos = n;
        } else {
            pos = end;
            newline();
        }
    }

    /** Skips spaces and a comment to the end of the line, and the line break; anything else is unsupported. */
    void endOfLine() {
        while (pos < n && s.charAt(pos) == ' ') {
            pos++;
        }
        if (pos >= n) {
            return;
        }
        char c = s.charAt(pos);
        if (c == '\n') {
            newline();
        } else if (c == '#' && (pos == lineStart || s.charAt(pos - 1) == ' ')) {
            skipToLineEnd();
        } else {
            throw UNSUPPORTED;
        }
    }

    void skipSpaces() {
        while (pos < n && s.charAt(pos) == ' ') {
            pos++;
        }
    }

    /** Refuses a value that would go on over the next lines: more-indented content after it. */
    void checkNoContinuation(int indent) {
        long saved = save();
        if (nextContentLine() && column() > indent) {
            throw UNSUPPORTED;
        }
        restore(saved);
    }

    /** Skips spaces, line breaks and comments inside a flow collection. */
    void skipFlowSpace() {
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == ' ') {
                pos++;
            } else if (c == '\n') {
                newline();
            } else if (c == '#' && (pos == lineStart || s.charAt(pos - 1) == ' ')) {
                int end = s.indexOf('\n', pos);
                pos = end < 0 ? n : end;
            } else {
                return;
            }
        }
    }

    void enter() {
        if (++depth > maxNesting) {
            throw UNSUPPORTED;
        }
    }

    /** SnakeYAML takes a key only when its colon is on the key's line, within 1024 characters. */
    void checkSimpleKey(int keyLine, int keyStart) {
        if (line != keyLine || pos - keyStart > 1000) {
            throw UNSUPPORTED;
        }
    }
}
