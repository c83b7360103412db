package dev.netmove.glossary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The step glossary as a Markdown page: the parameter types, then every phrase by keyword with its parameter
 * types and an example step line. Written by {@code netmove:glossary} and committed as the site page
 * {@code src/site/markdown/steps.md}; the same glossary gives the same bytes.
 */
public final class GlossaryPage {

    /** The page's file name. */
    public static final String FILE_NAME = "steps.md";

    /** What Cucumber's built-in parameter types match, for the types table. */
    private static final Map<String, String[]> BUILT_IN = Map.of(
            "string", new String[] {"a quoted name", "String", "\"web01\", \"agg1-core1\""},
            "int", new String[] {"a whole number", "Integer", "110"});

    private GlossaryPage() {
    }

    /** The page of {@code glossary}. */
    public static String render(StepGlossary glossary) {
        StringBuilder out = new StringBuilder();
        out.append("# The steps\n\n");
        out.append("<!-- generated from the step definitions by netmove:glossary (dev.netmove.glossary.GlossaryPage);"
                + " do not edit: StepGlossaryTest says how to write it again -->\n\n");
        out.append("Every phrase netmove's step library matches, read from the step definitions themselves, with the "
                + "parameter types it takes and a step line that matches it. `mvn netmove:glossary` writes this page "
                + "to `target/netmove/steps.md`. How scenarios behave where the contracts are silent is on the page "
                + "[how scenarios run](scenarios.html). A keyword `And` or `But` continues the keyword before it.\n\n");
        out.append(glossary.phrases().size()).append(" phrases.\n\n");
        out.append("## Parameter types\n\n");
        out.append("| type | matches | the step gets | example |\n|---|---|---|---|\n");
        for (String name : List.of("string", "int")) {
            String[] row = BUILT_IN.get(name);
            out.append("| `{").append(name).append("}` | ").append(row[0]).append(" | `").append(row[1])
                    .append("` | `").append(row[2]).append("` |\n");
        }
        for (StepGlossary.CustomType type : glossary.parameterTypes()) {
            out.append("| `{").append(type.name()).append("}` | `").append(cell(type.regex())).append("` | `")
                    .append(type.javaType()).append("` | `")
                    .append(PhraseExamples.QUANTITIES.getOrDefault(type.name(), "")).append("` |\n");
        }
        out.append("\nA quantity takes the units of the topology format, with or without a space after the number; "
                + "a unit that does not exist fails the step with the accepted units. The patterns are wider than what is "
                + "accepted, so that a value such as `5` (no unit), `-5 s`, `1,000 GiB` or `1e30 Gbps` still matches its "
                + "phrase and the step fails saying why it is not accepted (the accepted units, a negative value, a "
                + "number too large, a separator or an exponent), never as an undefined step.\n");
        String keyword = "";
        for (StepGlossary.Phrase phrase : glossary.phrases()) {
            if (!phrase.keyword().equals(keyword)) {
                keyword = phrase.keyword();
                out.append("\n## ").append(keyword).append("\n\n");
                out.append("| phrase | parameters | example |\n|---|---|---|\n");
            }
            out.append("| `").append(cell(phrase.expression())).append('`');
            if (!phrase.argument().isEmpty()) {
                out.append(" followed by a ").append(phrase.argument());
            }
            out.append(" | ");
            out.append(phrase.parameterTypes().isEmpty() ? "none"
                    : String.join(", ", phrase.parameterTypes().stream().map(t -> "`{" + t + "}`").toList()));
            out.append(" | `").append(cell(phrase.example())).append("` |\n");
        }
        return out.toString();
    }

    /**
     * Writes the page of netmove's step library as {@value #FILE_NAME} into {@code folder} (created when missing).
     *
     * @return the written file
     */
    public static Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        Files.writeString(file, render(StepGlossary.netmove()), StandardCharsets.UTF_8);
        return file;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
