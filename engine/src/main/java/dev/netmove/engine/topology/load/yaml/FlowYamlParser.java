package dev.netmove.engine.topology.load.yaml;

import java.util.ArrayList;
import java.util.List;

/** Reads flow collections ({@code [a, b]}, {@code {a: 1}}, JSON) and the plain scalars inside them. */
abstract class FlowYamlParser extends QuotedScalarParser {

    FlowYamlParser(String text, int maxNesting) {
        super(text, maxNesting);
    }

    YamlNode flowNode() {
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
    YamlNode.Scalar flowPlain() {
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
}
