package dev.netmove.runner;

import dev.netmove.steps.ProjectFolder;

/**
 * Every {@code netmove.*} property with its default, in one place, so that the Maven goal, the runner
 * and the step library read the same names.
 *
 * <p>The defaults that hold Maven expressions ({@code ${project.basedir}}) are meant for the goal's
 * parameter annotations; plain Java callers pass explicit values in a {@link RunRequest}.
 */
public final class NetmoveProperties {

    /** {@code true} skips the verify goal: nothing runs and nothing is written. */
    public static final String SKIP = "netmove.skip";
    /** Default of {@link #SKIP}. */
    public static final String SKIP_DEFAULT = "false";

    /** A Cucumber tag expression, e.g. {@code @smoke and not @slow}; unset runs every scenario. */
    public static final String TAGS = "netmove.tags";

    /** Feature files or folders to run, comma separated. */
    public static final String FEATURES = "netmove.features";
    /** The folder of a project's feature files, relative to its base folder. */
    public static final String FEATURES_FOLDER = "src/test/features";
    /** Default of {@link #FEATURES}, as a Maven expression. */
    public static final String FEATURES_DEFAULT = "${project.basedir}/" + FEATURES_FOLDER;

    /** Extra Java packages holding step definitions, comma separated, on top of netmove's own steps. */
    public static final String GLUE = "netmove.glue";

    /** {@code true} fails the build when no scenario ran (like Surefire's {@code failIfNoTests}). */
    public static final String FAIL_IF_NO_SCENARIOS = "netmove.failIfNoScenarios";
    /** Default of {@link #FAIL_IF_NO_SCENARIOS}. */
    public static final String FAIL_IF_NO_SCENARIOS_DEFAULT = "true";

    /**
     * How long one scenario may run (a time with its unit: {@code 5min}, {@code 90s}); a scenario still running
     * then is stopped and fails, naming the step that ran out of time, so that no input can hang a build.
     */
    public static final String SCENARIO_TIMEOUT = "netmove.scenarioTimeout";
    /** Default of {@link #SCENARIO_TIMEOUT}. */
    public static final String SCENARIO_TIMEOUT_DEFAULT = "5min";

    /** Where the full trace of an unexpected error in a step goes, one file per scenario, inside the reports folder. */
    public static final String TRACES_FOLDER = "traces";

    /** Where the Cucumber reports go. */
    public static final String REPORTS_DIRECTORY = "netmove.reportsDirectory";
    /** The reports folder's name inside the build folder. */
    public static final String REPORTS_FOLDER = "netmove";
    /** Default of {@link #REPORTS_DIRECTORY}, as a Maven expression. */
    public static final String REPORTS_DIRECTORY_DEFAULT = "${project.build.directory}/" + REPORTS_FOLDER;

    /**
     * The project's base folder, which steps resolve topology files against. Unset: the {@code basedir}
     * system property (Surefire sets it), else the working directory.
     */
    public static final String BASEDIR = ProjectFolder.BASEDIR_PROPERTY;

    /** The topology file {@code netmove:import} reads, relative to the project ({@code src/test/features/dc1.yaml}). */
    public static final String IMPORT_TOPOLOGY = "netmove.import.topology";
    /** {@code true} fails {@code netmove:import} when the written file differs from {@link #IMPORT_EXPECTED}. */
    public static final String IMPORT_CHECK = "netmove.import.check";
    /** Default of {@link #IMPORT_CHECK}. */
    public static final String IMPORT_CHECK_DEFAULT = "false";
    /** The committed import that {@link #IMPORT_CHECK} compares with, relative to the project. */
    public static final String IMPORT_EXPECTED = "netmove.import.expected";
    /** Where {@code netmove:import} writes {@code <name>.imported.yaml} and {@code import-report.txt}. */
    public static final String IMPORT_OUTPUT = "netmove.import.outputDirectory";
    /** Default of {@link #IMPORT_OUTPUT}. */
    public static final String IMPORT_OUTPUT_DEFAULT = "${project.build.directory}/netmove";
    /**
     * NetBox's address for the live pull of {@code netmove:import}: pulled into {@code <outputDirectory>/netbox/},
     * which the topology file's {@code netbox:} entry then reads instead of its own folder. Unset: no pull.
     */
    public static final String NETBOX_URL = "netbox.url";
    /** The {@code settings.xml} server whose password is the NetBox API token. */
    public static final String NETBOX_SERVER_ID = "netbox.serverId";
    /** Default of {@link #NETBOX_SERVER_ID}. */
    public static final String NETBOX_SERVER_ID_DEFAULT = "netbox";
    /** How long the live pull waits for each NetBox answer, in seconds. */
    public static final String NETBOX_TIMEOUT = "netbox.timeout";
    /** Default of {@link #NETBOX_TIMEOUT}. */
    public static final String NETBOX_TIMEOUT_DEFAULT = "30";

    /** {@code true} skips the check goal only ({@link #SKIP} skips it too). */
    public static final String CHECK_SKIP = "netmove.check.skip";
    /** Default of {@link #CHECK_SKIP}. */
    public static final String CHECK_SKIP_DEFAULT = "false";

    /**
     * Topology files for the check goal, comma separated, relative to the project folder; unset: the
     * topologies the feature files load.
     */
    public static final String TOPOLOGIES = "netmove.topologies";

    /** {@code true} fails the check goal when a topology has configuration drift (load errors always fail it). */
    public static final String FAIL_ON_DRIFT = "netmove.failOnDrift";
    /** Default of {@link #FAIL_ON_DRIFT}. */
    public static final String FAIL_ON_DRIFT_DEFAULT = "false";

    /**
     * A change file (TOPOLOGY.md "Change files"), relative to the project: applied to every topology the suite
     * loads whose name its {@code topology:} names (all of them when it names none); when no scenario loads the
     * topology it names, the run ends with a warning that it changed nothing. Unset: the network as it is.
     */
    public static final String CHANGE = "netmove.change";

    /** The check goal's drift report, inside the reports folder. */
    public static final String DRIFT_REPORT = "drift.txt";

    /** The package of netmove's step library, always glue. */
    public static final String STEPS_PACKAGE = "dev.netmove.steps";

    /** Cucumber's HTML report, inside the reports folder. */
    public static final String HTML_REPORT = "cucumber.html";
    /** Cucumber's JSON report, inside the reports folder. */
    public static final String JSON_REPORT = "cucumber.json";
    /** Cucumber's JUnit XML report, inside the reports folder. */
    public static final String JUNIT_REPORT = "cucumber.xml";
    /** netmove's own HTML report (pictures and figures), inside the reports folder. */
    public static final String INDEX_REPORT = "index.html";
    /** The run's headline facts (worst link peak, longest migration, trombones), one a line, in the reports folder. */
    public static final String SUMMARY_REPORT = "summary.txt";

    private NetmoveProperties() {
    }
}
