package dev.netmove.report;


import dev.netmove.engine.quantity.Rounded;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The few facts of a whole run worth a line each at the end of a build: how many scenarios passed and
 * failed, the worst link peak, the longest migration (with the scenario they come from) and the trombones.
 *
 * @param passed           scenarios that passed
 * @param notPassed        scenarios that failed, were undefined or skipped
 * @param worstPeak        {@code 87.5% on agg1-core1 (agg1 > core1) in "scenario"}, when a link carried migration traffic
 * @param longestMigration {@code VM web01 (esx-a1 > esx-b3) 25.3s in "scenario"}, when a migration ran
 * @param trombones        one per moved VM whose path to its gateway enters the core more often after the move,
 *                         {@code VM web01 in "scenario": esx-b1 > acc-b1 > agg2 > core1 > agg1, 1 core crossing more}
 */
public record RunSummary(int passed, int notPassed, Optional<String> worstPeak, Optional<String> longestMigration,
                         List<String> trombones) {

    /** The summary of a run that pictured no scenario: no lines. */
    public static final RunSummary NONE = new RunSummary(0, 0, Optional.empty(), Optional.empty(), List.of());

    public RunSummary {
        if (passed < 0 || notPassed < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        Objects.requireNonNull(worstPeak, "worstPeak");
        Objects.requireNonNull(longestMigration, "longestMigration");
        trombones = List.copyOf(trombones);
    }

    /** The summary of the scenarios of a run (in report order, so ties go to the first). */
    public static RunSummary of(List<ScenarioReport> scenarios) {
        int passed = 0;
        LinkTimeline worst = null;
        ScenarioReport worstIn = null;
        MigrationFigures longest = null;
        ScenarioReport longestIn = null;
        List<String> trombones = new ArrayList<>();
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
            for (GatewayMove move : scenario.figures().trombones()) {
                trombones.add("VM " + move.vm() + " in \"" + scenario.name() + "\": " + move.describe());
            }
        }
        Optional<String> peak = worst == null ? Optional.empty() : Optional.of(Rounded.share(worst.peak()) + " on "
                + worst.label() + " in \"" + worstIn.name() + "\"");
        Optional<String> migration = longest == null ? Optional.empty() : Optional.of("VM " + longest.vm() + " ("
                + longest.source() + " > " + longest.destination() + ") " + Rounded.time(longest.totalTime())
                + (longest.completes() ? "" : ", never completes") + " in \"" + longestIn.name() + "\"");
        return new RunSummary(passed, scenarios.size() - passed, peak, migration, trombones);
    }

    /**
     * The lines to print, without a prefix: {@code worst link peak: ...}, {@code longest migration: ...} and,
     * when a migration ran, {@code trombones: 2 (VM web01 in "..."; ...)} or {@code trombones: none}.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        worstPeak.ifPresent(text -> lines.add("worst link peak: " + text));
        longestMigration.ifPresent(text -> lines.add("longest migration: " + text));
        trombonesLine().ifPresent(lines::add);
        return List.copyOf(lines);
    }

    /** {@code trombones: 1 (VM web01 in "...": ...)} or {@code trombones: none}; empty when no migration ran. */
    public Optional<String> trombonesLine() {
        if (!trombones.isEmpty()) {
            return Optional.of("trombones: " + trombones.size() + " (" + String.join("; ", trombones) + ")");
        }
        return longestMigration.isPresent() ? Optional.of("trombones: none") : Optional.empty();
    }
}
