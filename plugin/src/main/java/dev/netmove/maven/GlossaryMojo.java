package dev.netmove.maven;

import dev.netmove.glossary.EditorStepFile;
import dev.netmove.glossary.GlossaryPage;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the step glossary ({@code steps.md}): every phrase netmove's step library matches, read from the step
 * definitions themselves, with its parameter types and an example step line; and {@code ide/NetmoveSteps.java},
 * the same phrases as empty step definitions for editors that read steps from source files (VS Code's Cucumber
 * extension: add {@code target/netmove/ide/*.java} to its {@code cucumber.glue} setting).
 */
@Mojo(name = "glossary", threadSafe = true, requiresProject = false, requiresDependencyResolution = ResolutionScope.NONE)
public class GlossaryMojo extends AbstractMojo {

    /** Skips every netmove goal, this one included. */
    @Parameter(property = "netmove.skip", defaultValue = "false")
    private boolean skip;

    /** Where the glossary is written. */
    @Parameter(property = "netmove.glossary.outputDirectory", defaultValue = "${project.build.directory}/netmove")
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("netmove: glossary skipped");
            return;
        }
        try {
            Path written = GlossaryPage.writeTo(outputDirectory.toPath());
            getLog().info("netmove: step glossary -> " + written);
            getLog().info("netmove: steps for editors -> " + EditorStepFile.writeTo(outputDirectory.toPath()));
        } catch (IOException e) {
            throw new MojoExecutionException("netmove: cannot write the step glossary to " + outputDirectory
                    + ": " + e.getMessage(), e);
        }
    }
}
