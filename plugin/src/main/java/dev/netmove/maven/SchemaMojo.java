package dev.netmove.maven;

import dev.netmove.engine.schema.TopologySchema;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the JSON Schema of the topology format ({@code topology-v1.schema.json}: topology files, import
 * overlays and change files) for editors. A file whose first line is
 * {@code # yaml-language-server: $schema=target/netmove/topology-v1.schema.json} (a path relative to the file)
 * then gets completion, hover text and snippets in VS Code (Red Hat YAML) and IntelliJ.
 */
@Mojo(name = "schema", threadSafe = true, requiresProject = false, requiresDependencyResolution = ResolutionScope.NONE)
public class SchemaMojo extends AbstractMojo {

    /** Skips every netmove goal, this one included. */
    @Parameter(property = "netmove.skip", defaultValue = "false")
    private boolean skip;

    /** Where the schema is written. */
    @Parameter(property = "netmove.schema.outputDirectory", defaultValue = "${project.build.directory}/netmove")
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("netmove: schema skipped");
            return;
        }
        try {
            Path written = TopologySchema.writeTo(outputDirectory.toPath());
            getLog().info("netmove: topology schema -> " + written);
        } catch (IOException e) {
            throw new MojoExecutionException("netmove: cannot write the topology schema to " + outputDirectory
                    + ": " + e.getMessage(), e);
        }
    }
}
