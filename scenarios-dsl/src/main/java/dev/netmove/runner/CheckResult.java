package dev.netmove.runner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the topology check found: every topology with its drift report or its load problems, and
 * problems reading the feature files.
 *
 * @param topologies every topology checked, in the order first named
 * @param featureProblems feature files that could not be read or parsed, and topology steps whose
 *        file could not be found, each with file:line
 * @param reportFile where the report was written
 */
public record CheckResult(List<CheckedTopology> topologies, List<String> featureProblems, Path reportFile) {

    public CheckResult {
        topologies = List.copyOf(topologies);
        featureProblems = List.copyOf(featureProblems);
        Objects.requireNonNull(reportFile, "reportFile");
    }

    /** Every problem that stopped a topology or feature file from being read: these fail the build. */
    public List<String> loadProblems() {
        List<String> problems = new ArrayList<>(featureProblems);
        topologies.stream().filter(t -> t instanceof CheckedTopology.NotLoaded)
                .map(t -> ((CheckedTopology.NotLoaded) t).problems()).forEach(problems::add);
        return List.copyOf(problems);
    }

    /** The loaded topologies that drifted. */
    public List<CheckedTopology.Loaded> drifted() {
        return loaded().stream().filter(t -> t.report().hasDrift()).toList();
    }

    /** The topologies that loaded. */
    public List<CheckedTopology.Loaded> loaded() {
        return topologies.stream().filter(t -> t instanceof CheckedTopology.Loaded)
                .map(t -> (CheckedTopology.Loaded) t).toList();
    }

    /** One line: {@code 2 topologies checked: 1 with drift (5 drifts), 1 that could not be loaded}. */
    public String summary() {
        int checked = topologies.size();
        List<String> parts = new ArrayList<>();
        int drifted = drifted().size();
        int drifts = drifted().stream().mapToInt(t -> t.report().driftCount()).sum();
        parts.add(drifted == 0 ? "no drift" : drifted + " with drift (" + drifts + (drifts == 1 ? " drift)" : " drifts)"));
        int notLoaded = checked - loaded().size();
        if (notLoaded > 0) {
            parts.add(notLoaded + " that could not be loaded");
        }
        if (!featureProblems.isEmpty()) {
            parts.add(featureProblems.size() + (featureProblems.size() == 1 ? " feature problem" : " feature problems"));
        }
        return checked + (checked == 1 ? " topology" : " topologies") + " checked: " + String.join(", ", parts);
    }

    /** The whole report as written to {@link #reportFile()}: the summary, then each topology. */
    public String reportText() {
        StringBuilder text = new StringBuilder("netmove drift report: ").append(summary()).append('\n');
        for (String problem : featureProblems) {
            text.append('\n').append(problem).append('\n');
        }
        for (CheckedTopology topology : topologies) {
            text.append("\n== ").append(topology.label());
            if (!topology.usedBy().isEmpty()) {
                text.append(" (used by ").append(String.join(", ", topology.usedBy())).append(')');
            }
            text.append(" ==\n");
            if (topology instanceof CheckedTopology.Loaded loaded) {
                text.append(loaded.report().text());
                if (!loaded.importGaps().isEmpty()) {
                    text.append("Import gaps (the overlay key that fills each): ").append(loaded.importGaps().size())
                            .append('\n');
                    loaded.importGaps().forEach(gap -> text.append("  - ").append(gap).append('\n'));
                }
            } else {
                text.append("could not be loaded:\n").append(((CheckedTopology.NotLoaded) topology).problems()).append('\n');
            }
        }
        return text.toString();
    }
}
