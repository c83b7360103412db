package dev.netmove.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The door the Maven goals call through from another class loader: settings and outcomes are maps of JDK
 * types only (String, List of String, Boolean), and log lines go to a {@code BiConsumer} of level and line,
 * so no netmove or Cucumber class has to be shared between the goal's class loader and the isolated one that
 * runs the scenarios. All logic is in {@link VerifyGoal} and {@link CheckGoal}.
 */
public final class MavenBridge {

    /** Setting: the project's base folder, absolute ({@code String}). */
    public static final String BASE_FOLDER = "baseFolder";
    /** Setting: feature files or folders as given ({@code List<String>}). */
    public static final String FEATURES = "features";
    /** Setting: the reports folder as given ({@code String}). */
    public static final String REPORTS_DIRECTORY = "reportsDirectory";
    /** Verify setting: extra glue packages ({@code List<String>}). */
    public static final String GLUE = "glue";
    /** Verify setting: the tag expression ({@code String}, may be absent). */
    public static final String TAGS = "tags";
    /** Verify setting: whether no scenario run fails the build ({@code Boolean}). */
    public static final String FAIL_IF_NO_SCENARIOS = "failIfNoScenarios";
    /** Verify setting: the project's compiled test classes, absolute ({@code String}). */
    public static final String TEST_CLASSES = "testClasses";
    /** Verify setting: the time limit of one scenario as written, e.g. {@code 5min} ({@code String}, may be absent). */
    public static final String SCENARIO_TIMEOUT = "scenarioTimeout";
    /** Check setting: topology files to check instead ({@code List<String>}, may be absent). */
    public static final String TOPOLOGIES = "topologies";
    /** Check setting: whether drift fails the build ({@code Boolean}). */
    public static final String FAIL_ON_DRIFT = "failOnDrift";

    /** Verify and check setting: the change file as given ({@code String}, may be absent). */
    public static final String CHANGE = "change";

    /** Outcome: the name of a {@link GoalOutcome.Kind} ({@code String}). */
    public static final String OUTCOME = "outcome";
    /** Outcome: the message, empty when done ({@code String}). */
    public static final String MESSAGE = "message";

    /** Log level of a line: {@code info}, {@code warn} or {@code debug}. */
    public static final String INFO = "info";
    public static final String WARN = "warn";
    public static final String DEBUG = "debug";

    private MavenBridge() {
    }

    /** Runs {@link VerifyGoal}; see the keys of this class for the settings and the outcome. */
    public static Map<String, Object> verify(Map<String, Object> settings, BiConsumer<String, String> log) {
        return answer(VerifyGoal.run(new VerifySettings(
                Path.of((String) settings.get(BASE_FOLDER)),
                paths(settings.get(FEATURES)),
                strings(settings.get(GLUE)),
                (String) settings.get(TAGS),
                Boolean.TRUE.equals(settings.get(FAIL_IF_NO_SCENARIOS)),
                Path.of((String) settings.get(REPORTS_DIRECTORY)),
                Path.of((String) settings.get(TEST_CLASSES)),
                optionalPath(settings.get(CHANGE)), (String) settings.get(SCENARIO_TIMEOUT)), log(log)));
    }

    /** Runs {@link CheckGoal}; see the keys of this class for the settings and the outcome. */
    public static Map<String, Object> check(Map<String, Object> settings, BiConsumer<String, String> log) {
        return answer(CheckGoal.run(new CheckSettings(
                Path.of((String) settings.get(BASE_FOLDER)),
                paths(settings.get(FEATURES)),
                paths(settings.get(TOPOLOGIES)),
                Boolean.TRUE.equals(settings.get(FAIL_ON_DRIFT)),
                Path.of((String) settings.get(REPORTS_DIRECTORY)),
                optionalPath(settings.get(CHANGE))), log(log)));
    }

    private static Map<String, Object> answer(GoalOutcome outcome) {
        return Map.of(OUTCOME, outcome.kind().name(), MESSAGE, outcome.message());
    }

    private static GoalLog log(BiConsumer<String, String> sink) {
        return new GoalLog() {
            @Override
            public void info(String line) {
                sink.accept(INFO, line);
            }

            @Override
            public void warn(String line) {
                sink.accept(WARN, line);
            }

            @Override
            public void debug(String line) {
                sink.accept(DEBUG, line);
            }
        };
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(entry -> entry == null ? null : String.valueOf(entry)).toList();
    }

    private static Path optionalPath(Object value) {
        return value == null || String.valueOf(value).isBlank() ? null : Path.of(String.valueOf(value).strip());
    }

    private static List<Path> paths(Object value) {
        return strings(value).stream().filter(entry -> entry != null).map(Path::of).toList();
    }
}
