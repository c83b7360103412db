package dev.netmove.engine.topology.load.yaml;

import static dev.netmove.engine.PropertySeeds.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast parser against SnakeYAML on documents generated from a small grammar of YAML: block and
 * flow maps and lists nested a few levels, plain, single- and double-quoted scalars (with every
 * JSON escape), comments, unicode, CRLF line ends, keys with colons, and the scalars YAML reads as
 * something other than a string (booleans, nulls, octal and hex numbers, floats, times, dates).
 * Whenever the fast parser reads a document, its tree must be SnakeYAML's, positions included.
 */
class FastYamlParserPropertiesTest {

    private static final int MAX_NESTING = 50;

    /** Plain scalars safe in block context, many of which YAML reads as booleans, nulls, numbers or dates. */
    private static final List<String> PLAIN = List.of("web", "agg1", "Eth1/49", "10Gbps", "16 GiB", "x y", "a:b",
            "x#y", "http://h:80/p", "é-ü", "中文", "true", "yes", "Off", "~", "null", "NULL", "010", "0110", "0x1F",
            "0o17", "1e3", ".inf", "-.5", "+12", "1_000", "12:30", "2026-01-01", "-1", "0", "3.14", "=");

    /** Plain scalars safe in flow context (no , [ ] { } and no colon). */
    private static final List<String> FLOW_PLAIN = List.of("web", "10Gbps", "x y", "é", "中文", "true", "no", "~",
            "010", "0x1F", "1e3", "-.5", "2026-01-01", "-1", "Eth1/49");

    private static final List<String> KEYS = List.of("name", "vlans", "a:b", "110", "true", "é", "x y", "0110",
            "\"a: b\"", "'k # 1'", "\"\"", "'it''s'", "\"\\u00e9\"");

    @Property(tries = 400, seed = SEED)
    void the_fast_tree_is_snakeyamls_tree(@ForAll("documents") String text) {
        YamlNode fast;
        try {
            fast = FastYamlParser.parse(text, MAX_NESTING);
        } catch (UnsupportedYaml e) {
            Statistics.label("reader").collect("SnakeYAML");
            return;
        }
        Statistics.label("reader").collect("fast");
        List<YamlProblem> problems = new ArrayList<>();
        YamlNode snake = YamlTree.readWithSnakeYaml(text, 1000, MAX_NESTING, Integer.MAX_VALUE, problems);
        assertThat(problems).as("SnakeYAML refuses what the fast parser read:%n%s", text).isEmpty();
        assertThat(fast).as("fast and SnakeYAML trees of:%n%s", text).isEqualTo(snake);
        Statistics.label("reader").coverage(coverage -> coverage.check("fast").percentage(p -> p > 30));
    }

    @Provide
    Arbitrary<String> documents() {
        return Combinators.combine(blockMap(0, 3), Arbitraries.of("\n", "\r\n"), Arbitraries.of("", "# top\n", "---\n"))
                .as((body, newline, head) -> (head + body).replace("\n", newline));
    }

    private static String pad(int indent) {
        return " ".repeat(indent);
    }

    private Arbitrary<String> comment() {
        return Arbitraries.of("", "", " # c", " # é: [x]");
    }

    private Arbitrary<String> blockMap(int indent, int depth) {
        Arbitrary<String> entry = Combinators.combine(Arbitraries.of(KEYS), mapValue(indent, depth),
                Arbitraries.of("", "", pad(indent) + "# own line\n", "\n"))
                .as((key, value, before) -> before + pad(indent) + key + ":" + value);
        return entry.list().ofMinSize(1).ofMaxSize(4).map(entries -> String.join("", entries));
    }

    private Arbitrary<String> mapValue(int indent, int depth) {
        Arbitrary<String> inline = Combinators.combine(Arbitraries.oneOf(scalar(), flow(depth)), comment())
                .as((value, comment) -> " " + value + comment + "\n");
        if (depth == 0) {
            return Arbitraries.oneOf(inline, Arbitraries.just("\n"));
        }
        Arbitrary<String> nestedMap = Combinators.combine(comment(), Arbitraries.lazy(() -> blockMap(indent + 2, depth - 1)))
                .as((comment, map) -> comment + "\n" + map);
        Arbitrary<String> nestedList = Arbitraries.of(0, 2).flatMap(shift ->
                Arbitraries.lazy(() -> blockList(indent + shift, depth - 1)).map(list -> "\n" + list));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, inline), net.jqwik.api.Tuple.of(2, nestedMap),
                net.jqwik.api.Tuple.of(2, nestedList), net.jqwik.api.Tuple.of(1, Arbitraries.just("\n")));
    }

    private Arbitrary<String> blockList(int indent, int depth) {
        Arbitrary<String> inline = Combinators.combine(Arbitraries.oneOf(scalar(), flow(depth)), comment())
                .as((value, comment) -> pad(indent) + "- " + value + comment + "\n");
        // a map as a list item starts on the dash's line, its other keys two columns in
        Arbitrary<String> map = Arbitraries.lazy(() -> blockMap(indent + 2, Math.max(0, depth - 1)))
                .map(m -> pad(indent) + "- " + m.substring(indent + 2));
        Arbitrary<String> item = depth == 0 ? inline : Arbitraries.oneOf(inline, inline, map);
        return item.list().ofMinSize(1).ofMaxSize(4).map(items -> String.join("", items));
    }

    private Arbitrary<String> flow(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(Arbitraries.of(FLOW_PLAIN), singleQuoted(), doubleQuoted());
        if (depth == 0) {
            return leaf.list().ofMaxSize(3).map(items -> "[" + String.join(", ", items) + "]");
        }
        Arbitrary<String> node = Arbitraries.oneOf(leaf, leaf, Arbitraries.lazy(() -> flow(depth - 1)));
        Arbitrary<String> list = node.list().ofMaxSize(3).map(items -> "[" + String.join(", ", items) + "]");
        Arbitrary<String> pair = Combinators.combine(Arbitraries.of(KEYS), node, Arbitraries.of(": ", ":  "))
                .as((key, value, colon) -> key + colon + value);
        Arbitrary<String> map = pair.list().ofMaxSize(3).map(pairs -> "{" + String.join(", ", pairs) + "}");
        Arbitrary<String> json = pair.list().ofMinSize(1).ofMaxSize(2).map(pairs -> "{" + String.join(",\n  ", pairs) + "}");
        return Arbitraries.oneOf(list, map, json);
    }

    private Arbitrary<String> scalar() {
        return Arbitraries.oneOf(Arbitraries.of(PLAIN), Arbitraries.of(PLAIN), singleQuoted(), doubleQuoted());
    }

    private Arbitrary<String> singleQuoted() {
        return Arbitraries.of("a", "''", ": ", " # ", "\"", "é", "中", "\\n", "x")
                .list().ofMaxSize(4).map(parts -> "'" + String.join("", parts) + "'");
    }

    private Arbitrary<String> doubleQuoted() {
        return Arbitraries.of("a", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u00e9", "\\u4e2d",
                        "\\ud83d\\ude00", ": ", " # ", "'", "é", "010", "true")
                .list().ofMaxSize(4).map(parts -> "\"" + String.join("", parts) + "\"");
    }
}
