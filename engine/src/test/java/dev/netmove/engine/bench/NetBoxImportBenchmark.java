package dev.netmove.engine.bench;

import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceResult;
import dev.netmove.engine.imports.netbox.NetBoxReader;
import dev.netmove.engine.topology.load.TopologyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the {@code netbox:} source takes to read the saved pages of a generated data center of about
 * 1,000 switches, 10,000 hosts and 100,000 VMs (the pages are written once, outside the measurement,
 * from {@link dev.netmove.engine.generate.DataCenterGenerator}'s topology), within a 1 GiB heap.
 * Run with the engine's {@code bench} profile: {@code -Dbench.args="NetBoxImport -prof gc"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class NetBoxImportBenchmark {

    private Path folder;
    private ImportRules rules;

    @Setup(Level.Trial)
    public void writePages() throws IOException {
        folder = Files.createTempDirectory("netmove-netbox-bench");
        new NetBoxPagesWriter(new TopologyLoader().load("generated.yaml", GeneratedDataCenter.yaml())).writeTo(folder);
        rules = new ImportRules(List.of(), true, true, true, Pattern.compile("(?i)vmotion"), Optional.empty());
        long bytes;
        try (Stream<Path> files = Files.walk(folder)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        SourceResult once = read();
        System.out.println("NetBox pages: " + bytes / 1_000_000 + " MB; read: " + once.counts() + ", "
                + once.problems().size() + " problems, " + once.notes().size() + " notes");
    }

    @TearDown(Level.Trial)
    public void removePages() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public SourceResult read() {
        return new NetBoxReader().read(folder, "sources/netbox", rules);
    }
}
