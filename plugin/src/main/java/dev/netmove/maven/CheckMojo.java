package dev.netmove.maven;

import dev.netmove.runner.MavenCheckBridge;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The plugin's own run-time class path: the engine and the step library. */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    @Override
    @SuppressWarnings("unchecked")
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipCheck) {
            getLog().info("netmove: check skipped");
            return;
        }
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<Path> topologyFiles = paths(base, topologies);
        List<Path> featurePaths = paths(base, features);
        if (featurePaths.isEmpty()) {
            featurePaths = List.of(base.resolve(NetmoveProperties.FEATURES_FOLDER));
        }
        if (topologyFiles.isEmpty()) {
            List<Path> missing = featurePaths.stream().filter(path -> !Files.exists(path)).toList();
            if (!missing.isEmpty()) {
                if (!featurePaths.equals(List.of(base.resolve(NetmoveProperties.FEATURES_FOLDER)))) {
                    throw new MojoExecutionException("netmove: <features> (" + NetmoveProperties.FEATURES + ") names "
                            + (missing.size() == 1 ? "a path that does not" : "paths that do not") + " exist: "
                            + missing.stream().map(path -> shown(base, path)).collect(Collectors.joining(", "))
                            + ". Point it at .feature files or folders of them, or list the topology files in"
                            + " <topologies> (-D" + NetmoveProperties.TOPOLOGIES + ").");
                }
                getLog().warn("netmove: no topology to check: " + shown(base, featurePaths.get(0))
                        + " does not exist, and <topologies> is not set");
                return;
            }
        }

        Map<String, Object> request = new LinkedHashMap<>();
        request.put(MavenCheckBridge.FEATURES, featurePaths.stream().map(Path::toString).toList());
        request.put(MavenCheckBridge.TOPOLOGIES, topologyFiles.stream().map(Path::toString).toList());
        request.put(MavenCheckBridge.REPORTS_DIRECTORY, base.resolve(reportsDirectory.toPath()).normalize().toString());
        request.put(MavenCheckBridge.BASE_FOLDER, base.toString());
        IsolatedRunner runner = new IsolatedRunner("netmove-check", IsolatedRunner.classPath(pluginArtifacts, List.of()),
                "the topology check", "the topology check");
        Map<String, Object> answer = (Map<String, Object>) runner.call(MavenCheckBridge.class.getName(),
                "checkForMaven", new Class<?>[] {Map.class}, request);

        if (answer.containsKey(MavenCheckBridge.CONFIGURATION_ERROR)) {
            throw new MojoExecutionException(String.valueOf(answer.get(MavenCheckBridge.CONFIGURATION_ERROR)));
        }
        String report = (String) answer.get(MavenCheckBridge.REPORT);
        report.lines().forEach(line -> getLog().info(line));
        String reportShown = shown(base, Path.of((String) answer.get(MavenCheckBridge.REPORT_FILE)));
        getLog().info("netmove: " + answer.get(MavenCheckBridge.SUMMARY) + "; report in " + reportShown);

        List<String> loadProblems = (List<String>) answer.get(MavenCheckBridge.LOAD_PROBLEMS);
        List<String> drifted = (List<String>) answer.get(MavenCheckBridge.DRIFTED);
        if (!loadProblems.isEmpty()) {
            throw new MojoFailureException("netmove: " + (loadProblems.size() == 1 ? "a topology" : "topologies")
                    + " could not be loaded:\n\n" + String.join("\n\n", loadProblems) + "\n\nReport: " + reportShown);
        }
        if (!drifted.isEmpty()) {
            String list = drifted.stream().map(line -> "  - " + line).collect(Collectors.joining("\n"));
            if (failOnDrift) {
                throw new MojoFailureException("netmove: configuration drift, and " + NetmoveProperties.FAIL_ON_DRIFT
                        + " is set:\n" + list + "\nEach drift is listed in the report above and in " + reportShown
                        + ". Fix the configuration, or set <failOnDrift>false</failOnDrift> to report it without"
                        + " failing.");
            }
            getLog().warn("netmove: configuration drift (the build goes on; set -D" + NetmoveProperties.FAIL_ON_DRIFT
                    + "=true to fail it):\n" + list);
        }
        if ((Integer) answer.get(MavenCheckBridge.CHECKED) == 0) {
            getLog().warn("netmove: no topology to check: no feature file in "
                    + featurePaths.stream().map(path -> shown(base, path)).collect(Collectors.joining(", "))
                    + " loads one, and <topologies> is not set");
        }
    }

    private static List<Path> paths(Path base, List<File> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(Objects::nonNull).map(file -> base.resolve(file.toPath()).normalize())
                .distinct().toList();
    }

    private static String shown(Path base, Path path) {
        return path.startsWith(base) ? base.relativize(path).toString().replace(File.separatorChar, '/') : path.toString();
    }
}
