package dev.netmove.engine.topology.load.yaml;

/**
 * JSON's escape {@code \/} (a slash) inside double quotes, which YAML 1.2 has and SnakeYAML (YAML
 * 1.1) refuses. It becomes {@code \e} (the escape character), two characters for two so that every
 * line and column stays right, and the composer turns that character back into a slash.
 */
final class EscapedSolidus {

    /** What {@code \e} reads as, and so what the composer turns back into {@code /}. */
    static final char STAND_IN = '\u001B';

    private EscapedSolidus() {
    }

    /**
     * {@code text} with each {@code \/} of a double-quoted scalar written {@code \e}; null when it has
     * none, or when it holds the escape character already (then nothing is changed).
     */
    static String hide(String text) {
        if (text.indexOf("\\/") < 0 || text.indexOf(STAND_IN) >= 0 || text.contains("\\e")) {
            return null;
        }
        char[] chars = text.toCharArray();
        boolean changed = false;
        boolean inDouble = false;
        boolean inSingle = false;
        boolean comment = false;
        char previous = '\n';
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (comment) {
                comment = c != '\n' && c != '\r';
            } else if (inDouble) {
                if (c == '\\' && i + 1 < chars.length) {
                    if (chars[i + 1] == '/') {
                        chars[i + 1] = 'e';
                        changed = true;
                    }
                    i++;
                    c = 'x';
                } else if (c == '"') {
                    inDouble = false;
                }
            } else if (inSingle) {
                if (c == '\'' && i + 1 < chars.length && chars[i + 1] == '\'') {
                    i++; // '' is a quote inside a single-quoted scalar, not its end
                    c = 'x';
                } else {
                    inSingle = c != '\'';
                }
            } else if (startsToken(previous)) {
                comment = c == '#';
                inDouble = c == '"';
                inSingle = c == '\'';
            }
            previous = c;
        }
        return changed ? new String(chars) : null;
    }

    /** Whether a quote or comment after {@code previous} starts a quoted scalar or a comment. */
    private static boolean startsToken(char previous) {
        return switch (previous) {
            case ' ', '\t', '\n', '\r', '[', '{', ',', ':', '-', '?' -> true;
            default -> false;
        };
    }
}
