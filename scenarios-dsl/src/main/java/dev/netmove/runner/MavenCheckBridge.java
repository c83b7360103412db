package dev.netmove.runner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The door the {@code netmove:check} goal calls through from another class loader, like
 * {@link MavenBridge}: requests and results hold JDK types only (String, List of String, Integer,
 * Boolean).
 */
public final class MavenCheckBridge {

    /** Request: feature files or folders to scan, absolute ({@code List<String>}). */
    public static final String FEATURES = "features";
    /** Request: topology files to check instead, absolute ({@code List<String>}, may be empty). */
    public static final String TOPOLOGIES = "topologies";
    /** Request: the reports folder, absolute ({@code String}). */
    public static final String REPORTS_DIRECTORY = "reportsDirectory";
    /** Request: the project's base folder, absolute ({@code String}). */
    public static final String BASE_FOLDER = "baseFolder";

    /** Result: how many topologies were checked ({@code Integer}). */
    public static final String CHECKED = "checked";
    /** Result: the summary line, see {@link CheckResult#summary()} ({@code String}). */
    public static final String SUMMARY = "summary";
    /** Result: the whole report, as written to the file ({@code String}). */
    public static final String REPORT = "report";
    /** Result: where the report was written, absolute ({@code String}). */
    public static final String REPORT_FILE = "reportFile";
    /** Result: every load problem, each a message for the user ({@code List<String>}, empty when none). */
    public static final String LOAD_PROBLEMS = "loadProblems";
    /** Result: one line per topology with drift: its label and drift count ({@code List<String>}). */
    public static final String DRIFTED = "drifted";
    /** Result: present (and nothing else is) when the check could not start; the message ({@code String}). */
    public static final String CONFIGURATION_ERROR = "configurationError";

    private MavenCheckBridge() {
    }

    /** Runs the check; see the keys of this class for what goes in and what comes out. */
    public static Map<String, Object> checkForMaven(Map<String, Object> request) {
        Map<String, Object> answer = new LinkedHashMap<>();
        CheckResult result;
        try {
            result = TopologyCheck.run(new CheckRequest(
                    paths(request.get(FEATURES)),
                    paths(request.get(TOPOLOGIES)),
                    Path.of((String) request.get(REPORTS_DIRECTORY)),
                    Path.of((String) request.get(BASE_FOLDER))));
        } catch (RunConfigurationException e) {
            answer.put(CONFIGURATION_ERROR, e.getMessage());
            return answer;
        }
        answer.put(CHECKED, result.topologies().size());
        answer.put(SUMMARY, result.summary());
        answer.put(REPORT, result.reportText());
        answer.put(REPORT_FILE, result.reportFile().toString());
        answer.put(LOAD_PROBLEMS, result.loadProblems());
        answer.put(DRIFTED, result.drifted().stream()
                .map(t -> t.label() + ": " + t.report().driftCount() + (t.report().driftCount() == 1 ? " drift" : " drifts"))
                .toList());
        return answer;
    }

    private static List<Path> paths(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(String::valueOf).map(Path::of).toList();
    }
}
