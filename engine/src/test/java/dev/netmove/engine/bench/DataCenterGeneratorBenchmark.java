package dev.netmove.engine.bench;

import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long writing a synthetic data center takes; the target is well under a second for 1,000 switches,
 * 10,000 hosts and 100,000 VMs. Run on demand with {@link #main(String[])} on the test class path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DataCenterGeneratorBenchmark {

    /** "switches/hosts/VMs" as asked of {@link DataCenterSpec#ofSwitches(int, int, int)}. */
    @Param({"100/1000/10000", "1000/10000/100000"})
    public String size;

    private DataCenterSpec spec;

    @Setup
    public void chooseSpec() {
        String[] counts = size.split("/");
        spec = DataCenterSpec.ofSwitches(Integer.parseInt(counts[0]), Integer.parseInt(counts[1]),
                Integer.parseInt(counts[2]));
    }

    @Benchmark
    public String toYaml() {
        return DataCenterGenerator.toYaml(spec);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(DataCenterGeneratorBenchmark.class.getSimpleName()).build()).run();
    }
}
