package dev.netmove.steps;

import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.ImportedTopology;
import dev.netmove.engine.topology.load.TopologyLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the topology file a scenario names and loads it once per run.
 *
 * <p>A name is looked up next to the feature file first, then in the project folder; whatever it
 * resolves to must stay inside the project folder (symbolic links included), so a feature file can
 * never make the build read, or print, a file from elsewhere. Loaded topologies are immutable, so
 * scenarios share them; the cache key includes the file's size and modification time, and a
 * topology that imports is read again when one of its source files changed.
 */
final class TopologyFiles {

    private record Key(Path file, String shown, long size, FileTime modified) {
    }

    /** A source file an import read, as it was then. */
    private record Stamp(Path file, long size, FileTime modified) {
        static Stamp of(Path file) {
            try {
                return new Stamp(file, Files.size(file), Files.getLastModifiedTime(file));
            } catch (IOException e) {
                return new Stamp(file, -1, FileTime.fromMillis(0));
            }
        }
    }

    /** A loaded topology and the source files its import read (none for a plain file). */
    private record Loaded(ImportedTopology imported, List<Stamp> sources, List<Path> folders) {
        boolean current() {
            return sources.stream().allMatch(s -> s.equals(Stamp.of(s.file())))
                    && filesUnder(folders).size() == sources.size();
        }
    }

    private static final Map<Key, Loaded> LOADED = new ConcurrentHashMap<>();

    private TopologyFiles() {
    }

    static Topology load(String name, Optional<Path> featureFolder, Path projectFolder) {
        return loadImported(name, featureFolder, projectFolder).topology();
    }

    /** The topology with what its import gave (an empty import for a plain file). */
    static ImportedTopology loadImported(String name, Optional<Path> featureFolder, Path projectFolder) {
        Path file = resolve(name, featureFolder, projectFolder);
        Path project = realPath(projectFolder).orElse(projectFolder.toAbsolutePath().normalize());
        // messages name the file as the user knows it: relative to the project, with / separators
        String shown = ProjectFolder.shown(project, file);
        try {
            Key key = new Key(file, shown, Files.size(file), Files.getLastModifiedTime(file));
            // an imported model is read again when a source file changed, appeared or went away
            return LOADED.compute(key, (k, old) -> old != null && old.current() ? old : read(k, project)).imported();
        } catch (IOException e) {
            throw new StepInputException("cannot read the topology \"" + name + "\" (" + file + "): " + e.getMessage());
        }
    }

    private static Loaded read(Key key, Path project) {
        ImportedTopology imported = new TopologyLoader().read(key.file(), key.shown(), project);
        ImportWarnings.add(dev.netmove.engine.imports.write.ImportReport.warnings(imported.imports()));
        List<Path> folders = imported.imports().sources().stream().map(s -> s.source().path()).toList();
        List<Stamp> stamps = imported.imports().files().stream().map(Stamp::of).toList();
        return new Loaded(imported, stamps, folders);
    }

    private static List<Path> filesUnder(List<Path> sources) {
        List<Path> files = new java.util.ArrayList<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                try (java.util.stream.Stream<Path> walk = Files.walk(source)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                } catch (IOException e) {
                    files.add(source);
                }
            } else {
                files.add(source);
            }
        }
        return files;
    }

    static Path resolve(String name, Optional<Path> featureFolder, Path projectFolder) {
        if (name.isBlank()) {
            throw new StepInputException("the topology file name is empty; write the path of a YAML file, "
                    + "relative to the feature file's folder or to the project folder, e.g. \"dc1.yaml\"");
        }
        Path project = realPath(projectFolder).orElse(projectFolder.toAbsolutePath().normalize());
        Path asGiven;
        try {
            asGiven = Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new StepInputException("the topology \"" + name + "\" is not a valid file path: " + e.getReason());
        }
        if (asGiven.isAbsolute()) {
            return insideProject(name, asGiven, project);
        }
        StringBuilder looked = new StringBuilder();
        Path[] folders = featureFolder
                .map(f -> new Path[] {realPath(f).orElse(f.toAbsolutePath().normalize()), project})
                .orElse(new Path[] {project});
        for (Path folder : folders) {
            Path candidate = folder.resolve(asGiven).toAbsolutePath().normalize();
            if (!candidate.startsWith(project) && !realPath(candidate).map(p -> p.startsWith(project)).orElse(false)) {
                throw outside(name, project);
            }
            if (Files.isRegularFile(candidate)) {
                return insideProject(name, candidate, project);
            }
            if (Files.isDirectory(candidate)) {
                throw new StepInputException("the topology \"" + name + "\" is a folder ("
                        + ProjectFolder.shown(project, candidate) + "); expected a topology file, e.g. \""
                        + (name.endsWith("/") ? name : name + "/") + "dc1.yaml\"");
            }
            if (Files.exists(candidate)) {
                throw new StepInputException("the topology \"" + name + "\" (" + ProjectFolder.shown(project, candidate)
                        + ") is not a regular file (a named pipe, a device or a socket), so it is not read;"
                        + " expected a topology file");
            }
            looked.append("\n  ").append(ProjectFolder.shown(project, candidate));
        }
        throw new StepInputException("the topology file \"" + name + "\" does not exist; looked for:" + looked
                + "\n  (a topology path is relative to the feature file's folder, else to the project folder "
                + project + ")");
    }

    private static Path insideProject(String name, Path candidate, Path project) {
        Path real = realPath(candidate).orElse(candidate.toAbsolutePath().normalize());
        if (!real.startsWith(project)) {
            throw outside(name, project);
        }
        if (Files.isDirectory(real)) {
            throw new StepInputException("the topology \"" + name + "\" is a folder; expected a topology file");
        }
        if (!Files.isRegularFile(real)) {
            throw new StepInputException("the topology \"" + name + "\" is not a regular file (a named pipe, a device"
                    + " or a socket), so it is not read; expected a topology file");
        }
        return real;
    }

    private static StepInputException outside(String name, Path project) {
        return new StepInputException("the topology \"" + name + "\" is outside the project folder " + project
                + "; topology files must live inside the project (next to the feature file or under the project "
                + "folder)");
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
