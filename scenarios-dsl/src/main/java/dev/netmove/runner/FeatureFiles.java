package dev.netmove.runner;

import dev.netmove.steps.ProjectFolder;
import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.ParseError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The feature files of a run, each read once by the Gherkin parser before Cucumber runs: a file that does not
 * parse is set aside as an error at its file:line, so that it fails the build without stopping the others.
 *
 * @param runnable the files that parse, in sorted order per folder
 * @param broken   one error per file that does not parse (its first problem), at the file's line
 */
record FeatureFiles(List<Path> runnable, List<ScenarioFailure> broken) {

    /**
     * The {@code .feature} files of the given files and folders (folders walked in sorted order; Cucumber's own
     * folder selection would also read every {@code .txt} file as a rerun list, cucumber-jvm issue 3215).
     */
    static FeatureFiles of(List<Path> features, Path baseFolder) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : features) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(FeatureFiles::isFeatureFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new RunConfigurationException(NetmoveProperties.FEATURES + ": cannot read the folder "
                            + path + " (" + e + ")", e);
                }
            } else {
                files.add(path);
            }
        }
        List<Path> runnable = new ArrayList<>();
        List<ScenarioFailure> broken = new ArrayList<>();
        for (Path file : files) {
            problem(file, baseFolder).ifPresentOrElse(broken::add, () -> runnable.add(file));
        }
        return new FeatureFiles(List.copyOf(runnable), List.copyOf(broken));
    }

    static boolean isFeatureFile(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".feature");
    }

    private static Optional<ScenarioFailure> problem(Path file, Path baseFolder) {
        String shown = ProjectFolder.shown(baseFolder, file.toAbsolutePath().normalize());
        if (!Files.isRegularFile(file)) {
            return Optional.of(new ScenarioFailure(ScenarioFailure.Kind.ERROR, shown, 0, "Feature file " + shown,
                    "is not a regular file (a folder, a named pipe or a device); a feature file is a text file"));
        }
        List<ParseError> errors;
        try (Stream<Envelope> parsed = GherkinParser.builder().includeSource(false).includeGherkinDocument(false)
                .includePickles(false).build().parse(file)) {
            errors = parsed.map(Envelope::getParseError).flatMap(Optional::stream).toList();
        } catch (IOException | RuntimeException e) {
            return Optional.of(new ScenarioFailure(ScenarioFailure.Kind.ERROR, shown, 0, "Feature file " + shown,
                    "cannot be read: " + e.getMessage()));
        }
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        ParseError first = errors.get(0);
        int line = first.getSource().getLocation().map(l -> l.getLine().intValue()).orElse(0);
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more problems in this file)" : "";
        return Optional.of(new ScenarioFailure(ScenarioFailure.Kind.ERROR, shown, Math.max(0, line),
                "Feature file " + shown, "the feature file does not parse, so none of its scenarios ran: "
                + first.getMessage() + more));
    }
}
