package dev.netmove.engine.bench;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.EvacuationPlanner;
import dev.netmove.engine.migration.MigrationPlan;
import dev.netmove.engine.migration.MigrationPrecheck;
import dev.netmove.engine.migration.MigrationRequest;
import dev.netmove.engine.migration.MigrationSimulator;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.migration.SimulationResult;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long a 500-VM maintenance evacuation takes to work out, as {@code When host "esx-p1-1" enters
 * maintenance mode} does it: place the 500 VMs on the other 15 hosts of the cluster, pre-check each move
 * on a new layer-2 analysis (the VLAN graphs built once, as in a scenario), and simulate the 500
 * migrations over the network, 8 at a time per host (10GbE), each with its pre-copy rounds. A second
 * benchmark simulates only, from verdicts made once.
 *
 * <p>The data center is generated: 2 pods of 2 access switches with 8 hosts each (32 hosts, two clusters of
 * 16), 500 VMs per host (16,000 VMs). Sample time, so that JMH reports the median (p0.50). Run on demand as
 * described on {@link TopologyLoadBenchmark}: {@code -Dbench.args="MaintenanceEvacuation -wi 2 -i 3 -f 1"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class MaintenanceEvacuationBenchmark {

    static final String HOST = "esx-p1-1";

    private Topology topology;
    private List<MigrationVerdict> verdicts;

    @Setup(Level.Trial)
    public void load() {
        topology = GeneratedDataCenter.maintenance();
        // measure the answer users get, not a shortcut: 500 VMs, every one placed, pre-checked and completed
        SimulationResult result = evacuate();
        if (result.migrations().size() != 500 || !result.migrations().stream().allMatch(m -> m.completes())) {
            throw new IllegalStateException("expected 500 completed migrations, got " + result.migrations().size());
        }
        Layer2Analysis layer2 = new Layer2Analysis(topology);
        MigrationPrecheck precheck = new MigrationPrecheck();
        verdicts = new ArrayList<>();
        for (MigrationRequest move : new EvacuationPlanner(topology).maintenance(HOST).moves()) {
            verdicts.add(precheck.check(layer2, move.vm(), move.destinationHost()));
        }
    }

    @Benchmark
    public SimulationResult evacuate() {
        MigrationPlan plan = new EvacuationPlanner(topology).maintenance(HOST);
        return new MigrationSimulator(new Layer2Analysis(topology)).run(plan.moves());
    }

    @Benchmark
    public SimulationResult simulateOnly() {
        return new MigrationSimulator(new Layer2Analysis(topology)).simulate(verdicts, TimeSpan.ZERO);
    }
}
