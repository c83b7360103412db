package dev.netmove.runner;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a feature file names a topology: a {@code Given the topology "dc1.yaml"} step, or a
 * {@code Given the topology:} step with the YAML in a doc string.
 */
sealed interface TopologyReference permits TopologyReference.InFile, TopologyReference.Inline {

    /** The feature file. */
    Path feature();

    /** The step's line in the feature file. */
    int line();

    /** A topology file named by a step. */
    record InFile(Path feature, int line, String name) implements TopologyReference {
        public InFile {
            Objects.requireNonNull(feature, "feature");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A topology written in the feature file itself.
     *
     * @param yaml the doc string's content, padded so that its lines and columns are those of the
     *        feature file (blank lines before it, each line indented as in the file)
     */
    record Inline(Path feature, int line, String yaml) implements TopologyReference {
        public Inline {
            Objects.requireNonNull(feature, "feature");
            Objects.requireNonNull(yaml, "yaml");
        }
    }
}
