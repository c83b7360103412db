package dev.netmove.steps;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.topology.Topology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one scenario has said so far: the topology with its what-ifs, and the migrations made.
 *
 * <p>One instance per scenario (Cucumber's PicoContainer injects it into every step class through
 * its constructor), so scenarios share nothing mutable and may run in parallel.
 */
public final class ScenarioState {

    private Optional<Path> featureFolder = Optional.empty();
    private String featureName = "scenario";
    private Topology topology;
    private Layer2Analysis layer2;
    private final List<MigrationVerdict> migrations = new ArrayList<>();
    private boolean migrationOutcomeChecked;

    void enterScenario(Optional<Path> featureFile) {
        this.featureFolder = featureFile.map(Path::getParent);
        this.featureName = featureFile.map(f -> f.getFileName().toString()).orElse("scenario");
    }

    /** The folder of the running feature file, when it is a file on disk. */
    public Optional<Path> featureFolder() {
        return featureFolder;
    }

    /** The running feature file's name, for messages about inline topologies. */
    public String featureName() {
        return featureName;
    }

    /** Replaces the network under test (a new topology, or a what-if on the current one). */
    public void useTopology(Topology next) {
        this.topology = next;
        this.layer2 = null;
    }

    public boolean hasTopology() {
        return topology != null;
    }

    /** The network as the scenario has shaped it so far; a clear error when no topology was given. */
    public Topology topology() {
        if (topology == null) {
            throw new StepInputException("this scenario has no topology yet: start it with "
                    + "'Given the topology \"dc1.yaml\"' (a file next to the feature) or 'Given the topology:' "
                    + "followed by the YAML in a doc string");
        }
        return topology;
    }

    /** Layer-2 analysis of the current topology, built once per topology. */
    public Layer2Analysis layer2() {
        if (layer2 == null) {
            layer2 = new Layer2Analysis(topology());
        }
        return layer2;
    }

    void recordMigration(MigrationVerdict verdict) {
        migrations.add(verdict);
    }

    /** The migrations of this scenario, in the order they were made. */
    public List<MigrationVerdict> migrations() {
        return List.copyOf(migrations);
    }

    /** The latest migration of a VM in this scenario, if it moved. */
    public Optional<MigrationVerdict> migrationOf(String vm) {
        for (int i = migrations.size() - 1; i >= 0; i--) {
            if (migrations.get(i).vm().equals(vm)) {
                return Optional.of(migrations.get(i));
            }
        }
        return Optional.empty();
    }

    void markMigrationOutcomeChecked() {
        migrationOutcomeChecked = true;
    }

    boolean migrationOutcomeChecked() {
        return migrationOutcomeChecked;
    }
}
