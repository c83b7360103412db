package dev.netmove.engine.bench;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.ImportedTopology;
import dev.netmove.engine.topology.load.TopologyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
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
 * Issue 12's target: the generated data center of about 1,000 switches, 10,000 hosts and 100,000 VMs
 * imported from its three sources (NetBox pages of every device, cable, VLAN, gateway and VM; an
 * RVTools CSV export of the hosts and VMs; the access switches' LLDP table of the host cables, their
 * speed left to RVTools' vNIC sheet) merged with an overlay (STP priorities, FHRP filters, flows),
 * against loading the same model from its plain YAML file. Both read files written once per trial.
 * Targets: under 5 s warm, under 2x the plain load, within a 1 GiB heap.
 *
 * <p>{@code java -cp <engine test classpath> org.openjdk.jmh.Main ImportedDataCenter -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ImportedDataCenterBenchmark {

    private Path project;
    private Path overlay;
    private Path plain;

    @Setup(Level.Trial)
    public void writeSources() throws IOException {
        project = Files.createTempDirectory("netmove-import-bench").toRealPath();
        Topology t = GeneratedDataCenter.topology();
        new NetBoxPagesWriter(t).writeTo(project.resolve("sources/netbox"));
        ImportSourcesWriter sources = new ImportSourcesWriter(t);
        sources.writeRvTools(project.resolve("sources/rvtools"));
        sources.writeLldp(project.resolve("sources/lldp.csv"));
        overlay = Files.writeString(project.resolve("dc.yaml"), overlay(t, GeneratedDataCenter.yaml()));
        plain = Files.writeString(project.resolve("plain.yaml"), GeneratedDataCenter.yaml());
        ImportedTopology once = importDataCenter();
        Topology model = once.topology();
        if (model.devices().size() != t.devices().size() || model.links().size() != t.links().size()
                || model.vms().size() != t.vms().size()) {
            throw new IllegalStateException("the import gave " + model.devices().size() + " devices, "
                    + model.links().size() + " links, " + model.vms().size() + " VMs; the plain file has "
                    + t.devices().size() + ", " + t.links().size() + ", " + t.vms().size());
        }
        System.out.println("imported: " + model.devices().size() + " devices, " + model.links().size() + " links, "
                + model.vms().size() + " VMs; " + once.imports().disagreements().size() + " disagreements, "
                + once.imports().notes().size() + " notes");
    }

    /** What no source knows: the switches' VLAN lists and STP priorities, the FHRP filters on the pods' core links, the flows. */
    static String overlay(Topology t, String plainYaml) {
        StringBuilder b = new StringBuilder("""
                topology: dc-generated
                import:
                  - netbox: sources/netbox/
                  - lldp: sources/lldp.csv
                  - rvtools: sources/rvtools/
                importRules:
                  memoryUnit: MiB
                devices:
                """);
        for (Device d : t.devices().values()) {
            if (d.isSwitch()) {
                // NetBox gives a switch the VLANs its ports use; a core of tagged-all trunks uses none by itself
                b.append("  ").append(d.name()).append(": { vlans: \"").append(d.vlans()).append('"');
                d.stp().ifPresent(stp -> b.append(", stp: { priority: ").append(stp.priority()).append(" }"));
                b.append(" }\n");
            }
        }
        b.append("links:\n");
        for (Link l : t.links()) {
            if (l.fhrpFilter()) {
                b.append("  - { between: [").append(l.a().device()).append(':').append(l.a().port()).append(", ")
                        .append(l.b().device()).append(':').append(l.b().port()).append("], fhrpFilter: true }\n");
            }
        }
        int flows = plainYaml.indexOf("\nflows:\n");
        if (flows >= 0) {
            String rest = plainYaml.substring(flows + 1);
            int next = nextTopLevelKey(rest);
            b.append(next < 0 ? rest : rest.substring(0, next));
        }
        return b.toString();
    }

    private static int nextTopLevelKey(String text) {
        int line = text.indexOf('\n');
        while (line >= 0 && line + 1 < text.length()) {
            char c = text.charAt(line + 1);
            if (c != ' ' && c != '-' && c != '#' && c != '\n') {
                return line + 1;
            }
            line = text.indexOf('\n', line + 1);
        }
        return -1;
    }

    @TearDown(Level.Trial)
    public void removeSources() throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public ImportedTopology importDataCenter() {
        return new TopologyLoader().read(overlay, "dc.yaml", project);
    }

    @Benchmark
    public Topology loadPlainYaml() {
        return new TopologyLoader().load(plain, "plain.yaml", project);
    }
}
