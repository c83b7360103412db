package dev.netmove.maven;

import dev.netmove.runner.MavenBridge;
import dev.netmove.runner.NetmoveProperties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters the goals that work on a project's feature suite share ({@code verify} and {@code check}),
 * and the settings they hand to the runner; each goal adds its own.
 */
abstract class AbstractSuiteMojo extends AbstractMojo {

    /**
     * The feature files, or folders searched for {@code .feature} files: the scenarios {@code verify} runs and
     * whose topologies {@code check} checks (unless {@code topologies} is set). On the command line: comma
     * separated. A path given here that does not exist stops the build as a configuration error.
     */
    @Parameter(property = NetmoveProperties.FEATURES, defaultValue = NetmoveProperties.FEATURES_DEFAULT)
    private List<File> features;

    /**
     * Where the reports go: Cucumber's {@code cucumber.html}, {@code cucumber.json}, {@code cucumber.xml}, netmove's
     * {@code index.html}, {@code results.json} and {@code summary.txt} ({@code verify}), {@code drift.txt}
     * ({@code check}).
     */
    @Parameter(property = NetmoveProperties.REPORTS_DIRECTORY,
            defaultValue = NetmoveProperties.REPORTS_DIRECTORY_DEFAULT)
    private File reportsDirectory;

    /**
     * A change file (a change request in the topology format), relative to the project, e.g.
     * {@code changes/cr-1234.yaml}: applied to every topology the suite loads whose name its {@code topology:}
     * names (to all when it names none); {@code verify} ends with a warning when no scenario loaded the topology
     * it names, since it then changed nothing. {@code check} also lists the drift findings it adds and removes.
     * Unset: the network as it is.
     */
    @Parameter(property = NetmoveProperties.CHANGE)
    private String change;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The plugin's own run-time class path: the step library, the engine, Cucumber, the JUnit Platform. */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    /** The settings every suite goal passes: the project folder, the features, the change, the reports folder. */
    final Map<String, Object> suiteSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(MavenBridge.BASE_FOLDER, project.getBasedir().getAbsolutePath());
        settings.put(MavenBridge.FEATURES, paths(features));
        settings.put(MavenBridge.CHANGE, change);
        settings.put(MavenBridge.REPORTS_DIRECTORY, reportsDirectory.getPath());
        return settings;
    }

    final MavenProject project() {
        return project;
    }

    final List<Artifact> pluginArtifacts() {
        return pluginArtifacts;
    }

    static List<String> paths(List<File> files) {
        return files == null ? List.of() : files.stream().map(file -> file == null ? null : file.getPath()).toList();
    }
}
