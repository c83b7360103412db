package dev.netmove.steps;

import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A topology written in a doc string, loaded so that its errors name the feature file and its own lines and
 * columns (the step's line tells where the doc string starts), exactly as {@code netmove:check} places them.
 */
final class InlineDocument {

    private InlineDocument() {
    }

    static Topology load(ScenarioState state, String yaml) {
        Optional<Path> file = state.featureFile();
        OptionalInt stepLine = RunningStep.line();
        if (file.isEmpty() || stepLine.isEmpty()) {
            // lines in errors count from the first line of the doc string
            return new TopologyLoader().load(state.featureName() + " (inline topology)", yaml);
        }
        Path project = ProjectFolder.get();
        Path feature = real(file.get());
        String shown = ProjectFolder.shown(feature.startsWith(real(project)) ? real(project) : project, feature);
        return new TopologyLoader().load(shown, placed(yaml, feature, stepLine.getAsInt()));
    }

    /**
     * The doc string's content where it stands in the feature file: its delimiter is on the line after the step,
     * the content starts on the next one, each line indented like the delimiter.
     */
    static String placed(String content, Path feature, int stepLine) {
        int delimiterLine = stepLine + 1;
        int indent = indentOf(feature, delimiterLine);
        String padding = " ".repeat(indent);
        StringBuilder text = new StringBuilder("\n".repeat(delimiterLine));
        for (String line : content.split("\n", -1)) {
            text.append(line.isEmpty() ? "" : padding).append(line).append('\n');
        }
        return text.toString();
    }

    private static int indentOf(Path feature, int line) {
        try {
            List<String> lines = Files.readAllLines(feature, StandardCharsets.UTF_8);
            if (line < 1 || line > lines.size()) {
                return 0;
            }
            String delimiter = lines.get(line - 1);
            int indent = 0;
            while (indent < delimiter.length() && delimiter.charAt(indent) == ' ') {
                indent++;
            }
            return indent;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
