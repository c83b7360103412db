package dev.netmove.engine.bench;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.l2.Layer2Path;
import dev.netmove.engine.l2.Layer2Reach;
import dev.netmove.engine.l2.SpanningTree;
import dev.netmove.engine.l2.SpanningTreePathSelector;
import dev.netmove.engine.l2.SpanningTreeSolver;
import dev.netmove.engine.l2.VlanGraph;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Topology;
import java.util.List;
import java.util.Optional;
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
 * How long one VLAN's rapid-PVST tree and one path along it take on a generated data center of
 * about 1,000 switches, 10,000 hosts and 100,000 VMs: solving VLAN 110's tree on its built graph,
 * the path between the first host of the first pod and the last host of the last pod on a solved
 * tree, both together, and the whole question (graph, tree and path) from a new
 * {@link Layer2Analysis}.
 *
 * <p>Run on demand as described on {@link TopologyLoadBenchmark} ({@code -Dbench.args=SpanningTree}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class SpanningTreeBenchmark {

    private static final int VLAN = 110;

    private Topology topology;
    private VlanGraph graph;
    private String from;
    private String to;

    @Setup(Level.Trial)
    public void load() {
        topology = GeneratedDataCenter.topology();
        List<Device> hosts = topology.hosts();
        from = hosts.get(0).name();
        to = hosts.get(hosts.size() - 1).name();
        graph = new Layer2Analysis(topology).vlanGraph(VLAN);
        SpanningTree tree = graph.spanningTree();
        // measure the tree users get: rooted at core1 with the redundant uplinks blocked, a path across the core
        if (!tree.root().equals(Optional.of("core1")) || tree.blockedPorts().isEmpty()) {
            throw new IllegalStateException("expected core1 as root and blocked ports, got " + tree.root() + " and "
                    + tree.blockedPorts().size() + " blocked ports");
        }
        Optional<Layer2Path> path = SpanningTreePathSelector.INSTANCE.select(graph, from, to);
        if (path.isEmpty() || !path.get().crosses("core1")) {
            throw new IllegalStateException("expected a path across core1, got " + path);
        }
    }

    @Benchmark
    public SpanningTree solveTree() {
        return SpanningTreeSolver.solve(graph);
    }

    @Benchmark
    public Optional<Layer2Path> pathOnSolvedTree() {
        return SpanningTreePathSelector.INSTANCE.select(graph, from, to);
    }

    @Benchmark
    public Object solveTreeAndOnePath() {
        SpanningTree tree = SpanningTreeSolver.solve(graph);
        return new Object[] {tree, SpanningTreePathSelector.INSTANCE.select(graph, from, to)};
    }

    @Benchmark
    public Layer2Reach reachOnNewAnalysis() {
        return new Layer2Analysis(topology).reach(VLAN, from, to);
    }
}
