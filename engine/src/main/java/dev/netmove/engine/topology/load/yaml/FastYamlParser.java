package dev.netmove.engine.topology.load.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the plain subset of YAML that topology files are written in (block maps and lists,
 * flow maps and lists, plain and simply quoted scalars, comments; JSON) straight into
 * {@link YamlNode}s, several times faster than SnakeYAML. Anything outside that subset, and
 * anything malformed, makes it give up ({@link Unsupported}) so that {@link YamlTreeComposer}
 * reads the text instead: the tree this parser returns is always the tree SnakeYAML would give.
 *
 * <p>Left to SnakeYAML: anchors, aliases, tags, block scalars ({@code |}, {@code >}), directives,
 * complex keys, document markers after the first line, scalars over several lines, tabs, escapes
 * other than JSON's, control characters, and every error (SnakeYAML's messages are the ones shown).
 */
final class FastYamlParser {

    /** The text leaves the subset this parser reads; SnakeYAML must read it. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();

    /** Short texts already made into strings, by hash: keys and most values of a topology repeat. */
    private static final int POOL_SIZE = 8192;
    private static final int POOLED_LENGTH = 24;

    private final String[] pool = new String[POOL_SIZE];
    private final String s;
    private final int n;
    private final int maxNesting;
    private int pos;
    private int line;
    private int lineStart;
    private int depth;

    private FastYamlParser(String text, int maxNesting) {
        this.s = text;
        this.n = text.length();
        this.maxNesting = maxNesting;
    }

    /**
     * The tree of {@code text}, or null when it holds no document (only comments or nothing).
     *
     * @throws Unsupported when SnakeYAML must read the text
     */
    static YamlNode parse(String text, int maxNesting) {
        String normalized = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n") : text;
        checkCharacters(normalized);
        return new FastYamlParser(normalized, maxNesting).document();
    }

