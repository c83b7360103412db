package dev.netmove.engine.report;

import dev.netmove.engine.migration.Rounded;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The few facts of a whole run worth a line each at the end of a build: how many scenarios passed and
 * failed, the worst link peak and the longest migration (with the scenario they come from).
 *
 * @param passed           scenarios that passed
 * @param notPassed        scenarios that failed, were undefined or skipped
 * @param worstPeak        {@code 87.5% on agg1-core1 (agg1 > core1) in "scenario"}, when a link carried migration traffic
 * @param longestMigration {@code VM web01 (esx-a1 > esx-b3) 25.3s in "scenario"}, when a migration ran
 */
public record RunSummary(int passed, int notPassed, Optional<String> worstPeak, Optional<String> longestMigration) {

    public RunSummary {
        if (passed < 0 || notPassed < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        Objects.requireNonNull(worstPeak, "worstPeak");
        Objects.requireNonNull(longestMigration, "longestMigration");
    }

    /** The summary of the scenarios of a run (in report order, so ties go to the first). */
    public static RunSummary of(List<ScenarioReport> scenarios) {
        int passed = 0;
        LinkTimeline worst = null;
        ScenarioReport worstIn = null;
        MigrationFigures longest = null;
        ScenarioReport longestIn = null;
        for (ScenarioReport scenario : scenarios.stream().sorted(ScenarioReport.ORDER).toList()) {
            if (scenario.passed()) {
                passed++;
            }
            for (LinkTimeline link : scenario.figures().links()) {
                if (!link.stretches().isEmpty() && (worst == null || link.peak().compareTo(worst.peak()) > 0)) {
                    worst = link;
                    worstIn = scenario;
                }
            }
            for (MigrationFigures migration : scenario.figures().migrations()) {
                if (longest == null || migration.totalTime().compareTo(longest.totalTime()) > 0) {
                    longest = migration;
                    longestIn = scenario;
                }
            }
        }
        Optional<String> peak = worst == null ? Optional.empty() : Optional.of(Rounded.share(worst.peak()) + " on "
                + worst.label() + " in \"" + worstIn.name() + "\"");
        Optional<String> migration = longest == null ? Optional.empty() : Optional.of("VM " + longest.vm() + " ("
                + longest.source() + " > " + longest.destination() + ") " + Rounded.time(longest.totalTime())
                + (longest.completes() ? "" : ", never completes") + " in \"" + longestIn.name() + "\"");
        return new RunSummary(passed, scenarios.size() - passed, peak, migration);
    }

    /** The lines to print, without a prefix: {@code worst link peak: ...}, {@code longest migration: ...}. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        worstPeak.ifPresent(text -> lines.add("worst link peak: " + text));
        longestMigration.ifPresent(text -> lines.add("longest migration: " + text));
        return List.copyOf(lines);
    }
}
