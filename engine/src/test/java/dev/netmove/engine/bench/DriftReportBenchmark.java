package dev.netmove.engine.bench;

import dev.netmove.engine.config.ClusterVlanCoverage;
import dev.netmove.engine.config.DriftReport;
import dev.netmove.engine.config.VlanSpread;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.topology.Topology;
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
 * How long the configuration analyses take on the generated data center (about 1,000 switches,
 * 10,000 hosts): the whole drift report of the check goal, one VLAN's spread, one cluster's
 * switch-port coverage.
 *
 * <p>Run on demand as described on {@link TopologyLoadBenchmark} ({@code -Dbench.args=DriftReport}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class DriftReportBenchmark {

    private Topology topology;
    private String cluster;

    @Setup(Level.Trial)
    public void load() {
        topology = GeneratedDataCenter.topology();
        cluster = topology.hosts().get(0).hostConfig().cluster();
    }

    @Benchmark
    public String wholeDriftReport() {
        return DriftReport.of(topology).text();
    }

    @Benchmark
    public VlanSpread oneVlanSpreadOnNewAnalysis() {
        return VlanSpread.of(new Layer2Analysis(topology), 110);
    }

    @Benchmark
    public ClusterVlanCoverage oneClusterCoverage() {
        return ClusterVlanCoverage.of(topology, cluster);
    }
}