    private static void checkCharacters(String text) {
        boolean content = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (i == 0 || text.charAt(i - 1) == '\n') {
                // "---" or "..." then a blank starts or ends a document in any context; only a first "---" is read here
                boolean marker = (text.startsWith("---", i) || text.startsWith("...", i)) && (i + 3 >= n
                        || text.charAt(i + 3) == ' ' || text.charAt(i + 3) == '\n');
                if (marker && (content || c == '.')) {
                    throw UNSUPPORTED;
                }
                int first = firstNonSpace(text, i);
                char d = first < n ? text.charAt(first) : '\n';
                content |= marker || (d != '\n' && d != '#');
            }
            if (c < 0x20) {
                if (c != '\n') {
                    throw UNSUPPORTED; // tabs, carriage returns alone, control characters
                }
            } else if (c >= 0x7f && (c <= 0x9f || c == 0x2028 || c == 0x2029 || c == 0xfeff
                    || Character.isSurrogate(c) || c >= 0xfffe)) {
                throw UNSUPPORTED; // line separators, non-printables, and characters SnakeYAML counts differently
            }
        }
    }

    private static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    // ---- positions -------------------------------------------------------------------------

    private int column() {
        return pos - lineStart;
    }

    private char peek() {
        return pos < n ? s.charAt(pos) : '\0';
    }

    private char peek(int offset) {
        int i = pos + offset;
        return i < n ? s.charAt(i) : '\0';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\n' || c == '\0';
    }

    /** Characters that start something other than a plain scalar (or that this parser leaves to SnakeYAML). */
    private static boolean isIndicator(char c) {
        return switch (c) {
            case ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '?' -> true;
            default -> false;
        };
    }

    private static boolean isFlowIndicator(char c) {
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    private long save() {
        return ((long) line << 32) | pos;
    }

    private void restore(long saved) {
        line = (int) (saved >>> 32);
        pos = (int) saved;
        lineStart = s.lastIndexOf('\n', pos - 1) + 1;
    }

    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    private YamlNode.Scalar emptyScalar(int atLine, int atColumn) {
        return new YamlNode.Scalar("", true, atLine + 1, atColumn + 1);
    }

    /** {@code s.substring(start, end)}, shared with an equal earlier text when it is short. */
    private String shared(int start, int end) {
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
    private boolean nextContentLine() {
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
    private void endOfLine() {
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

    private void skipSpaces() {
        while (pos < n && s.charAt(pos) == ' ') {
            pos++;
        }
    }

    /** Refuses a value that would go on over the next lines: more-indented content after it. */
    private void checkNoContinuation(int indent) {
        long saved = save();
        if (nextContentLine() && column() > indent) {
            throw UNSUPPORTED;
        }
        restore(saved);
    }

    // ---- document and block nodes ----------------------------------------------------------

    private YamlNode document() {
        if (!nextContentLine()) {
            return null;
        }
        if (column() == 0 && s.startsWith("---", pos) && isBlank(peek(3))) {
            pos += 3;
            endOfLine();
            if (!nextContentLine()) {
                throw UNSUPPORTED; // an explicit empty document: a null scalar, left to SnakeYAML
            }
        }
        if (column() == 0 && (s.startsWith("---", pos) || s.startsWith("...", pos))) {
            throw UNSUPPORTED;
        }
        YamlNode root = blockNode(-1);
        if (nextContentLine()) {
            throw UNSUPPORTED;
        }
        return root;
    }

    private void enter() {
        if (++depth > maxNesting) {
            throw UNSUPPORTED;
        }
    }

    /** A node starting at the first content character of a line, more indented than its parent. */
    private YamlNode blockNode(int parentIndent) {
        int indent = column();
        char c = peek();
        if (c == '-' && isBlank(peek(1))) {
            return blockSequence(indent);
        }
        if (c == '[' || c == '{') {
            YamlNode node = flowNode();
            skipSpaces();
            if (peek() == ':') {
                throw UNSUPPORTED; // a collection as a key
            }
            endOfLine();
            checkNoContinuation(parentIndent);
            return node;
        }
        int keyStart = pos;
        YamlNode.Scalar scalar = blockScalar();
        skipSpaces();
        if (peek() == ':' && isBlank(peek(1))) {
            checkSimpleKey(line, keyStart);
            return blockMapping(indent, scalar);
        }
        endOfLine();
        checkNoContinuation(parentIndent);
        return scalar;
    }

    /** A block map at {@code indent}; its first key is read and {@code pos} is at the colon after it. */
    private YamlNode blockMapping(int indent, YamlNode.Scalar firstKey) {
        enter();
        List<YamlNode> keys = new ArrayList<>();
        List<YamlNode> values = new ArrayList<>();
        YamlNode.Scalar key = firstKey;
        while (true) {
            int colonLine = line;
            int colonColumn = column();
            pos++; // the colon
            keys.add(key);
            values.add(mappingValue(indent, colonLine, colonColumn));
            long saved = save();
            if (!nextContentLine() || column() < indent) {
                restore(saved);
                break;
            }
            if (column() > indent || (peek() == '-' && isBlank(peek(1))) || peek() == '[' || peek() == '{') {
                throw UNSUPPORTED;
            }
            int keyStart = pos;
            key = blockScalar();
            skipSpaces();
            if (peek() != ':' || !isBlank(peek(1))) {
                throw UNSUPPORTED;
            }
            checkSimpleKey(line, keyStart);
        }
        depth--;
        return new YamlNode.Mapping(keys, values, false, firstKey.line(), firstKey.column());
    }

    /** The value after a block map's colon; leaves {@code pos} at the start of a line. */
    private YamlNode mappingValue(int indent, int colonLine, int colonColumn) {
        skipSpaces();
        char c = peek();
        if (c == '\n' || c == '\0' || (c == '#' && s.charAt(pos - 1) == ' ')) {
            endOfLine();
            long saved = save();
            if (nextContentLine()) {
                if (column() > indent) {
                    return blockNode(indent);
                }
                if (column() == indent && peek() == '-' && isBlank(peek(1))) {
                    return blockSequence(indent);
                }
            }
            restore(saved);
            return emptyScalar(colonLine, colonColumn + 1);
        }
        if (c == '[' || c == '{') {
            YamlNode node = flowNode();
            endOfLine();
            checkNoContinuation(indent);
            return node;
        }
        if (c == '-' && isBlank(peek(1))) {
            throw UNSUPPORTED;
        }
        YamlNode.Scalar scalar = blockScalar();
        skipSpaces();
        if (peek() == ':') {
            throw UNSUPPORTED; // "a: b: c"
        }
        endOfLine();
        checkNoContinuation(indent);
        return scalar;
    }

    /** A block list whose first dash is at {@code pos}, in column {@code indent}. */
    private YamlNode blockSequence(int indent) {
        enter();
        int startLine = line;
        int startColumn = column();
        List<YamlNode> items = new ArrayList<>();
        while (true) {
            int dashLine = line;
            int dashColumn = column();
            pos++; // the dash
            items.add(sequenceItem(indent, dashLine, dashColumn));
            long saved = save();
            if (!nextContentLine() || column() < indent) {
                restore(saved);
                break;
            }
            if (column() > indent) {
                throw UNSUPPORTED;
            }
            if (peek() != '-' || !isBlank(peek(1))) {
                restore(saved);
                break;
            }
        }
        depth--;
        return new YamlNode.Sequence(items, startLine + 1, startColumn + 1);
    }

    private YamlNode sequenceItem(int indent, int dashLine, int dashColumn) {
        skipSpaces();
        char c = peek();
        if (c == '\n' || c == '\0' || (c == '#' && s.charAt(pos - 1) == ' ')) {
            endOfLine();
            long saved = save();
            if (nextContentLine() && column() > indent) {
                return blockNode(indent);
            }
            restore(saved);
            return emptyScalar(dashLine, dashColumn + 1);
        }
        if (c == '-' && isBlank(peek(1))) {
            throw UNSUPPORTED;
        }
        if (c == '[' || c == '{') {
            YamlNode node = flowNode();
            skipSpaces();
            if (peek() == ':') {
                throw UNSUPPORTED;
            }
            endOfLine();
            checkNoContinuation(indent);
            return node;
        }
        int itemColumn = column();
        int keyStart = pos;
        YamlNode.Scalar scalar = blockScalar();
        skipSpaces();
        if (peek() == ':' && isBlank(peek(1))) {
            checkSimpleKey(line, keyStart);
            return blockMapping(itemColumn, scalar);
        }
        endOfLine();
        checkNoContinuation(indent);
        return scalar;
    }

    /** A scalar in block context, on one line; {@code pos} stops after it (before any spaces). */
    private YamlNode.Scalar blockScalar() {
        char c = peek();
        if (c == '"') {
            return doubleQuoted();
        }
        if (c == '\'') {
            return singleQuoted();
        }
        if (isIndicator(c) || ((c == '-' || c == ':') && isBlank(peek(1)))) {
            throw UNSUPPORTED;
        }
        int startColumn = column();
        int start = pos;
        int end = pos;
        while (true) {
            int chunk = pos;
            while (pos < n) {
                char ch = s.charAt(pos);
                if (ch == ' ' || ch == '\n' || (ch == ':' && isBlank(peek(1)))) {
                    break;
                }
                pos++;
            }
            if (pos == chunk) {
                break;
            }
            end = pos;
            skipSpaces();
            char next = peek();
            if (next == '\n' || next == '\0' || next == '#' || next == ':' || pos == end) {
                break;
            }
        }
        pos = end;
        return new YamlNode.Scalar(shared(start, end), true, line + 1, startColumn + 1);
    }

    // ---- flow nodes ------------------------------------------------------------------------

    /** Skips spaces, line breaks and comments inside a flow collection. */
    private void skipFlowSpace() {
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

    private YamlNode flowNode() {
        skipFlowSpace();
        char c = peek();
        if (c == '[') {
            return flowSequence();
        }
        if (c == '{') {
            return flowMapping();
        }
        if (c == '"') {
            return doubleQuoted();
        }
        if (c == '\'') {
            return singleQuoted();
        }
        return flowPlain();
    }

    private YamlNode flowSequence() {
        enter();
        int startLine = line;
        int startColumn = column();
        pos++; // [
        List<YamlNode> items = new ArrayList<>();
        while (true) {
            skipFlowSpace();
            if (peek() == ']') {
                pos++;
                break;
            }
            items.add(flowNode());
            skipFlowSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                break;
            } else {
                throw UNSUPPORTED; // includes [a: b], a map of one pair inside a list
            }
        }
        depth--;
        return new YamlNode.Sequence(items, startLine + 1, startColumn + 1);
    }

    private YamlNode flowMapping() {
        enter();
        int startLine = line;
        int startColumn = column();
        pos++; // {
        List<YamlNode> keys = new ArrayList<>();
        List<YamlNode> values = new ArrayList<>();
        while (true) {
            skipFlowSpace();
            if (peek() == '}') {
                pos++;
                break;
            }
            char first = peek();
            if (first == '[' || first == '{') {
                throw UNSUPPORTED;
            }
            int keyLine = line;
            int keyStart = pos;
            YamlNode key = flowNode();
            boolean quoted = first == '"' || first == '\'';
            skipFlowSpace();
            checkSimpleKey(keyLine, keyStart);
            YamlNode value;
            char c = peek();
            if (c == ':' && (quoted || isBlank(peek(1)) || isFlowIndicator(peek(1)))) {
                int colonLine = line;
                int colonColumn = column();
                pos++;
                skipFlowSpace();
                char v = peek();
                value = v == ',' || v == '}' ? emptyScalar(colonLine, colonColumn + 1) : flowNode();
            } else if (c == ',' || c == '}') {
                value = emptyScalar(line, column());
            } else {
                throw UNSUPPORTED;
            }
            keys.add(key);
            values.add(value);
            skipFlowSpace();
            c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                break;
            } else {
                throw UNSUPPORTED;
            }
        }
        depth--;
        return new YamlNode.Mapping(keys, values, true, startLine + 1, startColumn + 1);
    }

    /** A plain scalar inside a flow collection, on one line. */
    private YamlNode.Scalar flowPlain() {
        char c = peek();
        // in flow context a colon never starts a plain scalar: SnakeYAML reads it as a value indicator
        if (c == '\0' || c == '\n' || c == ':' || isIndicator(c)
                || (c == '-' && (isBlank(peek(1)) || isFlowIndicator(peek(1))))) {
            throw UNSUPPORTED;
        }
        int startLine = line;
        int startColumn = column();
        int start = pos;
        int end = pos;
        while (true) {
            int chunk = pos;
            while (pos < n) {
                char ch = s.charAt(pos);
                if (ch == '?') {
                    throw UNSUPPORTED; // ends a plain scalar in flow context: a complex key may follow
                }
                if (ch == ' ' || ch == '\n' || isFlowIndicator(ch)
                        || (ch == ':' && (isBlank(peek(1)) || isFlowIndicator(peek(1))))) {
                    break;
                }
                pos++;
            }
            if (pos == chunk) {
                break;
            }
            end = pos;
            skipSpaces();
            char next = peek();
            if (next == '\n') {
                // the scalar may go on over the next line: only an indicator after the break ends it here
                long saved = save();
                skipFlowSpace();
                char after = peek();
                if (after != ',' && after != ']' && after != '}') {
                    throw UNSUPPORTED;
                }
                restore(saved);
                break;
            }
            if (next == '\0' || next == '#' || pos == end) {
                break;
            }
        }
        pos = end;
        return new YamlNode.Scalar(shared(start, end), true, startLine + 1, startColumn + 1);
    }

    /** SnakeYAML takes a key only when its colon is on the key's line, within 1024 characters. */
    private void checkSimpleKey(int keyLine, int keyStart) {
        if (line != keyLine || pos - keyStart > 1000) {
            throw UNSUPPORTED;
        }
    }

    // ---- quoted scalars --------------------------------------------------------------------

    private YamlNode.Scalar singleQuoted() {
        int startColumn = column();
        pos++;
        StringBuilder text = null;
        int start = pos;
        while (true) {
            if (pos >= n || s.charAt(pos) == '\n') {
                throw UNSUPPORTED;
            }
            char c = s.charAt(pos);
            if (c == '\'') {
                if (peek(1) == '\'') {
                    if (text == null) {
                        text = new StringBuilder();
                    }
                    text.append(s, start, pos + 1);
                    pos += 2;
                    start = pos;
                    continue;
                }
                String value = text == null ? shared(start, pos) : text.append(s, start, pos).toString();
                pos++;
                return new YamlNode.Scalar(value, false, line + 1, startColumn + 1);
            }
            pos++;
        }
    }

    private YamlNode.Scalar doubleQuoted() {
        int startColumn = column();
        pos++;
        StringBuilder text = null;
        int start = pos;
        while (true) {
            if (pos >= n || s.charAt(pos) == '\n') {
                throw UNSUPPORTED;
            }
            char c = s.charAt(pos);
            if (c == '"') {
                String value = text == null ? shared(start, pos) : text.append(s, start, pos).toString();
                pos++;
                return new YamlNode.Scalar(value, false, line + 1, startColumn + 1);
            }
            if (c == '\\') {
                if (text == null) {
                    text = new StringBuilder();
                }
                text.append(s, start, pos);
                pos++;
                char e = peek();
                switch (e) {
                    case '"', '\\' -> text.append(e);
                    case 'n' -> text.append('\n');
                    case 't' -> text.append('\t');
                    case 'r' -> text.append('\r');
                    case 'b' -> text.append('\b');
                    case 'f' -> text.append('\f');
                    case 'u' -> {
                        if (pos + 4 >= n) {
                            throw UNSUPPORTED;
                        }
                        int code = 0;
                        for (int i = 1; i <= 4; i++) {
                            int digit = Character.digit(s.charAt(pos + i), 16);
                            if (digit < 0) {
                                throw UNSUPPORTED;
                            }
                            code = code * 16 + digit;
                        }
                        if (Character.isSurrogate((char) code)) {
                            throw UNSUPPORTED;
                        }
                        text.append((char) code);
                        pos += 4;
                    }
                    default -> throw UNSUPPORTED;
                }
                pos++;
                start = pos;
                continue;
            }
            pos++;
        }
    }
}
