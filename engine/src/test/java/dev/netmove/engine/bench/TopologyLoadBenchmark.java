package dev.netmove.engine.bench;

import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;
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
 * How long {@link TopologyLoader} takes to read a generated data center of about 1,000 switches,
 * 10,000 hosts and 100,000 VMs (the YAML is generated once, outside the measurement).
 *
 * <p>Run on demand, never by Surefire (which excludes {@code bench} packages): the profile
 * {@code bench} of engine/pom.xml compiles the tests and runs JMH on the test classpath,
 * {@code mvn -B -o -pl engine -Pbench test} for every benchmark (2 warmup and 3 measured
 * iterations, one fork), {@code -Dbench.args="TopologyLoadBenchmark -wi 5 -i 10"} for this one with
 * other JMH options. Without Maven: {@code java -cp <engine test classpath> org.openjdk.jmh.Main TopologyLoadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class TopologyLoadBenchmark {

    private String yaml;

    @Setup(Level.Trial)
    public void generate() {
        yaml = GeneratedDataCenter.yaml();
    }

    @Benchmark
    public Topology load() {
        return new TopologyLoader().load("generated.yaml", yaml);
    }
}
