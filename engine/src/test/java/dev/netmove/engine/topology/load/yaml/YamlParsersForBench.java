package dev.netmove.engine.topology.load.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * The two YAML readers of the loader (the parser of our own and the composer on SnakeYAML), opened to the benchmarks of {@code dev.netmove.engine.bench}
 * (which compare them with Jackson's) without making them public in the engine.
 */
public final class YamlParsersForBench {

    // the loader's limits (TopologyLoader)
    private static final int MAX_ALIASES = 20;
    private static final int MAX_NESTING = 50;
    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private YamlParsersForBench() {
    }

    /** The hand-written parser's tree of {@code text}. */
    public static Object fast(String text) {
        return FastYamlParser.parse(text, MAX_NESTING);
    }

    /** The tree composed from SnakeYAML's events, as the loader composes it. */
    public static Object snakeYaml(String text) {
        List<YamlProblem> problems = new ArrayList<>();
        Object tree = YamlTree.readWithSnakeYaml(text, MAX_ALIASES, MAX_NESTING, MAX_CODE_POINTS, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        return tree;
    }
}
