package dev.netmove.maven;

import dev.netmove.runner.MavenBridge;
import dev.netmove.runner.NetmoveProperties;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;
import java.util.Map;

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
public class VerifyMojo extends AbstractSuiteMojo {

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
     * Extra Java packages with step definitions, on top of netmove's step library and the packages of the
     * project's own step classes (which are found without this).
     */
    @Parameter(property = NetmoveProperties.GLUE)
    private List<String> glue;

    /** Fails the build when no scenario ran (no feature files, or the tags matched none). */
    @Parameter(property = NetmoveProperties.FAIL_IF_NO_SCENARIOS,
            defaultValue = NetmoveProperties.FAIL_IF_NO_SCENARIOS_DEFAULT)
    private boolean failIfNoScenarios;

    /**
     * How long one scenario may run, a time with its unit ({@code 5min}, {@code 90s}); a scenario still running
     * then is stopped and fails, naming the step that ran out of time, so that no input can hang the build.
     */
    @Parameter(property = NetmoveProperties.SCENARIO_TIMEOUT, defaultValue = NetmoveProperties.SCENARIO_TIMEOUT_DEFAULT)
    private String scenarioTimeout;





    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("netmove: skipped");
            return;
        }
        Map<String, Object> settings = suiteSettings();
        settings.put(MavenBridge.GLUE, glue == null ? List.of() : glue);
        settings.put(MavenBridge.TAGS, tags);
        settings.put(MavenBridge.FAIL_IF_NO_SCENARIOS, failIfNoScenarios);
        settings.put(MavenBridge.SCENARIO_TIMEOUT, scenarioTimeout);
        settings.put(MavenBridge.TEST_CLASSES, project().getBuild().getTestOutputDirectory());
        IsolatedRunner runner = new IsolatedRunner("netmove-scenarios",
                IsolatedRunner.classPath(pluginArtifacts(), testClassPath()), "the scenarios", "the scenario runner");
        synchronized (ONE_RUN_AT_A_TIME) {
            runner.runGoal("verify", settings, getLog());
        }
    }

    /**
     * The project's test class path: the scenarios run in a class loader of their own ({@link IsolatedRunner}),
     * the plugin's run-time artifacts first, then these. Each execution gets a fresh loader, which also keeps
     * concurrent executions apart.
     */
    private List<String> testClassPath() throws MojoExecutionException {
        try {
            return project().getTestClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("netmove: the project's test class path is not resolved: "
                    + e.getMessage(), e);
        }
    }
}
