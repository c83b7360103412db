package dev.netmove.engine.topology.load.yaml;

/** Reads single- and double-quoted scalars on one line, with JSON's escapes. */
abstract class QuotedScalarParser extends YamlCursor {

    QuotedScalarParser(String text, int maxNesting) {
        super(text, maxNesting);
    }

    YamlNode.Scalar singleQuoted() {
        return quoted('\'');
    }

    YamlNode.Scalar doubleQuoted() {
        return quoted('"');
    }

    /** A scalar in {@code quote}s: in single quotes {@code ''} is a quote, in double quotes a backslash escapes. */
    private YamlNode.Scalar quoted(char quote) {
        int startColumn = column();
        pos++;
        StringBuilder text = null;
        int start = pos;
        while (true) {
            if (pos >= n || s.charAt(pos) == '\n') {
                throw UNSUPPORTED;
            }
            char c = s.charAt(pos);
            if (c == quote) {
                if (quote == '\'' && peek(1) == '\'') {
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
            if (c == '\\' && quote == '"') {
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
                    case '/' -> text.append('/'); // JSON's escape; SnakeYAML (YAML 1.1) lacks it
                    case 'u' -> {
                        char code = hex4(pos + 1);
                        pos += 4;
                        if (Character.isHighSurrogate(code) && peek(1) == '\\' && peek(2) == 'u') {
                            char low = hex4(pos + 3); // JSON writes a character beyond U+FFFF as a pair of escapes
                            if (!Character.isLowSurrogate(low)) {
                                throw UNSUPPORTED;
                            }
                            text.append(code).append(low);
                            pos += 6;
                        } else if (Character.isSurrogate(code)) {
                            throw UNSUPPORTED;
                        } else {
                            text.append(code);
                        }
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

    /** The four hex digits at {@code at} as a character. */
    private char hex4(int at) {
        if (at + 4 > n) {
            throw UNSUPPORTED;
        }
        int code = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = Character.digit(s.charAt(i), 16);
            if (digit < 0) {
                throw UNSUPPORTED;
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }
}
