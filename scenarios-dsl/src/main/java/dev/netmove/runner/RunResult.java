package dev.netmove.runner;

import dev.netmove.report.RunSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a run of feature files found: how many scenarios ended which way, and each one that did not
 * pass. Undefined steps count as failures of their own kind, never as passed or skipped.
 *
 * @param total     scenarios run (examples of an outline count one each); scenarios excluded by the tag
 *                  filter are not counted
 * @param passed    scenarios whose every step passed
 * @param failed    scenarios with a failing step
 * @param undefined scenarios with a step that no step definition matches
 * @param skipped   scenarios skipped on purpose (an assumption or a skip hook)
 * @param failures  the failed and undefined scenarios, then errors outside any scenario; sorted by file
 *                  and line
 * @param headlines the run's headline facts from netmove's report (worst link peak, longest migration,
 *                  trombones); {@link RunSummary#NONE} when the report was not written
 */
public record RunResult(int total, int passed, int failed, int undefined, int skipped,
                        List<ScenarioFailure> failures, RunSummary headlines) {

    public RunResult {
        if (passed < 0 || failed < 0 || undefined < 0 || skipped < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (total != passed + failed + undefined + skipped) {
            throw new IllegalArgumentException("total " + total + " is not passed + failed + undefined + skipped ("
                    + passed + " + " + failed + " + " + undefined + " + " + skipped + ")");
        }
        failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
        Objects.requireNonNull(headlines, "headlines");
    }

    /** A result without headline facts. */
    public RunResult(int total, int passed, int failed, int undefined, int skipped, List<ScenarioFailure> failures) {
        this(total, passed, failed, undefined, skipped, failures, RunSummary.NONE);
    }

    /** This result with more errors outside any scenario (e.g. feature files that do not parse), kept in file order. */
    public RunResult withErrors(List<ScenarioFailure> moreErrors) {
        if (moreErrors.isEmpty()) {
            return this;
        }
        List<ScenarioFailure> all = new ArrayList<>(failures);
        all.addAll(moreErrors);
        return new RunResult(total, passed, failed, undefined, skipped, all, headlines);
    }

    /** This result with the headline facts of netmove's report. */
    public RunResult withHeadlines(RunSummary newHeadlines) {
        return new RunResult(total, passed, failed, undefined, skipped, failures, newHeadlines);
    }

    /** True when nothing failed, nothing was undefined and nothing broke (zero scenarios is successful here). */
    public boolean successful() {
        return failed == 0 && undefined == 0 && failures.isEmpty();
    }

    /** Problems outside any scenario, such as a feature file that does not parse. */
    public List<ScenarioFailure> errors() {
        return failures.stream().filter(failure -> failure.kind() == ScenarioFailure.Kind.ERROR).toList();
    }

    /** One line of counts: {@code 12 scenarios, 11 passed, 1 failed}; undefined, skipped and errors when any. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(total + (total == 1 ? " scenario" : " scenarios"));
        parts.add(passed + " passed");
        parts.add(failed + " failed");
        if (undefined > 0) {
            parts.add(undefined + " undefined");
        }
        if (skipped > 0) {
            parts.add(skipped + " skipped");
        }
        int errors = errors().size();
        if (errors > 0) {
            parts.add(errors + (errors == 1 ? " error" : " errors") + " outside scenarios");
        }
        return String.join(", ", parts);
    }

    /** How many lines of one list a failure report shows; the rest is counted ("... and 4480 more"). */
    public static final int LISTED_LINES = 200;

    /**
     * Every failure, as a build log should show it: {@code file:line  scenario name}, then the message
     * indented, each of its lists (a run of lines indented alike, such as the VMs under {@code found:}) cut after
     * {@value #LISTED_LINES} lines with how many more there are: the reports keep the whole message. Empty when
     * successful.
     */
    public String failureReport() {
        StringBuilder report = new StringBuilder();
        for (ScenarioFailure failure : failures) {
            if (!report.isEmpty()) {
                report.append('\n');
            }
            String location = failure.location();
            report.append("  ").append(location.isEmpty() ? "" : location + "  ").append(failure.scenario()).append('\n');
            indent(report, capped(failure.message()), "      ");
        }
        return report.toString();
    }

    /**
     * The message with each run of more than {@value #LISTED_LINES} consecutive lines of the same indentation (at
     * least four spaces: the values and items of a list, not its labels) cut to its first lines and a count.
     */
    static String capped(String message) {
        String[] lines = message.strip().split("\\R");
        if (lines.length <= LISTED_LINES) {
            return message;
        }
        List<String> shown = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String indent = leading(lines[i]);
            int end = i + 1;
            if (indent.length() >= 4) {
                while (end < lines.length && leading(lines[end]).equals(indent)) {
                    end++;
                }
            }
            int run = end - i;
            if (run > LISTED_LINES) {
                for (int j = i; j < i + LISTED_LINES; j++) {
                    shown.add(lines[j]);
                }
                shown.add(indent + "... and " + (run - LISTED_LINES) + " more (every one in the reports)");
            } else {
                for (int j = i; j < end; j++) {
                    shown.add(lines[j]);
                }
            }
            i = end;
        }
        return String.join("\n", shown);
    }

    private static String leading(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return line.substring(0, n);
    }

    private static void indent(StringBuilder out, String text, String prefix) {
        for (String line : text.strip().split("\\R")) {
            out.append(line.isBlank() ? "" : prefix + line).append('\n');
        }
    }
}
