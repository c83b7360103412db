package dev.netmove.maven;

import dev.netmove.runner.MavenBridge;
import dev.netmove.runner.NetmoveProperties;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * Checks the topologies a project's feature files load (or the files configured) for
 * configuration drift, before any scenario runs: port groups that differ between the hosts of a
 * cluster, cluster VLANs that a host's switch port does not carry, and VLANs carried where no host
 * or SVI needs them. Prints the drift report and writes it to {@code drift.txt} in the reports
 * folder; fails the build when a topology does not load, and on drift when {@code failOnDrift} is set.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractSuiteMojo {

    /** Skips every netmove goal, this one included. */
    @Parameter(property = NetmoveProperties.SKIP, defaultValue = NetmoveProperties.SKIP_DEFAULT)
    private boolean skip;

    /** Skips this goal only. */
    @Parameter(property = NetmoveProperties.CHECK_SKIP, defaultValue = NetmoveProperties.CHECK_SKIP_DEFAULT)
    private boolean skipCheck;


    /**
     * Topology files to check instead of those the feature files load, relative to the project
     * folder. On the command line: comma separated.
     */
    @Parameter(property = NetmoveProperties.TOPOLOGIES)
    private List<File> topologies;

    /** Fails the build when a topology has configuration drift (a topology that does not load always fails it). */
    @Parameter(property = NetmoveProperties.FAIL_ON_DRIFT, defaultValue = NetmoveProperties.FAIL_ON_DRIFT_DEFAULT)
    private boolean failOnDrift;





    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipCheck) {
            getLog().info("netmove: check skipped");
            return;
        }
        Map<String, Object> settings = suiteSettings();
        settings.put(MavenBridge.TOPOLOGIES, paths(topologies));
        settings.put(MavenBridge.FAIL_ON_DRIFT, failOnDrift);
        new IsolatedRunner("netmove-check", IsolatedRunner.classPath(pluginArtifacts(), List.of()),
                "the topology check", "the topology check").runGoal("check", settings, getLog());
    }

}
