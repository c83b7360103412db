package dev.netmove.steps;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.MigrationResult;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.migration.SimulationResult;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Topology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one scenario has said so far: the topology with its what-ifs, the migrations made and, for
 * those whose pre-check passed, how they ran over the network.
 *
 * <p>Each When step's migrations run together, starting when the previous step's migrations have
 * all ended: the scenario has one clock, on which every time in the results is read.
 *
 * <p>One instance per scenario (Cucumber's PicoContainer injects it into every step class through
 * its constructor), so scenarios share nothing mutable and may run in parallel.
 */
public final class ScenarioState {

    private Optional<Path> featureFile = Optional.empty();
    private Optional<Path> featureFolder = Optional.empty();
    private String featureName = "scenario";
    private Topology topology;
    private Topology beforeChange;
    private final List<String> changes = new ArrayList<>();
    private Layer2Analysis layer2;
    private final List<MigrationVerdict> migrations = new ArrayList<>();
    private final List<SimulationResult> simulations = new ArrayList<>();
    private TimeSpan migrationClock = TimeSpan.ZERO;
    private boolean migrationOutcomeChecked;

    void enterScenario(Optional<Path> featureFile) {
        this.featureFile = featureFile;
        this.featureFolder = featureFile.map(Path::getParent);
        this.featureName = featureFile.map(f -> f.getFileName().toString()).orElse("scenario");
    }

    /** The folder of the running feature file, when it is a file on disk. */
    public Optional<Path> featureFolder() {
        return featureFolder;
    }

    /** The running feature file, when it is a file on disk. */
    public Optional<Path> featureFile() {
        return featureFile;
    }

    /** The running feature file's name, for messages about inline topologies. */
    public String featureName() {
        return featureName;
    }

    /**
     * The network the scenario starts from ({@code Given the topology}); a second one is refused, since it would
     * silently replace the first and everything said about it.
     */
    public void loadTopology(Topology loaded) {
        if (topology != null) {
            throw new StepInputException("this scenario already has its topology (" + topology.name() + "): a second"
                    + " 'Given the topology' would silently replace it and every step before; give each scenario one"
                    + " topology (a Background step counts), and write a what-if step to change it");
        }
        useLoadedTopology(loaded);
    }

    /** Replaces the network under test (a new topology, or a what-if on the current one). */
    public void useTopology(Topology next) {
        this.topology = next;
        this.layer2 = null;
    }

    /** Sets the network as the topology step loaded it: "before the change" (STEPS.md), and the network under test. */
    public void useLoadedTopology(Topology loaded) {
        this.beforeChange = loaded;
        useTopology(loaded);
    }

    /** The network as the topology step loaded it, without the scenario's changes, what-ifs and migrations. */
    public Topology beforeChange() {
        topology();
        return beforeChange == null ? topology : beforeChange;
    }

    /** A cluster's mobility as a step worked it out: after the changes, and before them when there were any. */
    public record Mobility(dev.netmove.engine.mobility.MobilityMatrix after,
                           Optional<dev.netmove.engine.mobility.MobilityMatrix> before) {
    }

    private final List<Mobility> mobility = new ArrayList<>();

    void recordMobility(dev.netmove.engine.mobility.MobilityMatrix after, dev.netmove.engine.mobility.MobilityMatrix before) {
        mobility.add(new Mobility(after, Optional.ofNullable(before)));
    }

    /** The mobility matrices the scenario's steps worked out, in order. */
    public List<Mobility> mobility() {
        return List.copyOf(mobility);
    }

    void recordChange(String title) {
        changes.add(title);
    }

    /** The titles of the changes applied in this scenario (the suite's change first), in order. */
    public List<String> changes() {
        return List.copyOf(changes);
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

    /** Layer-2 analysis of the current topology, shared by every scenario and step on the same network. */
    public Layer2Analysis layer2() {
        if (layer2 == null) {
            layer2 = Layer2Analysis.of(topology());
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

    void recordSimulation(SimulationResult simulation) {
        simulations.add(simulation);
        migrationClock = migrationClock.max(simulation.end());
    }

    /** How each When step's migrations ran over the network, in the order of the steps. */
    public List<SimulationResult> simulations() {
        return List.copyOf(simulations);
    }

    /** When the next When step's migrations start: after every migration so far has ended. */
    public TimeSpan migrationClock() {
        return migrationClock;
    }

    /** Every migration that ran over the network (its pre-check passed), in the order they were asked for. */
    public List<MigrationResult> simulatedMigrations() {
        List<MigrationResult> all = new ArrayList<>();
        simulations.forEach(simulation -> all.addAll(simulation.migrations()));
        return List.copyOf(all);
    }

    /** How the latest migration of a VM ran over the network, if it moved and its pre-check passed. */
    public Optional<MigrationResult> simulatedMigrationOf(String vm) {
        for (int i = simulations.size() - 1; i >= 0; i--) {
            Optional<MigrationResult> found = simulations.get(i).migrationOf(vm);
            if (found.isPresent()) {
                return found;
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
