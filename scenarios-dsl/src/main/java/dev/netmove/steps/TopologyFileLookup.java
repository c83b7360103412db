package dev.netmove.steps;

import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.ImportedTopology;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds and loads a topology file exactly as {@code Given the topology "dc1.yaml"} does (next to
 * the feature file, else in the project folder, never outside it), for tools that read feature
 * files without running them, such as the {@code netmove:check} goal.
 */
public final class TopologyFileLookup {

    private TopologyFileLookup() {
    }

    /**
     * The file {@code name} means for a feature in {@code featureFolder}, resolved (symbolic links
     * followed). Throws {@link StepInputException} when it does not exist or lies outside the project.
     */
    public static Path resolve(String name, Path featureFolder, Path projectFolder) {
        return TopologyFiles.resolve(name, Optional.ofNullable(featureFolder), projectFolder);
    }

    /**
     * The topology {@code name} means for a feature in {@code featureFolder}, loaded (once per file
     * version) and named in messages by its path relative to the project. Throws
     * {@link StepInputException} as {@link #resolve} does, and
     * {@link dev.netmove.engine.topology.load.TopologyLoadException} when the file has problems.
     */
    public static Topology load(String name, Path featureFolder, Path projectFolder) {
        return TopologyFiles.load(name, Optional.ofNullable(featureFolder), projectFolder);
    }

    /** The topology as {@link #load} gives it, with what its import gave (an empty import for a plain file). */
    public static ImportedTopology loadImported(String name, Path featureFolder, Path projectFolder) {
        return TopologyFiles.loadImported(name, Optional.ofNullable(featureFolder), projectFolder);
    }
}
