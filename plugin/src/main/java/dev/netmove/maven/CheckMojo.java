package dev.netmove.maven;

import dev.netmove.runner.MavenBridge;
import dev.netmove.runner.NetmoveProperties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.util.HashMap;
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
public class CheckMojo extends AbstractMojo {

    /** Skips every netmove goal, this one included. */
    @Parameter(property = NetmoveProperties.SKIP, defaultValue = NetmoveProperties.SKIP_DEFAULT)
    private boolean skip;

    /** Skips this goal only. */
    @Parameter(property = NetmoveProperties.CHECK_SKIP, defaultValue = NetmoveProperties.CHECK_SKIP_DEFAULT)
    private boolean skipCheck;

    /**
     * The feature files, or folders searched for {@code .feature} files, whose topologies are checked
     * (the same setting as the verify goal's). Ignored when {@code topologies} is set.
     */
    @Parameter(property = NetmoveProperties.FEATURES, defaultValue = NetmoveProperties.FEATURES_DEFAULT)
    private List<File> features;

    /**
     * Topology files to check instead of those the feature files load, relative to the project
     * folder. On the command line: comma separated.
     */
    @Parameter(property = NetmoveProperties.TOPOLOGIES)
    private List<File> topologies;

    /** Fails the build when a topology has configuration drift (a topology that does not load always fails it). */
    @Parameter(property = NetmoveProperties.FAIL_ON_DRIFT, defaultValue = NetmoveProperties.FAIL_ON_DRIFT_DEFAULT)
    private boolean failOnDrift;

    /** Where {@code drift.txt} goes (the same folder as the verify goal's reports). */
    @Parameter(property = NetmoveProperties.REPORTS_DIRECTORY,
            defaultValue = NetmoveProperties.REPORTS_DIRECTORY_DEFAULT)
    private File reportsDirectory;

    /**
     * A change file (a change request in the topology format), relative to the project, e.g.
     * {@code changes/cr-1234.yaml}: applied to every topology the suite loads whose name its {@code topology:}
     * names (to all when it names none). Unset: the network as it is.
     */
    @Parameter(property = NetmoveProperties.CHANGE)
    private String change;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The plugin's own run-time class path: the engine and the step library. */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipCheck) {
            getLog().info("netmove: check skipped");
            return;
        }
        Map<String, Object> settings = new HashMap<>();
        settings.put(MavenBridge.BASE_FOLDER, project.getBasedir().getAbsolutePath());
        settings.put(MavenBridge.FEATURES, paths(features));
        settings.put(MavenBridge.TOPOLOGIES, paths(topologies));
        settings.put(MavenBridge.FAIL_ON_DRIFT, failOnDrift);
        settings.put(MavenBridge.CHANGE, change);
        settings.put(MavenBridge.REPORTS_DIRECTORY, reportsDirectory.getPath());
        new IsolatedRunner("netmove-check", IsolatedRunner.classPath(pluginArtifacts, List.of()),
                "the topology check", "the topology check").runGoal("check", settings, getLog());
    }

    private static List<String> paths(List<File> files) {
        return files == null ? List.of() : files.stream().map(file -> file == null ? null : file.getPath()).toList();
    }
}
