package dev.netmove.engine.bench;

import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.MigrationPrecheck;
import dev.netmove.engine.migration.MigrationSimulator;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.migration.SimulationResult;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import dev.netmove.engine.topology.load.TopologyLoader;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the simulation of many concurrent migrations of different sizes grows: {@code migrations} VMs (4 per
 * host, memory, share in use and dirty rate varied by the generator) move at once, each to one of the next four
 * hosts on the same access switch, so that the streams share host links in overlapping groups of 20 hosts. The
 * data center is generated once: 4 pods of 32 access switches with 20 hosts each (2,560 hosts, 10,240 VMs); 500
 * migrations use its first 125 hosts, 10,000 its first 2,500. The cost per migration should be about the same at
 * both sizes. {@code queued} moves as many VMs of the maintenance data center ({@link GeneratedDataCenter#maintenance()},
 * 32 hosts of 500 VMs), VM k from host k mod 32 to the next host: each host sends and receives its share, 8 at a
 * time, the rest wait for a slot. Verdicts are made once (setup); the benchmarks simulate only. Run on demand as described on
 * {@link TopologyLoadBenchmark}: {@code ConcurrentMigrations -wi 2 -i 3 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class ConcurrentMigrationsBenchmark {

    static final DataCenterSpec SPEC = new DataCenterSpec(4, 32, 20, 4);

    @Param({"500", "10000"})
    public int migrations;

    private MigrationSimulator simulator;
    private List<MigrationVerdict> verdicts;
    private MigrationSimulator queuedSimulator;
    private List<MigrationVerdict> queuedVerdicts;

    @Setup(Level.Trial)
    public void plan() {
        Topology topology = new TopologyLoader().load("concurrent.yaml", DataCenterGenerator.toYaml(SPEC));
        Layer2Analysis layer2 = new Layer2Analysis(topology);
        simulator = new MigrationSimulator(layer2);
        verdicts = verdicts(layer2, migrations);
        SimulationResult result = simulate();
        long completed = result.migrations().stream().filter(m -> m.completes()).count();
        if (result.migrations().size() != migrations || completed == 0) {
            throw new IllegalStateException("expected " + migrations + " migrations, got "
                    + result.migrations().size() + " (" + completed + " completed)");
        }
        Topology maintenance = GeneratedDataCenter.maintenance();
        Layer2Analysis queuedLayer2 = new Layer2Analysis(maintenance);
        queuedSimulator = new MigrationSimulator(queuedLayer2);
        queuedVerdicts = queued(queuedLayer2, migrations);
    }

    /** VM k of the maintenance data center's hosts in turn, from host k mod 32 to the next host of the 32. */
    static List<MigrationVerdict> queued(Layer2Analysis layer2, int count) {
        Topology topology = layer2.topology();
        List<String> hosts = topology.hosts().stream().map(h -> h.name()).toList();
        List<List<Vm>> on = hosts.stream().map(topology::vmsOn).toList();
        MigrationPrecheck precheck = new MigrationPrecheck();
        List<MigrationVerdict> verdicts = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int host = k % hosts.size();
            Vm vm = on.get(host).get(k / hosts.size());
            verdicts.add(precheck.check(layer2, vm.name(), hosts.get((host + 1) % hosts.size())));
        }
        return verdicts;
    }

    /** The {@code count} moves: each host's VMs to the next four hosts of its access switch, host by host. */
    static List<MigrationVerdict> verdicts(Layer2Analysis layer2, int count) {
        Topology topology = layer2.topology();
        MigrationPrecheck precheck = new MigrationPrecheck();
        List<MigrationVerdict> verdicts = new ArrayList<>(count);
        int perAccess = SPEC.hostsPerAccess();
        int perPod = SPEC.accessPerPod() * perAccess;
        for (int host = 0; verdicts.size() < count; host++) {
            int pod = host / perPod + 1;
            int number = host % perPod;
            int group = number / perAccess * perAccess;
            List<Vm> vms = topology.vmsOn(name(pod, number));
            for (int k = 0; k < vms.size() && verdicts.size() < count; k++) {
                int to = group + (number - group + 1 + k) % perAccess;
                MigrationVerdict verdict = precheck.check(layer2, vms.get(k).name(), name(pod, to));
                if (!verdict.succeeds()) {
                    throw new IllegalStateException(vms.get(k).name() + " cannot move: " + verdict);
                }
                verdicts.add(verdict);
            }
        }
        return verdicts;
    }

    private static String name(int pod, int number) {
        return "esx-p" + pod + "-" + (number + 1);
    }

    @Benchmark
    public SimulationResult simulate() {
        return simulator.simulate(verdicts, TimeSpan.ZERO);
    }

    @Benchmark
    public SimulationResult queued() {
        return queuedSimulator.simulate(queuedVerdicts, TimeSpan.ZERO);
    }
}
