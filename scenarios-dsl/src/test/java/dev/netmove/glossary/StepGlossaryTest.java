package dev.netmove.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The glossary is read from the step definitions, covers every phrase of the contract STEPS.md, shows an
 * example that Cucumber matches for each phrase, and is the committed site page byte for byte.
 */
class StepGlossaryTest {

    /**
     * Phrases of STEPS.md not implemented yet: none. A phrase added to the contract before its step lands
     * goes here, with the issue that implements it.
     */
    static final Set<String> STEPS_NOT_YET_IMPLEMENTED = Set.of();

    /** The committed site page (scenarios-dsl runs its tests from its own folder). */
    private static final Path SITE_PAGE = Path.of("..", "src", "site", "markdown", GlossaryPage.FILE_NAME);
    /** The contract, beside the project. */
    private static final Path STEPS_MD = Path.of("..", "..", "shared", "STEPS.md");
    /** {@code -Dnetmove.glossary.write=true} writes the site page again instead of comparing. */
    private static final String WRITE = "netmove.glossary.write";

    private static final Pattern CONTRACT_PHRASE = Pattern.compile("^- `(?:Given|When|Then|And) ([^`]+)`");

    private final StepGlossary glossary = StepGlossary.netmove();

    @Test
    void every_phrase_of_steps_md_is_in_the_glossary() throws IOException {
        assertThat(STEPS_MD).as("the contract STEPS.md beside the project").exists();
        List<String> contract = new ArrayList<>();
        for (String line : Files.readAllLines(STEPS_MD, StandardCharsets.UTF_8)) {
            Matcher m = CONTRACT_PHRASE.matcher(line);
            if (m.find()) {
                contract.add(m.group(1).strip());
            }
        }
        assertThat(contract).as("phrases read from STEPS.md").hasSizeGreaterThan(50);
        List<String> missing = contract.stream().filter(p -> !glossary.expressions().contains(p))
                .filter(p -> !STEPS_NOT_YET_IMPLEMENTED.contains(p)).toList();
        assertThat(missing).as("phrases of STEPS.md that no step definition matches").isEmpty();
    }

    @Test
    void every_example_is_matched_by_its_phrase_with_its_parameter_types() {
        // the glossary checks each example with Cucumber's own matcher as it is built
        assertThat(glossary.phrases()).hasSizeGreaterThanOrEqualTo(41);
        StepGlossary.Phrase wrong = new StepGlossary.Phrase("Then", "VLAN {int} spans at most {int} switches",
                List.of("int", "int"), "", "VlanSteps");
        assertThat(StepGlossary.of(List.of()).phrases()).isEmpty();
        // a parameter type whose pattern the example value does not fit
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StepGlossary(List.of(
                new StepGlossary.Phrase("Then", "every link stays below {percent}", List.of("percent"), "", "X")),
                List.of(new StepGlossary.CustomType("percent", "\\d+ percent", "Percent"))))
                .hasMessageContaining("the glossary's example \"Then every link stays below 60%\" does not match");
        assertThat(new StepGlossary(List.of(wrong), List.of()).phrases()).hasSize(1);
    }

    @Test
    void a_phrase_shows_its_parameter_types_and_what_follows_it() {
        assertThat(glossary.phrases()).anySatisfy(p -> {
            assertThat(p.expression()).isEqualTo("the migration of VM {string} completes within {duration}");
            assertThat(p.parameterTypes()).containsExactly("string", "duration");
            assertThat(p.example()).isEqualTo("Then the migration of VM \"web01\" completes within 2 minutes");
        });
        assertThat(glossary.phrases()).anySatisfy(p -> {
            assertThat(p.expression()).isEqualTo("these migrations run at the same time:");
            assertThat(p.argument()).isEqualTo("table");
        });
        assertThat(glossary.phrases()).anySatisfy(p -> {
            assertThat(p.expression()).isEqualTo("the topology:");
            assertThat(p.argument()).isEqualTo("doc string");
        });
        assertThat(glossary.parameterTypes()).extracting(StepGlossary.CustomType::name)
                .containsExactly("bandwidth", "duration", "percent", "size");
    }

    @Test
    void the_committed_site_page_is_the_generated_one() throws IOException {
        String generated = GlossaryPage.render(glossary);
        if (Boolean.getBoolean(WRITE)) {
            Files.writeString(SITE_PAGE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SITE_PAGE, StandardCharsets.UTF_8))
                .as("src/site/markdown/steps.md is generated from the step definitions: write it again with "
                        + "mvn -o -pl scenarios-dsl test -Dtest=StepGlossaryTest -D" + WRITE + "=true")
                .isEqualTo(generated);
    }

    @Test
    void the_goal_writes_the_page_into_the_folder(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path written = GlossaryPage.writeTo(folder.resolve("target/netmove"));
        assertThat(written).hasFileName("steps.md");
        assertThat(Files.readString(written)).contains("| `VM {string} migrates to host {string}` | `{string}`, "
                + "`{string}` | `When VM \"web01\" migrates to host \"esx-b1\"` |");
    }

    @Test
    void the_editor_step_file_declares_every_phrase_and_parameter_type() {
        String source = EditorStepFile.render(glossary);
        assertThat(source).contains("@ParameterType(name = \"percent\", value = \"[-+]?\\\\d+(?:[.,_]\\\\d+)*(?:[eE][-+]?\\\\d+)?(?:\\\\s?%)?\")")
                .contains("@When(\"VM {string} migrates to host {string}\")")
                .contains("@Then(\"the switch ports of every host in cluster {string} carry the cluster's VLANs\")");
        assertThat(source.lines().filter(l -> l.startsWith("    @Given") || l.startsWith("    @When")
                || l.startsWith("    @Then")).count()).isEqualTo(glossary.phrases().size());
    }
}
