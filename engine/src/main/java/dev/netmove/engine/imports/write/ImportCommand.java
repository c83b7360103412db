package dev.netmove.engine.imports.write;

import dev.netmove.engine.imports.ImportResult;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceOverride;
import dev.netmove.engine.imports.netbox.NetBoxClient;
import dev.netmove.engine.schema.TopologySchema;
import dev.netmove.engine.topology.load.ImportedTopology;
import dev.netmove.engine.topology.load.Problem;
import dev.netmove.engine.topology.load.TopologyLoadException;
import dev.netmove.engine.topology.load.TopologyLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The work of {@code netmove:import} in plain Java: loads a topology file that imports, writes the
 * merged plain topology ({@code <name>.imported.yaml}) and {@code import-report.txt}, and compares
 * the written file with a committed one when asked; with {@link NetBoxPull} it first pulls NetBox live.
 */
public final class ImportCommand {

    /**
     * @param topology the topology file that imports
     * @param project the project folder (sources must lie inside it; files are named relative to it)
     * @param outputFolder where both files are written ({@code target/netmove})
     * @param expected the committed file to compare with, or null for no check
     * @param netbox the live NetBox pull whose folder the {@code netbox:} entry reads, or null to read the folder written there
     */
    public record Request(Path topology, Path project, Path outputFolder, Path expected, NetBoxPull netbox) {
        public Request {
            Objects.requireNonNull(topology, "topology");
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(outputFolder, "outputFolder");
        }

        /** A request that reads every source from the path written in the topology file. */
        public Request(Path topology, Path project, Path outputFolder, Path expected) {
            this(topology, project, outputFolder, expected, null);
        }
    }

    /**
     * {@code netbox.url}: NetBox is pulled into {@code <outputFolder>/netbox/} (emptied first) and the
     * topology file's {@code netbox:} entry reads that folder instead of its own, at its place in the
     * import order.
     *
     * @param url NetBox's address
     * @param token the API token
     * @param timeout how long to wait for each answer
     */
    public record NetBoxPull(String url, String token, Duration timeout) {
        public NetBoxPull {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(timeout, "timeout");
        }
    }

    /** The live pull failed (NetBox refused the token, did not answer, answered no NetBox API): the message names the URL. */
    public static final class PullFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PullFailedException(String message) {
            super(message);
        }
    }

    /**
     * @param written the merged topology file
     * @param report the import report
     * @param drift null when there was no check or the committed file is the same; else what differs
     */
    public record Outcome(Path written, Path report, String drift, ImportResult imports) {
    }

    private ImportCommand() {
    }

    /**
     * Runs the import. Throws {@link dev.netmove.engine.topology.load.TopologyLoadException} when the
     * topology or its sources have problems, {@link UncheckedIOException} when a file cannot be written.
     */
    public static Outcome run(Request request) {
        Path project = real(request.project());
        Path file = real(request.topology());
        String shown = shown(project, file);
        String name = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        Path written = request.outputFolder().resolve(name + ".imported.yaml");
        Path report = request.outputFolder().resolve("import-report.txt");
        // an earlier run's files go first: a failed import must not leave a report or a topology that looks current
        deleteIfPresent(written);
        deleteIfPresent(report);
        TopologyLoader loader = new TopologyLoader();
        if (request.netbox() != null) {
            loader = loader.replacing(pull(request.netbox(), request.outputFolder().resolve("netbox")));
        }
        ImportedTopology imported;
        try {
            imported = loader.read(file, shown, project);
        } catch (TopologyLoadException e) {
            if (e.imports().isPresent()) {
                write(report, ImportReport.text(shown, e.imports().get(),
                        e.problems().stream().map(Problem::toString).toList()), request.outputFolder());
            }
            throw e;
        }
        ImportResult result = imports(imported);
        if (result.sources().isEmpty()) {
            // nothing to merge: writing the file would write an empty topology that a check would then pass against
            throw new TopologyLoadException(shown, List.of(new Problem(shown, 0, 0, "import", "imports no source, so "
                    + "netmove:import has nothing to merge; expected a topology file whose import: lists its sources "
                    + "(IMPORT.md), such as import: [ { netbox: sources/netbox/ }, { rvtools: sources/rvtools/ } ]")));
        }
        List<ImportedYamlWriter.SourceHash> hashes = new ArrayList<>();
        for (Path source : result.files()) {
            hashes.add(new ImportedYamlWriter.SourceHash(shown(project, source), sha256(source)));
        }
        String yaml = ImportedYamlWriter.write(result.document(), hashes);
        write(written, yaml, request.outputFolder());
        write(report, ImportReport.text(shown, result), request.outputFolder());
        try {
            TopologySchema.writeTo(request.outputFolder()); // what the written file's modeline names, beside it
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the topology schema to " + request.outputFolder() + " ("
                    + e.getMessage() + ")", e);
        }
        String drift = request.expected() == null ? null : drift(yaml, request.expected(), project, shown(project, written));
        return new Outcome(written, report, drift, result);
    }

    /** The path of the report written for a failed import, or empty when none was (the topology file itself could not be read). */
    public static java.util.Optional<Path> failedReport(Request request) {
        Path report = request.outputFolder().resolve("import-report.txt");
        return Files.isRegularFile(report) ? java.util.Optional.of(report) : java.util.Optional.empty();
    }

    private static void deleteIfPresent(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the earlier " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static void write(Path file, String text, Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static SourceOverride pull(NetBoxPull netbox, Path folder) {
        try {
            clear(folder);
            new NetBoxClient(netbox.url(), netbox.token(), netbox.timeout()).pullTo(folder);
        } catch (SourceException e) {
            throw new PullFailedException("the NetBox pull from " + netbox.url() + " failed: " + e.getMessage());
        } catch (IOException e) {
            throw new PullFailedException("the NetBox pull from " + netbox.url() + " cannot empty " + folder + " ("
                    + e.getMessage() + ")");
        }
        return new SourceOverride("netbox", folder, "the pull from " + netbox.url());
    }

    /** An earlier pull's files go: an endpoint this NetBox lacks must not be read from an older one. */
    private static void clear(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private static ImportResult imports(ImportedTopology imported) {
        return imported.imports();
    }

    /**
     * Null when the committed file holds the same text; else the first line that differs. Line endings are not
     * compared: a checkout that turned the file's line feeds into CR LF (git's autocrlf on Windows) holds the same text.
     */
    static String drift(String yaml, Path expected, Path project, String writtenShown) {
        String committedShown = shown(project, expected.toAbsolutePath().normalize());
        String committed;
        try {
            committed = Files.readString(expected, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (java.nio.file.NoSuchFileException e) {
            return committedShown + " does not exist; expected the committed import (copy " + writtenShown + " there)";
        } catch (IOException e) {
            return committedShown + " cannot be read as UTF-8 text (" + e.getMessage() + "); copy " + writtenShown
                    + " over it";
        }
        if (committed.equals(yaml)) {
            return null;
        }
        String[] a = committed.split("\n", -1);
        String[] b = yaml.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        return committedShown + " has drifted from its sources: line " + (i + 1) + " is "
                + (i < a.length ? "\"" + a[i] + "\"" : "missing") + " there but " + (i < b.length ? "\"" + b[i] + "\"" : "missing")
                + " in " + writtenShown + "; copy " + writtenShown + " over it if the sources are right";
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    static String shown(Path project, Path path) {
        return path.startsWith(project) ? project.relativize(path).toString().replace('\\', '/') : path.toString();
    }

    static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
