package dev.netmove.runner;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The full stack traces of unexpected errors, one file per scenario in {@code <reports>/traces/}: a bug's
 * trace is kept for its report, never printed in the build log (only with {@code mvn -X}).
 */
final class ScenarioTraces {

    private ScenarioTraces() {
    }

    /** Empties the traces folder of an earlier run. */
    static void clear(Path reports) {
        Path folder = reports.resolve(NetmoveProperties.TRACES_FOLDER);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // an old trace left behind does no harm: the next one of the same scenario replaces it
        }
    }

    /**
     * Writes the trace of {@code thrown} for the scenario at {@code location} ({@code moves.feature:12}) and
     * returns the file, or {@code null} when it cannot be written.
     */
    static Path write(Path reports, String location, String scenario, String step, Throwable thrown) {
        String name = (location + "-" + scenario).replaceAll("[^A-Za-z0-9._-]+", "_");
        if (name.length() > 120) {
            name = name.substring(0, 120);
        }
        Path file = reports.resolve(NetmoveProperties.TRACES_FOLDER).resolve(name + ".txt");
        StringWriter text = new StringWriter();
        text.append("scenario: ").append(scenario).append(" (").append(location).append(")\n")
                .append("step:     ").append(step).append("\n\n");
        thrown.printStackTrace(new PrintWriter(text));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            return null;
        }
    }

    /** The traces of this run, sorted by file name. */
    static List<String> read(Path reports) {
        Path folder = reports.resolve(NetmoveProperties.TRACES_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().map(file -> {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return file + ": " + e.getMessage();
                }
            }).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
