package dev.netmove.engine.topology.load.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The way into this package: the tree of one YAML (or JSON) document as {@link YamlNode}s, read by
 * the fast parser when the text is in the subset it reads, else by SnakeYAML (whose messages are
 * then the ones reported). Both give the same tree; tags are refused, never ignored.
 */
public final class YamlTree {

    private YamlTree() {
    }

    /**
     * The tree of {@code text} (a byte order mark at its start is skipped); null when it holds no document, or when it cannot be read, and then
     * every problem found went to {@code problems}.
     *
     * @param maxAliases the most aliases of lists or maps accepted (alias bombs)
     * @param maxNesting the deepest nesting of lists and maps accepted
     * @param maxCodePoints the longest text SnakeYAML reads
     */
    public static YamlNode read(String text, int maxAliases, int maxNesting, int maxCodePoints,
                                Consumer<YamlProblem> problems) {
        String document = untabJson(!text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text);
        try {
            return FastYamlParser.parse(document, maxNesting);
        } catch (UnsupportedYaml e) {
            List<YamlProblem> found = new ArrayList<>();
            YamlNode root = readWithSnakeYaml(document, maxAliases, maxNesting, maxCodePoints, found);
            found.forEach(problems);
            return found.isEmpty() ? root : null;
        }
    }

    /** The tree SnakeYAML's events give, as {@link #read} takes it when the fast parser gives up. */
    static YamlNode readWithSnakeYaml(String text, int maxAliases, int maxNesting, int maxCodePoints,
                                      List<YamlProblem> problems) {
        // SnakeYAML reads YAML 1.1, which lacks JSON's escape \/: it gets a stand-in of the same length, restored in the tree
        String hidden = EscapedSolidus.hide(text);
        return YamlTreeComposer.compose(hidden == null ? text : hidden, hidden != null, problems, maxAliases, maxNesting,
                maxCodePoints);
    }

    /**
     * JSON may indent with tabs, which YAML forbids at the start of a line. In a document that is
     * one flow collection (JSON), tabs outside strings are plain whitespace, so the tabs that begin
     * a line become spaces (one for one, so columns stay right).
     */
    private static String untabJson(String text) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length() || (text.charAt(first) != '{' && text.charAt(first) != '[')
                || text.indexOf('\t') < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        boolean lineStart = true;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\r') {
                lineStart = true;
            } else if (c == '\t' && lineStart) {
                chars[i] = ' ';
            } else if (c != ' ') {
                lineStart = false;
            }
        }
        return new String(chars);
    }
}
