package dev.netmove.runner;

import dev.netmove.engine.config.DriftReport;
import dev.netmove.engine.imports.write.ImportReport;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.ImportedTopology;
import dev.netmove.engine.topology.load.TopologyLoadException;
import dev.netmove.engine.topology.load.TopologyLoader;
import dev.netmove.steps.ProjectFolder;
import dev.netmove.steps.StepInputException;
import dev.netmove.steps.TopologyFileLookup;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@code netmove:check} goal's work in plain Java: loads the topologies a project's features
 * use (or the files given), reports each one's configuration drift ({@link DriftReport}) and
 * writes the report to {@value NetmoveProperties#DRIFT_REPORT} in the reports folder.
 *
 * <p>Feature files name topologies as the step does: relative to the feature's folder, else to
 * the project folder, never outside it. Inline topologies ({@code Given the topology:}) are
 * checked too; their problems point into the feature file.
 */
public final class TopologyCheck {

    private TopologyCheck() {
    }

    /**
     * Checks what {@code request} names and writes the report before returning.
     *
     * @throws RunConfigurationException when a configured topology file or feature path does not
     *                                   exist, or the report cannot be written
     */
    public static CheckResult run(CheckRequest request) {
        Path base = request.baseFolder();
        Map<String, Entry> checked = new LinkedHashMap<>();
        Set<String> featureProblems = new LinkedHashSet<>();
        if (!request.topologies().isEmpty()) {
            for (Path file : request.topologies()) {
                if (!Files.isRegularFile(file)) {
                    throw new RunConfigurationException(NetmoveProperties.TOPOLOGIES + ": " + ProjectFolder.shown(base, file)
                            + (Files.exists(file) ? " is not a file" : " does not exist")
                            + "; expected topology files (YAML), relative to the project folder");
                }
                String label = ProjectFolder.shown(base, file);
                checked.computeIfAbsent(file.toString(), key ->
                        new Entry(label, () -> imported(new TopologyLoader().read(file, label, base))));
            }
        } else {
            for (Path feature : request.features()) {
                if (!Files.exists(feature)) {
                    throw new RunConfigurationException(NetmoveProperties.FEATURES + ": " + feature
                            + " does not exist; expected a .feature file or a folder of them");
                }
            }
            for (Path feature : FeatureTopologyScanner.featureFiles(request.features())) {
                String shownFeature = ProjectFolder.shown(base, feature);
                FeatureTopologyScanner.Scan scan = FeatureTopologyScanner.scan(feature, shownFeature);
                featureProblems.addAll(scan.problems());
                for (TopologyReference reference : scan.references()) {
                    String step = shownFeature + ":" + reference.line();
                    if (reference instanceof TopologyReference.InFile inFile) {
                        Path file;
                        try {
                            file = TopologyFileLookup.resolve(inFile.name(), feature.getParent(), base);
                        } catch (StepInputException e) {
                            featureProblems.add(step + ": " + e.getMessage());
                            continue;
                        }
                        checked.computeIfAbsent(file.toString(), key -> new Entry(ProjectFolder.shown(base, file),
                                () -> imported(TopologyFileLookup.loadImported(inFile.name(), feature.getParent(), base))))
                                .usedBy.add(step);
                    } else if (reference instanceof TopologyReference.Inline inline) {
                        checked.computeIfAbsent(step, key -> new Entry(step + " (inline topology)",
                                () -> new Loaded(new TopologyLoader().load(shownFeature, inline.yaml()), List.of())));
                    }
                }
            }
        }
        List<CheckedTopology> topologies = checked.values().stream().map(Entry::checked).toList();
        CheckResult result = new CheckResult(topologies, List.copyOf(featureProblems), request.reportFile());
        write(result, request);
        return result;
    }

    private static void write(CheckResult result, CheckRequest request) {
        try {
            Files.createDirectories(request.reportsDirectory());
            Files.writeString(request.reportFile(), result.reportText());
        } catch (IOException e) {
            throw new RunConfigurationException(NetmoveProperties.REPORTS_DIRECTORY + ": cannot write "
                    + request.reportFile() + " (" + e + "); choose a writable folder", e);
        }
    }

    /** A topology as loaded, and the gaps its import leaves (none for a plain file). */
    private record Loaded(Topology topology, List<String> importGaps) {
    }

    private static Loaded imported(ImportedTopology imported) {
        return new Loaded(imported.topology(), ImportReport.gaps(imported.imports()));
    }

    /** A topology met while scanning: its label, the steps using it, and its report or problems. */
    private static final class Entry {
        final String label;
        final Set<String> usedBy = new LinkedHashSet<>();
        private DriftReport report;
        private List<String> importGaps = List.of();
        private String problems;

        Entry(String label, Supplier<Loaded> loader) {
            this.label = label;
            try {
                Loaded loaded = loader.get();
                report = DriftReport.of(loaded.topology());
                importGaps = loaded.importGaps();
            } catch (TopologyLoadException | StepInputException e) {
                // both carry a message written for the user: file:line:column, what, how to fix
                problems = e.getMessage();
            }
        }

        CheckedTopology checked() {
            return report != null
                    ? new CheckedTopology.Loaded(label, List.copyOf(usedBy), report, importGaps)
                    : new CheckedTopology.NotLoaded(label, List.copyOf(usedBy), problems);
        }
    }
}
