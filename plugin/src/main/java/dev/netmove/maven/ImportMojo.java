package dev.netmove.maven;

import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.write.ImportCommand;
import dev.netmove.engine.topology.load.TopologyLoadException;
import dev.netmove.engine.imports.write.ImportReport;
import java.util.List;
import dev.netmove.steps.ProjectFolder;
import dev.netmove.runner.NetmoveProperties;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads the {@code import:} sources of a topology file, merges them with its overlay and writes the
 * plain topology ({@code <name>.imported.yaml}) and {@code import-report.txt}. With
 * {@code netmove.import.check} it fails the build when the committed file has drifted from its sources.
 * With {@code netbox.url} it first pulls NetBox live (the token from {@code settings.xml}); a pull that
 * fails is a {@link MojoExecutionException} naming the URL.
 */
@Mojo(name = "import", threadSafe = true, requiresProject = true, requiresDependencyResolution = ResolutionScope.NONE)
public class ImportMojo extends AbstractMojo {

    /** Skips every netmove goal, this one included. */
    @Parameter(property = NetmoveProperties.SKIP, defaultValue = NetmoveProperties.SKIP_DEFAULT)
    private boolean skip;

    /** How many of the report's warnings the console shows; the rest are counted. */
    private static final int SHOWN_WARNINGS = 20;

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

    /**
     * NetBox's address ({@code https://netbox.example.com}): NetBox is pulled live into
     * {@code <outputDirectory>/netbox/} and the topology file's {@code netbox:} entry reads that folder
     * instead of the one written there (the entry stays required: its place in {@code import:} says
     * which sources NetBox fills and which override it). Unset: the saved folder is read.
     */
    @Parameter(property = NetmoveProperties.NETBOX_URL)
    private String netboxUrl;

    /** The id of the {@code settings.xml} server whose (optionally encrypted) password is the NetBox API token. */
    @Parameter(property = NetmoveProperties.NETBOX_SERVER_ID, defaultValue = NetmoveProperties.NETBOX_SERVER_ID_DEFAULT)
    private String netboxServerId;

    /** How long the live pull waits for each NetBox answer, in seconds. */
    @Parameter(property = NetmoveProperties.NETBOX_TIMEOUT, defaultValue = NetmoveProperties.NETBOX_TIMEOUT_DEFAULT)
    private int netboxTimeout;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

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
        if (!file.startsWith(base)) {
            throw new MojoExecutionException(NetmoveProperties.IMPORT_TOPOLOGY + ": " + topology + " is outside the "
                    + "project folder; expected a topology file with import:, relative to the project folder");
        }
        Path committed = null;
        if (check) {
            committed = expected != null ? base.resolve(expected.toPath()).normalize()
                    : file.resolveSibling(file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "")
                            + ".imported.yaml");
            if (!committed.startsWith(base)) {
                throw new MojoExecutionException(NetmoveProperties.IMPORT_EXPECTED + ": " + expected + " is outside "
                        + "the project folder; expected the committed import, relative to the project folder");
            }
        }
        ImportCommand.NetBoxPull pull = null;
        if (netboxUrl != null && !netboxUrl.isBlank()) {
            if (netboxTimeout <= 0) {
                throw new MojoExecutionException(NetmoveProperties.NETBOX_TIMEOUT + ": found " + netboxTimeout
                        + "; expected the seconds to wait for each answer of " + netboxUrl + ", such as 30");
            }
            String token;
            try {
                token = NetBoxCredentials.token(settings, decrypter, netboxServerId);
            } catch (MojoExecutionException e) {
                throw new MojoExecutionException("netmove: no token for " + netboxUrl + ": " + e.getMessage());
            }
            pull = new ImportCommand.NetBoxPull(netboxUrl, token, Duration.ofSeconds(netboxTimeout));
            getLog().info("netmove: pulling NetBox from " + netboxUrl + " into " + outputDirectory.toPath().resolve("netbox"));
        }
        ImportCommand.Outcome outcome;
        ImportCommand.Request request = new ImportCommand.Request(file, base, outputDirectory.toPath(), committed, pull);
        try {
            outcome = ImportCommand.run(request);
        } catch (ImportCommand.PullFailedException e) {
            throw new MojoExecutionException("netmove: " + e.getMessage());
        } catch (TopologyLoadException | SourceException e) {
            String report = ImportCommand.failedReport(request)
                    .map(r -> "\n(what the sources gave, and the gaps: " + ProjectFolder.shown(base, r) + ")").orElse("");
            throw new MojoFailureException("netmove: import failed: " + e.getMessage() + report);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("netmove: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw OutOfMemory.of("the import of " + ProjectFolder.shown(base, file), e);
        }
        getLog().info("netmove: imported " + ProjectFolder.shown(base, file) + " -> "
                + ProjectFolder.shown(base, outcome.written()));
        getLog().info("netmove: import report -> " + ProjectFolder.shown(base, outcome.report()));
        List<String> warnings = ImportReport.warnings(outcome.imports());
        for (String warning : warnings.subList(0, Math.min(SHOWN_WARNINGS, warnings.size()))) {
            getLog().warn("netmove: import: " + warning);
        }
        if (warnings.size() > SHOWN_WARNINGS) {
            getLog().warn("netmove: import: " + (warnings.size() - SHOWN_WARNINGS) + " more warnings in "
                    + ProjectFolder.shown(base, outcome.report()));
        }
        if (outcome.drift() != null) {
            throw new MojoFailureException("netmove: " + outcome.drift());
        }
    }
}
