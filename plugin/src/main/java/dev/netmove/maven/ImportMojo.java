package dev.netmove.maven;

import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.write.ImportCommand;
import dev.netmove.engine.topology.load.TopologyLoadException;
import dev.netmove.steps.ProjectFolder;
import dev.netmove.runner.NetmoveProperties;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the {@code import:} sources of a topology file, merges them with its overlay and writes the
 * plain topology ({@code <name>.imported.yaml}) and {@code import-report.txt}. With
 * {@code netmove.import.check} it fails the build when the committed file has drifted from its sources.
 */
@Mojo(name = "import", threadSafe = true, requiresProject = true, requiresDependencyResolution = ResolutionScope.NONE)
public class ImportMojo extends AbstractMojo {

    /** Skips every netmove goal, this one included. */
    @Parameter(property = NetmoveProperties.SKIP, defaultValue = NetmoveProperties.SKIP_DEFAULT)
    private boolean skip;

    /** The topology file that imports, relative to the project folder. */
    @Parameter(property = NetmoveProperties.IMPORT_TOPOLOGY, required = true)
    private File topology;

    /** Fails the build when the written file differs from {@code expected}. */
    @Parameter(property = NetmoveProperties.IMPORT_CHECK, defaultValue = NetmoveProperties.IMPORT_CHECK_DEFAULT)
    private boolean check;

    /** The committed import to compare with, relative to the project (default: next to the topology file). */
    @Parameter(property = NetmoveProperties.IMPORT_EXPECTED)
    private File expected;

    /** Where both files are written. */
    @Parameter(property = NetmoveProperties.IMPORT_OUTPUT, defaultValue = NetmoveProperties.IMPORT_OUTPUT_DEFAULT)
    private File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("netmove: import skipped");
            return;
        }
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path file = base.resolve(topology.toPath()).normalize();
        if (!Files.isRegularFile(file)) {
            throw new MojoExecutionException(NetmoveProperties.IMPORT_TOPOLOGY + ": " + topology + " does not exist; "
                    + "expected a topology file with import:, relative to the project folder");
        }
        Path committed = null;
        if (check) {
            committed = expected != null ? base.resolve(expected.toPath()).normalize()
                    : file.resolveSibling(file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "")
                            + ".imported.yaml");
        }
        ImportCommand.Outcome outcome;
        try {
            outcome = ImportCommand.run(new ImportCommand.Request(file, base, outputDirectory.toPath(), committed));
        } catch (TopologyLoadException | SourceException e) {
            throw new MojoFailureException("netmove: import failed: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("netmove: " + e.getMessage(), e);
        }
        getLog().info("netmove: imported " + ProjectFolder.shown(base, file) + " -> "
                + ProjectFolder.shown(base, outcome.written()));
        getLog().info("netmove: import report -> " + ProjectFolder.shown(base, outcome.report()));
        if (outcome.drift() != null) {
            throw new MojoFailureException("netmove: " + outcome.drift());
        }
    }
}
