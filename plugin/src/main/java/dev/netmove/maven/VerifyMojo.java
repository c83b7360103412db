package dev.netmove.maven;

import dev.netmove.runner.GluePackages;
import dev.netmove.runner.MavenBridge;
import dev.netmove.runner.NetmoveProperties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs the project's netmove feature files and fails the build when a scenario fails or has a step
 * that no step definition matches. Writes Cucumber's HTML, JSON and JUnit XML reports first.
 *
 * <p>netmove's step library, Cucumber and the JUnit Platform come with the plugin: a project needs no
 * dependency and no runner class. Step classes of the project's own (compiled test classes that use
 * Cucumber annotations) are found and used as glue without configuration.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class VerifyMojo extends AbstractMojo {

    /**
     * One scenario run at a time in this Maven JVM. Cucumber opens the step library's jar as a zip file
     * system to scan it for glue, and the JDK keeps one such file system per jar for the whole JVM;
     * Cucumber's own bookkeeping of it is per class loader, so two executions in their isolated loaders
     * at once (mvn -T) would collide (FileSystemAlreadyExistsException). The plugin's class loader is
     * shared by all executions of a build, so a static here is seen by all of them.
     */
    private static final Object ONE_RUN_AT_A_TIME = new Object();

    /** Skips the goal: no scenario runs and nothing is written. */
    @Parameter(property = NetmoveProperties.SKIP, defaultValue = NetmoveProperties.SKIP_DEFAULT)
    private boolean skip;

    /**
     * A Cucumber tag expression choosing the scenarios to run, e.g. {@code @vlan and not @slow}.
     * Unset: every scenario.
     */
    @Parameter(property = NetmoveProperties.TAGS)
    private String tags;

    /**
     * The feature files, or folders searched for {@code .feature} files, to run. On the command line:
     * comma separated. A path given here that does not exist stops the build as a configuration error.
     */
    @Parameter(property = NetmoveProperties.FEATURES, defaultValue = NetmoveProperties.FEATURES_DEFAULT)
    private List<File> features;

    /**
     * Extra Java packages with step definitions, on top of netmove's step library and the packages of the
     * project's own step classes (which are found without this).
     */
    @Parameter(property = NetmoveProperties.GLUE)
    private List<String> glue;

    /** Fails the build when no scenario ran (no feature files, or the tags matched none). */
    @Parameter(property = NetmoveProperties.FAIL_IF_NO_SCENARIOS,
            defaultValue = NetmoveProperties.FAIL_IF_NO_SCENARIOS_DEFAULT)
    private boolean failIfNoScenarios;

    /** Where Cucumber's reports go: {@code cucumber.html}, {@code cucumber.json}, {@code cucumber.xml}. */
    @Parameter(property = NetmoveProperties.REPORTS_DIRECTORY,
            defaultValue = NetmoveProperties.REPORTS_DIRECTORY_DEFAULT)
    private File reportsDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The plugin's own run-time class path: the step library, the engine, Cucumber, the JUnit Platform. */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("netmove: skipped");
            return;
        }
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<Path> featurePaths = featurePaths(base);
        List<Path> missing = featurePaths.stream().filter(path -> !Files.exists(path)).toList();
        if (!missing.isEmpty()) {
            if (!featurePaths.equals(List.of(base.resolve(NetmoveProperties.FEATURES_FOLDER)))) {
                throw new MojoExecutionException("netmove: <features> (" + NetmoveProperties.FEATURES + ") names "
                        + (missing.size() == 1 ? "a path that does not" : "paths that do not") + " exist: "
                        + missing.stream().map(path -> shown(base, path)).collect(Collectors.joining(", "))
                        + ". Point it at .feature files or folders of them.");
            }
            noScenarios(base, featurePaths, "(the folder does not exist)");
            return;
        }

        Path testClasses = Path.of(project.getBuild().getTestOutputDirectory());
        for (String loose : GluePackages.stepClassesInUnnamedPackage(testClasses)) {
            getLog().warn("netmove: step class " + loose + " has no package, so Cucumber cannot use it;"
                    + " add a package declaration to its source file");
        }
        List<String> allGlue = new ArrayList<>(GluePackages.findStepPackages(testClasses));
        if (glue != null) {
            // "a,,b" on the command line gives an empty (null) entry
            glue.stream().filter(Objects::nonNull).map(String::strip).filter(entry -> !entry.isEmpty())
                    .forEach(allGlue::add);
        }
        Path reports = base.resolve(reportsDirectory.toPath()).normalize();

        Map<String, Object> request = new LinkedHashMap<>();
        request.put(MavenBridge.FEATURES, featurePaths.stream().map(Path::toString).toList());
        request.put(MavenBridge.GLUE, List.copyOf(allGlue));
        request.put(MavenBridge.TAGS, tags == null || tags.isBlank() ? null : tags.strip());
        request.put(MavenBridge.REPORTS_DIRECTORY, reports.toString());
        request.put(MavenBridge.BASE_FOLDER, base.toString());
        getLog().debug("netmove: glue " + allGlue + ", features " + featurePaths);

        Map<String, Object> answer = runIsolated(request);

        if (answer.containsKey(MavenBridge.CONFIGURATION_ERROR)) {
            // the message already starts with the property's name (netmove.tags: ...)
            throw new MojoExecutionException(String.valueOf(answer.get(MavenBridge.CONFIGURATION_ERROR)));
        }
        int total = (Integer) answer.get(MavenBridge.TOTAL);
        boolean successful = (Boolean) answer.get(MavenBridge.SUCCESSFUL);
        String reportsShown = shown(base, reports);
        getLog().info("netmove: " + answer.get(MavenBridge.SUMMARY) + "; reports in " + reportsShown);
        Object reportLines = answer.get(MavenBridge.REPORT_LINES);
        if (reportLines instanceof List<?> lines) {
            lines.forEach(line -> getLog().info("netmove: " + line));
        }
        Object report = answer.get(MavenBridge.REPORT);
        if (report != null) {
            getLog().info("netmove: report " + shown(base, Path.of(String.valueOf(report))));
        }
        if (!successful) {
            int notPassing = (Integer) answer.get(MavenBridge.FAILED) + (Integer) answer.get(MavenBridge.UNDEFINED);
            String headline = notPassing > 0
                    ? "netmove: " + notPassing + " of " + total + (total == 1 ? " scenario" : " scenarios")
                            + " did not pass:"
                    : "netmove: the feature files could not run:";
            throw new MojoFailureException(headline + "\n\n" + answer.get(MavenBridge.FAILURE_REPORT)
                    + "\nReports: " + reportsShown + " (" + NetmoveProperties.HTML_REPORT + ", "
                    + NetmoveProperties.JSON_REPORT + ", " + NetmoveProperties.JUNIT_REPORT + ")");
        }
        if (total == 0) {
            noScenarios(base, featurePaths, "");
        }
    }

    private List<Path> featurePaths(Path base) {
        List<File> given = features == null ? List.of() : features.stream().filter(Objects::nonNull).toList();
        if (given.isEmpty()) {
            given = List.of(new File(NetmoveProperties.FEATURES_FOLDER));
        }
        return given.stream().map(file -> base.resolve(file.toPath()).normalize()).distinct().toList();
    }

    private void noScenarios(Path base, List<Path> featurePaths, String why) throws MojoFailureException {
        String where = featurePaths.stream().map(path -> shown(base, path)).collect(Collectors.joining(", "))
                + (why.isEmpty() ? "" : " " + why);
        String tagsShown = tags == null || tags.isBlank() ? "" : " with tags " + tags.strip();
        if (failIfNoScenarios) {
            throw new MojoFailureException("netmove: no scenarios ran. Looked for .feature files in " + where
                    + tagsShown + ". Write scenarios there, point <features> (-D" + NetmoveProperties.FEATURES
                    + ") at yours, or set <failIfNoScenarios>false</failIfNoScenarios> (-D"
                    + NetmoveProperties.FAIL_IF_NO_SCENARIOS + "=false).");
        }
        getLog().warn("netmove: no scenarios ran; looked in " + where + tagsShown);
    }

    /**
     * Runs the scenarios in a class loader of their own ({@link IsolatedRunner}): the plugin's run-time
     * artifacts first, then the project's test class path. Each execution gets a fresh loader, which
     * also keeps concurrent executions apart.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> runIsolated(Map<String, Object> request) throws MojoExecutionException {
        List<String> testClassPath;
        try {
            testClassPath = project.getTestClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("netmove: the project's test class path is not resolved: "
                    + e.getMessage(), e);
        }
        IsolatedRunner runner = new IsolatedRunner("netmove-scenarios",
                IsolatedRunner.classPath(pluginArtifacts, testClassPath), "the scenarios", "the scenario runner");
        Consumer<String> progress = line -> getLog().info(line);
        synchronized (ONE_RUN_AT_A_TIME) {
            return (Map<String, Object>) runner.call(MavenBridge.class.getName(), "runForMaven",
                    new Class<?>[] {Map.class, Consumer.class}, request, progress);
        }
    }

    private static String shown(Path base, Path path) {
        return path.startsWith(base) ? base.relativize(path).toString().replace(File.separatorChar, '/') : path.toString();
    }
}
