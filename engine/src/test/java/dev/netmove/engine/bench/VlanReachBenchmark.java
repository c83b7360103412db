package dev.netmove.engine.bench;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.l2.Layer2Path;
import dev.netmove.engine.l2.Layer2Reach;
import dev.netmove.engine.migration.MigrationPrecheck;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
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
 * How long one VLAN question takes on a generated data center of about 1,000 switches, 10,000
 * hosts and 100,000 VMs: VLAN 110 between the first host of the first pod and the last host of
 * the last pod, from a new {@link Layer2Analysis} (the VLAN's graph built first, as a scenario
 * does once), on an analysis whose graph is already built, and a whole migration pre-check.
 *
 * <p>Run on demand as described on {@link TopologyLoadBenchmark} ({@code -Dbench.args=VlanReach}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class VlanReachBenchmark {

    private static final int VLAN = 110;

    private Topology topology;
    private String from;
    private String to;
    private String vm;
    private Layer2Analysis built;

    @Setup(Level.Trial)
    public void load() {
        topology = GeneratedDataCenter.topology();
        List<Device> hosts = topology.hosts();
        from = hosts.get(0).name();
        to = hosts.get(hosts.size() - 1).name();
        vm = topology.vmsOn(from).stream().map(Vm::name).findFirst().orElseThrow();
        built = new Layer2Analysis(topology);
        // measure the answer users get, not a shortcut: the hosts must be joined across the core
        Layer2Reach reach = built.reach(VLAN, from, to);
        if (!(reach instanceof Layer2Path path) || !path.crosses("core1") && !path.crosses("core2")) {
            throw new IllegalStateException("expected a path across the core, got " + reach);
        }
        MigrationVerdict verdict = new MigrationPrecheck().check(built, vm, to);
        if (!verdict.succeeds()) {
            throw new IllegalStateException("expected the migration to succeed: " + verdict);
        }
    }

    @Benchmark
    public Layer2Reach reachOnNewAnalysis() {
        return new Layer2Analysis(topology).reach(VLAN, from, to);
    }

    @Benchmark
    public Layer2Reach reachOnBuiltGraph() {
        return built.reach(VLAN, from, to);
    }

    @Benchmark
    public MigrationVerdict precheckOnNewAnalysis() {
        return new MigrationPrecheck().check(topology, vm, to);
    }
}
