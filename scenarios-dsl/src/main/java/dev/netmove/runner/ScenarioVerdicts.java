package dev.netmove.runner;

import dev.netmove.steps.ProjectFolder;
import org.junit.platform.engine.TestExecutionResult;

import dev.netmove.glossary.ClosestPhrases;
import dev.netmove.glossary.StepGlossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where netmove overrules how a scenario ended as Cucumber saw it: an outline without Examples whose steps hold
 * placeholders, or a step still holding one, a scenario that ran out of time, a scenario with no step (it checked nothing, so it never
 * passes), a doc string or table its phrase does not take, and a step that failed with an unexpected error (one
 * line naming the step; the full trace goes to the report folder). Also how an undefined step is told: at its
 * line, with the closest phrases instead of Cucumber's Java snippet.
 */
final class ScenarioVerdicts {

    private ScenarioVerdicts() {
    }

    /**
     * The message the scenario fails with instead of the one Cucumber gave, if netmove overrules it.
     *
     * @param file the feature file as users see it
     * @param line the scenario's line (the example row's for an outline), 0 when unknown
     */
    static Optional<String> overrule(ScenarioWatch.Seen seen, TestExecutionResult result, String file, int line,
                                     String scenario, Path reports, Path base) {
        String location = line > 0 ? file + ":" + line : file;
        // an outline with no placeholder and no Examples is a plain scenario (Gherkin takes the keywords as synonyms)
        if (seen.outlineNoExamples() && !seen.unfilled().isEmpty()) {
            String names = placeholders(seen.unfilled());
            return Optional.of("Scenario Outline '" + scenario + "' (" + location + ") has no Examples"
                    + ", so its steps ran with " + names + " as written"
                    + ": add an Examples: table under it, with a column for each placeholder and a row for each case,"
                    + " or make it a plain Scenario");
        }
        if (!seen.unfilled().isEmpty()) {
            ScenarioWatch.Step step = seen.unfilled().get(0);
            List<String> names = placeholderNames(step.text());
            return Optional.of("step '" + step.text() + "' (" + file + ":" + step.line() + ") holds the placeholder"
                    + (names.size() == 1 ? " " : "s ") + String.join(", ", names)
                    + ", which no Examples column fills: in a Scenario Outline add "
                    + (names.size() == 1 ? "a column " : "the columns ")
                    + String.join(", ", names.stream().map(n -> n.substring(1, n.length() - 1)).toList())
                    + " to its Examples table; in a plain Scenario write the value itself");
        }
        if (seen.timedOut()) {
            String step = seen.lastStep() == null ? "before its first step" : "in step '" + seen.lastStep() + "'";
            return Optional.of("the scenario ran out of time " + step + ": it was still running after "
                    + ScenarioTimeout.shown(seen.limit()) + ", the limit of one scenario, and was stopped."
                    + " If the step is right, allow more time with <scenarioTimeout> (-D"
                    + NetmoveProperties.SCENARIO_TIMEOUT + "=10min); else look for an input far too large"
                    + " (a memory size in TiB instead of GiB, a rate in Tbps)");
        }
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL && seen.noSteps()) {
            return Optional.of("nothing to check: the scenario has no steps. Write its Given, When and Then steps,"
                    + " or remove it; a scenario that checks nothing never passes");
        }
        if (seen.argumentMismatch() != null) {
            return Optional.of(argumentMismatch(seen.argumentMismatch(), file));
        }
        Throwable thrown = result.getThrowable().orElse(null);
        if (result.getStatus() == TestExecutionResult.Status.FAILED && thrown != null
                && !FailureText.isMeantForUsers(thrown) && !FailureText.isUndefinedStep(thrown)) {
            String step = seen.failedStep() != null ? seen.failedStep()
                    : seen.lastStep() != null ? seen.lastStep() : "a hook";
            Path trace = ScenarioTraces.write(reports, location, scenario, step, thrown);
            String where = trace == null ? "the trace could not be written"
                    : "the full trace is in " + ProjectFolder.shown(base, trace);
            String what = thrown.getMessage() == null ? thrown.getClass().getSimpleName()
                    : thrown.getClass().getSimpleName() + ": " + thrown.getMessage().lines().findFirst().orElse("");
            return Optional.of("step '" + step + "' of scenario '" + scenario + "' failed with an unexpected error ("
                    + what + "); " + where + " (and in the log with mvn -X). If the step is netmove's own, please"
                    + " report it with that trace");
        }
        return Optional.empty();
    }

    /**
     * Why a scenario is undefined: for each step that matches no phrase, where it is and the closest phrases of
     * netmove's step library.
     */
    static String undefined(List<ScenarioWatch.Step> steps, String file) {
        StringBuilder text = new StringBuilder();
        for (ScenarioWatch.Step step : steps) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append("step '").append(step.text()).append("' (").append(file).append(':').append(step.line())
                    .append(") matches no step definition");
            List<StepGlossary.Phrase> closest = ClosestPhrases.to(withoutKeyword(step.text()), NETMOVE.get());
            if (closest.isEmpty()) {
                text.append("; none of netmove's phrases is close to it");
            }
            String label = closest.size() == 1 ? "  did you mean: " : "  closest phrases: ";
            for (int i = 0; i < closest.size(); i++) {
                StepGlossary.Phrase phrase = closest.get(i);
                text.append('\n').append(i == 0 ? label : " ".repeat(label.length())).append(phrase.keyword())
                        .append(' ').append(phrase.expression())
                        .append(phrase.argument().isEmpty() ? "" : " (followed by a " + phrase.argument() + ")");
            }
        }
        text.append("\n  Write the step as its phrase has it (all phrases: steps.md, or mvn netmove:glossary); a phrase"
                + " of your own needs a step definition in your project's test sources");
        return text.toString();
    }

    /** What a step with a doc string or table its phrase does not take (or without one it needs) says. */
    static String argumentMismatch(ScenarioWatch.ArgumentMismatch mismatch, String file) {
        ScenarioWatch.Step step = mismatch.step();
        String where = "step '" + step.text() + "' (" + file + ":" + step.line() + ")";
        if (mismatch.extra()) {
            String what = step.argument().isEmpty() ? "doc string or table" : step.argument();
            return where + " takes no " + what + "; remove it"
                    + ("table".equals(step.argument()) ? " (the | ... | lines under the step)"
                            : " (the lines from \"\"\" to \"\"\" under the step)")
                    + ", or use a phrase that takes one";
        }
        String needed = NETMOVE.get().phrases().stream()
                .filter(phrase -> phrase.expression().equals(mismatch.pattern().replace("{number}", "{int}")))
                .map(StepGlossary.Phrase::argument).filter(argument -> !argument.isEmpty())
                .findFirst().orElse("doc string or table");
        return where + " needs a " + needed + " under it"
                + ("doc string".equals(needed) ? ": the text between two lines of \"\"\"" : "")
                + ("table".equals(needed) ? ": lines of | cells | (see steps.md for its header)" : "");
    }

    private static String placeholders(List<ScenarioWatch.Step> steps) {
        List<String> names = new ArrayList<>();
        for (ScenarioWatch.Step step : steps) {
            placeholderNames(step.text()).stream().filter(name -> !names.contains(name)).forEach(names::add);
        }
        return String.join(", ", names);
    }

    private static List<String> placeholderNames(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!names.contains(m.group())) {
                names.add(m.group());
            }
        }
        return names;
    }

    private static String withoutKeyword(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(space + 1);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>\\s][^<>]*>");

    /** netmove's own phrases, read once: reflection over the step classes. */
    private static final Supplier<StepGlossary> NETMOVE = new Supplier<>() {
        private volatile StepGlossary glossary;

        @Override
        public StepGlossary get() {
            StepGlossary read = glossary;
            if (read == null) {
                read = StepGlossary.netmove();
                glossary = read;
            }
            return read;
        }
    };
}
