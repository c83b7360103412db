package dev.netmove.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The door the Maven goal calls through from another class loader: requests and results are maps of
 * JDK types only (String, List of String, Integer, Boolean), so no netmove or Cucumber class has to be
 * shared between the goal's class loader and the isolated one that runs the scenarios.
 */
public final class MavenBridge {

    /** Request: feature files or folders, absolute ({@code List<String>}). */
    public static final String FEATURES = "features";
    /** Request: extra glue packages ({@code List<String>}). */
    public static final String GLUE = "glue";
    /** Request: the tag expression ({@code String}, may be absent). */
    public static final String TAGS = "tags";
    /** Request: the reports folder, absolute ({@code String}). */
    public static final String REPORTS_DIRECTORY = "reportsDirectory";
    /** Request: the project's base folder, absolute ({@code String}). */
    public static final String BASE_FOLDER = "baseFolder";

    /** Result: scenarios run ({@code Integer}). */
    public static final String TOTAL = "total";
    /** Result: scenarios passed ({@code Integer}). */
    public static final String PASSED = "passed";
    /** Result: scenarios failed ({@code Integer}). */
    public static final String FAILED = "failed";
    /** Result: scenarios with an undefined step ({@code Integer}). */
    public static final String UNDEFINED = "undefined";
    /** Result: scenarios skipped ({@code Integer}). */
    public static final String SKIPPED = "skipped";
    /** Result: true when nothing failed, was undefined or broke ({@code Boolean}). */
    public static final String SUCCESSFUL = "successful";
    /** Result: the counts in one line, see {@link RunResult#summary()} ({@code String}). */
    public static final String SUMMARY = "summary";
    /** Result: every failure, see {@link RunResult#failureReport()} ({@code String}, empty when none). */
    public static final String FAILURE_REPORT = "failureReport";
    /**
     * Result: the run's headline facts from netmove's report, one a line without a prefix ({@code worst link
     * peak: ...}, {@code longest migration: ...}, {@code trombones: ...}); empty when no migration ran
     * ({@code List<String>}).
     */
    public static final String REPORT_LINES = "reportLines";
    /** Result: netmove's HTML report, absolute; absent when it was not written ({@code String}). */
    public static final String REPORT = "report";
    /**
     * Result: present (and nothing else is) when the run could not start because of its settings; the
     * message for the user ({@code String}).
     */
    public static final String CONFIGURATION_ERROR = "configurationError";

    private MavenBridge() {
    }

    /** Runs the requested features; see the keys of this class for what goes in and what comes out. */
    public static Map<String, Object> runForMaven(Map<String, Object> request, Consumer<String> progress) {
        Map<String, Object> answer = new LinkedHashMap<>();
        RunResult result;
        try {
            result = FeatureRunner.run(new RunRequest(
                    strings(request.get(FEATURES)).stream().map(Path::of).toList(),
                    strings(request.get(GLUE)),
                    (String) request.get(TAGS),
                    Path.of((String) request.get(REPORTS_DIRECTORY)),
                    Path.of((String) request.get(BASE_FOLDER)),
                    progress));
        } catch (RunConfigurationException e) {
            answer.put(CONFIGURATION_ERROR, e.getMessage());
            return answer;
        }
        answer.put(TOTAL, result.total());
        answer.put(PASSED, result.passed());
        answer.put(FAILED, result.failed());
        answer.put(UNDEFINED, result.undefined());
        answer.put(SKIPPED, result.skipped());
        answer.put(SUCCESSFUL, result.successful());
        answer.put(SUMMARY, result.summary());
        answer.put(FAILURE_REPORT, result.failureReport());
        Path reports = Path.of((String) request.get(REPORTS_DIRECTORY)).toAbsolutePath().normalize();
        answer.put(REPORT_LINES, result.headlines().lines());
        Path index = reports.resolve(NetmoveProperties.INDEX_REPORT);
        if (Files.isRegularFile(index)) {
            answer.put(REPORT, index.toString());
        }
        return answer;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(String::valueOf).toList();
    }
}
