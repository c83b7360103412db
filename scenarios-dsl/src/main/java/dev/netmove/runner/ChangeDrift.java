package dev.netmove.runner;

import dev.netmove.engine.change.ChangeFile;
import dev.netmove.engine.change.NetworkChange;
import dev.netmove.engine.config.DriftReport;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoadException;
import dev.netmove.engine.topology.load.TopologyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a change does to configuration drift ({@code netmove:check} with {@value NetmoveProperties#CHANGE}): for each
 * checked topology file the change is for, the drift report's findings the change adds and those it removes.
 */
final class ChangeDrift {

    private ChangeDrift() {
    }

    /** The lines of the comparison, one block per topology the change is for. */
    static List<String> report(CheckResult result, ChangeFile change, Path base) {
        List<String> lines = new ArrayList<>();
        lines.add("Change " + change.title() + " (" + change.shown() + "):");
        Set<String> names = new LinkedHashSet<>();
        int applied = 0;
        for (CheckedTopology checked : result.topologies()) {
            if (!(checked instanceof CheckedTopology.Loaded loaded)) {
                continue;
            }
            Path file = base.resolve(loaded.label());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Topology before = new TopologyLoader().load(file, loaded.label());
            names.add(before.name());
            if (change.topology().isPresent() && !change.topology().get().equals(before.name())) {
                continue;
            }
            applied++;
            Topology after;
            try {
                after = NetworkChange.apply(before, change);
            } catch (TopologyLoadException e) {
                lines.add("  " + loaded.label() + ": the change does not apply: " + e.getMessage());
                continue;
            }
            Set<String> was = findings(DriftReport.of(before));
            Set<String> now = findings(DriftReport.of(after));
            List<String> added = now.stream().filter(l -> !was.contains(l)).toList();
            List<String> removed = was.stream().filter(l -> !now.contains(l)).toList();
            lines.add("  " + loaded.label() + ": the change adds " + added.size() + " and removes " + removed.size()
                    + (added.size() + removed.size() == 1 ? " finding" : " findings"));
            added.forEach(l -> lines.add("    + " + l));
            removed.forEach(l -> lines.add("    - " + l));
        }
        if (applied == 0 && change.topology().isPresent()) {
            lines.add("  the change names topology " + change.topology().get() + ", which no checked topology is"
                    + (names.isEmpty() ? "" : " (checked: " + String.join(", ", names) + ")")
                    + ", so it changes nothing; write the name of a checked topology in its topology:, or leave"
                    + " topology: out");
        }
        return lines;
    }

    /** The report's findings: every line but its headline, without their list markers. */
    private static Set<String> findings(DriftReport report) {
        Set<String> lines = new LinkedHashSet<>();
        List<String> all = report.text().lines().toList();
        for (String line : all.subList(Math.min(1, all.size()), all.size())) {
            lines.add(line.strip().replaceFirst("^- ", ""));
        }
        return lines;
    }
}
