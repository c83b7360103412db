package dev.netmove.engine.bench;

import dev.netmove.engine.flow.FlowAnalysis;
import dev.netmove.engine.flow.FlowRoute;
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
 * How long one flow analysis takes on the generated data center of about 1,000 switches: both
 * directions between a VM of the first pod and a VM of the last (gateway election, layer-2 paths,
 * the way back), on a new analysis (VLAN graphs and spanning trees built first, as a scenario
 * does once) and on an analysis already built.
 *
 * <p>Run on demand as described on {@link TopologyLoadBenchmark} ({@code -Dbench.args=FlowAnalysis}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class FlowAnalysisBenchmark {

    private Topology topology;
    private String vm;
    private String peer;
    private FlowAnalysis built;

    @Setup(Level.Trial)
    public void load() {
        topology = GeneratedDataCenter.topology();
        List<Device> hosts = topology.hosts();
        vm = topology.vmsOn(hosts.get(0).name()).stream().map(Vm::name).findFirst().orElseThrow();
        peer = topology.vmsOn(hosts.get(hosts.size() - 1).name()).stream().map(Vm::name).findFirst().orElseThrow();
        built = new FlowAnalysis(topology);
        FlowRoute route = built.route(vm, peer);
        // measure the answer users get: a path from one end of the data center to the other
        if (route.outbound().hops() < 4) {
            throw new IllegalStateException("expected a path across the data center, got " + route.outbound());
        }
        System.out.println("flow " + vm + " -> " + peer + ": " + route.outbound() + "; back " + route.inbound());
    }

    @Benchmark
    public FlowRoute flowOnNewAnalysis() {
        return new FlowAnalysis(topology).route(vm, peer);
    }

    @Benchmark
    public FlowRoute flowOnBuiltAnalysis() {
        return built.route(vm, peer);
    }
}
