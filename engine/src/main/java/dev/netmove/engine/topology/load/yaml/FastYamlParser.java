package dev.netmove.engine.topology.load.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the plain subset of YAML that topology files are written in (block maps and lists,
 * flow maps and lists, plain and simply quoted scalars, comments; JSON) straight into
 * {@link YamlNode}s, several times faster than SnakeYAML. Anything outside that subset, and
 * anything malformed, makes it give up ({@link UnsupportedYaml}) so that {@link YamlTreeComposer}
 * reads the text instead: the tree this parser returns is always the tree SnakeYAML would give.
 *
 * <p>Left to SnakeYAML: anchors, aliases, tags, block scalars ({@code |}, {@code >}), directives,
 * complex keys, document markers after the first line, scalars over several lines, tabs, escapes
 * other than JSON's, control characters, and every error (SnakeYAML's messages are the ones shown).
 */
final class FastYamlParser extends FlowYamlParser {

    private FastYamlParser(String text, int maxNesting) {
        super(text, maxNesting);
    }

    /**
     * The tree of {@code text}, or null when it holds no document (only comments or nothing).
     *
     * @throws UnsupportedYaml when SnakeYAML must read the text
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
}
