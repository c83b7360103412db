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
     * The tree of {@code text}; null when it holds no document, or when it cannot be read, and then
     * every problem found went to {@code problems}.
     *
     * @param maxAliases the most aliases of lists or maps accepted (alias bombs)
     * @param maxNesting the deepest nesting of lists and maps accepted
     * @param maxCodePoints the longest text SnakeYAML reads
     */
    public static YamlNode read(String text, int maxAliases, int maxNesting, int maxCodePoints,
                                Consumer<YamlProblem> problems) {
        try {
            return FastYamlParser.parse(text, maxNesting);
        } catch (UnsupportedYaml e) {
            List<YamlProblem> found = new ArrayList<>();
            YamlNode root = readWithSnakeYaml(text, maxAliases, maxNesting, maxCodePoints, found);
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
}
