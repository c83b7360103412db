package dev.netmove.runner;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Background;
import io.cucumber.messages.types.DocString;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.ParseError;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Step;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads feature files, without running them, for the topologies their scenarios load: the steps
 * {@code the topology "..."} and {@code the topology:} under any keyword (Given, And, *), in
 * backgrounds, rules and scenario outlines (each example's file name counts).
 */
final class FeatureTopologyScanner {

    // {string} accepts double or single quotes, with backslash escapes inside
    private static final Pattern FILE_STEP =
            Pattern.compile("the topology (?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)')");
    private static final String INLINE_STEP = "the topology:";

    /** What one feature file names, and the problems met reading it. */
    record Scan(List<TopologyReference> references, List<String> problems) {
        Scan {
            references = List.copyOf(references);
            problems = List.copyOf(problems);
        }
    }

    private FeatureTopologyScanner() {
    }

    /** The {@code .feature} files of these files and folders, folders walked in sorted order. */
    static List<Path> featureFiles(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(FeatureTopologyScanner::isFeatureFile).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new RunConfigurationException(NetmoveProperties.FEATURES + ": cannot read the folder "
                            + path + " (" + e + ")", e);
                }
            } else if (isFeatureFile(path)) {
                files.add(path);
            }
        }
        return List.copyOf(files);
    }

    private static boolean isFeatureFile(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".feature");
    }

    /**
     * The topologies {@code feature} names, in the order of its scenarios (a background's step once
     * per scenario; callers remove repeats). {@code shown} names the file in problems.
     */
    static Scan scan(Path feature, String shown) {
        List<Envelope> envelopes;
        try (Stream<Envelope> parsed = GherkinParser.builder().includeSource(false).includeGherkinDocument(true)
                .includePickles(true).build().parse(feature)) {
            envelopes = parsed.toList();
        } catch (IOException e) {
            return new Scan(List.of(), List.of(shown + ": cannot read the feature file (" + e.getMessage() + ")"));
        }
        List<String> problems = new ArrayList<>();
        Map<String, Step> steps = new HashMap<>();
        List<TopologyReference> references = new ArrayList<>();
        for (Envelope envelope : envelopes) {
            envelope.getParseError().ifPresent(error -> problems.add(describe(shown, error)));
            envelope.getGherkinDocument().flatMap(GherkinDocument::getFeature).ifPresent(f -> index(f, steps));
            envelope.getPickle().ifPresent(pickle -> references(feature, pickle, steps, references));
        }
        return new Scan(references, problems);
    }

    private static String describe(String shown, ParseError error) {
        String where = error.getSource().getLocation()
                .map(l -> ":" + l.getLine() + l.getColumn().map(c -> ":" + c).orElse(""))
                .orElse("");
        return shown + where + ": the feature file does not parse: " + error.getMessage();
    }

    private static void index(Feature feature, Map<String, Step> steps) {
        for (FeatureChild child : feature.getChildren()) {
            child.getBackground().ifPresent(background -> index(background, steps));
            child.getScenario().ifPresent(scenario -> index(scenario, steps));
            child.getRule().ifPresent(rule -> {
                for (RuleChild ruleChild : rule.getChildren()) {
                    ruleChild.getBackground().ifPresent(background -> index(background, steps));
                    ruleChild.getScenario().ifPresent(scenario -> index(scenario, steps));
                }
            });
        }
    }

    private static void index(Background background, Map<String, Step> steps) {
        background.getSteps().forEach(step -> steps.put(step.getId(), step));
    }

    private static void index(Scenario scenario, Map<String, Step> steps) {
        scenario.getSteps().forEach(step -> steps.put(step.getId(), step));
    }

    private static void references(Path feature, Pickle pickle, Map<String, Step> steps,
                                   List<TopologyReference> references) {
        for (PickleStep pickleStep : pickle.getSteps()) {
            Step step = pickleStep.getAstNodeIds().isEmpty() ? null : steps.get(pickleStep.getAstNodeIds().get(0));
            if (step == null) {
                continue;
            }
            int line = step.getLocation().getLine().intValue();
            String text = pickleStep.getText().strip();
            Matcher file = FILE_STEP.matcher(text);
            if (file.matches()) {
                String quoted = file.group(1) != null ? file.group(1) : file.group(2);
                references.add(new TopologyReference.InFile(feature, line, unescape(quoted)));
            } else if (text.equals(INLINE_STEP)) {
                pickleStep.getArgument().flatMap(argument -> argument.getDocString()).ifPresent(content ->
                        step.getDocString().ifPresent(docString ->
                                references.add(new TopologyReference.Inline(feature, line,
                                        placed(content.getContent(), docString)))));
            }
        }
    }

    /** {@code \"} and {@code \'} as Cucumber's {string} reads them. */
    private static String unescape(String quoted) {
        return quoted.replace("\\\"", "\"").replace("\\'", "'");
    }

    /**
     * The doc string's content where it stands in the feature file: Gherkin removes the delimiter's
     * indentation from each line and the lines before it; putting both back makes a problem's
     * line:column point into the feature file. A uniformly indented YAML document means the same.
     */
    private static String placed(String content, DocString docString) {
        int firstLine = docString.getLocation().getLine().intValue() + 1;
        int indent = docString.getLocation().getColumn().map(Long::intValue).orElse(1) - 1;
        String padding = " ".repeat(indent);
        StringBuilder text = new StringBuilder("\n".repeat(firstLine - 1));
        for (String line : content.split("\n", -1)) {
            text.append(line.isEmpty() ? "" : padding).append(line).append('\n');
        }
        return text.toString();
    }
}
