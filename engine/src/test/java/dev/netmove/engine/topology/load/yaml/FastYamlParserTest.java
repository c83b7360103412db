package dev.netmove.engine.topology.load.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast parser must give exactly SnakeYAML's tree (values, styles, positions) or give up:
 * checked on every topology of the tests, a generated data center, tricky snippets and thousands
 * of mutated files.
 */
class FastYamlParserTest {

    private static final int MAX_NESTING = 50;

    static Path resource(String name) {
        try {
            return Path.of(FastYamlParserTest.class.getResource("/topologies/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fast tree when the fast parser reads the text, else null; fails when the trees differ. */
    private static YamlNode fastAgreesWithSnakeYaml(String text) {
        YamlNode fast;
        try {
            fast = FastYamlParser.parse(text, MAX_NESTING);
        } catch (UnsupportedYaml e) {
            return null;
        }
        List<YamlProblem> problems = new ArrayList<>();
        YamlNode slow = YamlTree.readWithSnakeYaml(text, 1000, MAX_NESTING, Integer.MAX_VALUE, problems);
        assertThat(problems).as("SnakeYAML refuses what the fast parser read:%n%s", text).isEmpty();
        assertThat(fast).as("fast and SnakeYAML trees of:%n%s", text).isEqualTo(slow);
        return fast;
    }

    static Stream<Path> topologyFiles() throws IOException {
        Path dir = resource("two-pod.yaml").getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("topologyFiles")
    void every_test_topology_parses_fast_to_snakeyamls_tree(Path file) throws IOException {
        String text = Files.readString(file);

        assertThat(fastAgreesWithSnakeYaml(text)).as(file.getFileName().toString()).isNotNull();
    }

    @Test
    void a_generated_data_center_parses_fast_to_snakeyamls_tree() {
        String text = DataCenterGenerator.toYaml(DataCenterSpec.ofSwitches(20, 100, 400));

        assertThat(fastAgreesWithSnakeYaml(text)).isNotNull();
    }

    @Test
    void json_with_escapes_parses_fast_to_snakeyamls_tree() {
        String json = "{\n  \"topology\": \"a \\\"quoted\\\" \\u00e9 name\",\n  \"devices\": {\"a\":{\"role\":\"core\"}},"
                + "\n  \"links\": [ ], \"x\": [1, -2, 3.5, true, null, {}]\n}\n";

        assertThat(fastAgreesWithSnakeYaml(json)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: b\n", "a:\n  b: c\n  d:\n    - e\n    -\n    - f: g\n      h: i\n", "a:\n- b\n- c\nd: e\n",
        "- a\n-\n- - b\n", "a: b # c\n# d\ne: 'f''g' # h\n", "a: {b: 1, c, d: , e: [f, g], h: {}}\n",
        "a: [b, [c, d], {e: f}]\n", "a: x:y\nb: http://h:80/p\n", "k: {a:1}\n", "a: b c  d\n", "a: b#c\n",
        "'a': \"b\"\n", "a: {\"b\":1}\n", "a: -1\nb: -\n", "---\na: b\n", "--- # c\na: b\n", "a\n", "[a, b]\n",
        "{a: b}\n", "a: [b,\n  c]\n", "a: {b: 1,\nc: 2}\n", "a:\n\n\n  b: c\n", "  a: b\n  c: d\n",
        "a: b\r\nc: d\r\n", "a: \"\"\nb: ''\n", "a: ~\nb: null\n", "a: b\n  c\n", "a: b\nc\n",
        "- a: b\n  c: d\n- e\n", "a: [b c, d]\n", "a: [b\n, c]\n", "a: [b\nc]\n", "a: 'b\n  c'\n",
        "a: b: c\n", "a:\n  - b\n   - c\n", "a:\n  b: c\n d: e\n", "a: &x b\nc: *x\n", "a: !!str b\n",
        "a: |\n  b\n", "? a\n: b\n", "a: b\n...\n", "a: b\n---\nc: d\n", "a:\tb\n", "a: [b, ]\n", "a: {b, }\n",
        "a: [b: c]\n", "[a]: b\n", "a: \"\\x41\"\n", "a: 'b' c\n", "a: [ ]\n", "- [a]\n- {b: c}\n", "a: b\n\n",
        "# only a comment\n", "", "\n\n", "a: b   \n", "- -1\n", "a: [-1, -b]\n", "a: ,b\n", "a: [a#b, c #d\n]\n",
        "a: {b: c} d\n", "a: [b] # c\n", "a:  \n  - b\n", "a: - b\n", "-a: b\n", "a: :b\n", "a: b:\n"})
    void snippets_parse_to_snakeyamls_tree_or_go_to_snakeyaml(String text) {
        fastAgreesWithSnakeYaml(text);
    }

    @Test
    void common_snippets_do_take_the_fast_path() {
        for (String text : List.of("a: b\n", "a:\n- b\nc: {d: [e, f]}\n", "- {a: 1}\n", "{\"a\": [1, 2]}\n")) {
            assertThat(fastAgreesWithSnakeYaml(text)).as(text).isNotNull();
        }
    }

    @Test
    void anchors_tags_and_block_scalars_are_left_to_snakeyaml() {
        for (String text : List.of("a: &x b\n", "a: *x\n", "a: !t b\n", "a: |\n  b\n", "a: >\n  b\n", "%YAML 1.1\n---\na: b\n",
                "a:\tb\n", "? a\n", "a: b\n  c\n")) {
            assertThatThrownBy(() -> FastYamlParser.parse(text, MAX_NESTING)).as(text)
                    .isInstanceOf(UnsupportedYaml.class);
        }
    }

    @Test
    void mutated_topologies_parse_to_snakeyamls_tree_or_go_to_snakeyaml() throws IOException {
        String original = Files.readString(resource("two-pod.yaml"));
        String[] inserts = {" ", "\n", ":", "-", "#", ",", "[", "]", "{", "}", "'", "\"", "  ", ": ", "- ", "a", "\n  "};
        Random random = new Random(20260101);
        int fast = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder(original);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                if (random.nextBoolean()) {
                    text.deleteCharAt(at);
                } else {
                    text.insert(at, inserts[random.nextInt(inserts.length)]);
                }
            }
            if (fastAgreesWithSnakeYaml(text.toString()) != null) {
                fast++;
            }
        }
        assertThat(fast).as("mutants read by the fast parser").isGreaterThan(300);
    }
}
