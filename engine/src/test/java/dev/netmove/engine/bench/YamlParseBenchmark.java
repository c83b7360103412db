package dev.netmove.engine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.netmove.engine.topology.load.yaml.YamlParsersForBench;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Three ways to turn the generated data center's topology file (1,000 switches, 10,000 hosts,
 * 100,000 VMs) into a tree: the decision of issue 10 item 8 on whether a YAML parser of our own
 * earns its place against the load target (1 s warm, 3 s cold for the whole load).
 * {@code -Dbench.args="YamlParseBenchmark -wi 3 -i 3 -f 2"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class YamlParseBenchmark {

    private String yaml;
    private YAMLMapper jackson;

    @Setup
    public void generate() {
        yaml = GeneratedDataCenter.yaml();
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) (64L * 1024 * 1024));
        jackson = new YAMLMapper(YAMLFactory.builder().loaderOptions(options).build());
    }

    /** The parser of our own. */
    @Benchmark
    public Object handWritten() {
        return YamlParsersForBench.fast(yaml);
    }

    /** SnakeYAML's parser events composed into the loader's tree, as the loader does for every other file. */
    @Benchmark
    public Object snakeYamlComposer() {
        return YamlParsersForBench.snakeYaml(yaml);
    }

    /** Jackson's YAML tree (which sits on SnakeYAML's parser too). */
    @Benchmark
    public JsonNode jacksonReadTree() throws Exception {
        return jackson.readTree(yaml);
    }
}
