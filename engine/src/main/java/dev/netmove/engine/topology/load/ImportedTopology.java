package dev.netmove.engine.topology.load;

import dev.netmove.engine.imports.ImportResult;
import dev.netmove.engine.topology.Topology;
import java.util.Objects;

/**
 * A topology file that imports, loaded: the model, and what the import gave (the merged document,
 * per-source counts, disagreements, notes) for the import report and {@code netmove:import}.
 */
public record ImportedTopology(Topology topology, ImportResult imports) {

    public ImportedTopology {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(imports, "imports");
    }
}
