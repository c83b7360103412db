package dev.netmove.bench;

import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;
import dev.netmove.report.DiagramHighlights;
import dev.netmove.report.LayeredDiagram;
import dev.netmove.report.LayeredPicture;
import dev.netmove.runner.FeatureRunner;
import dev.netmove.runner.RunRequest;
import dev.netmove.runner.RunResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How the reports grow with scenarios on one topology: runs a generated data center's feature of {@code a}
 * scenarios, then of {@code b}, through the real runner, and prints each report's size, what one more scenario
 * adds to it ({@code (size(b) - size(a)) / (b - a)}) and what one more scenario costs, reports included (the
 * least wall and process CPU time of five runs). Each scenario moves one VM to the next host and checks that it
 * succeeds. Not a test (no Surefire pattern matches it); run on demand with the scenarios-dsl test classpath:
 * {@code java -cp <classpath> dev.netmove.bench.ReportSizeBench <switches> <a> <b>}, e.g. {@code 10 40 200}.
 */
public final class ReportSizeBench {

    private static final List<String> REPORTS = List.of("cucumber.html", "cucumber.json", "index.html", "results.json");

    private ReportSizeBench() {
    }

    public static void main(String[] args) throws IOException {
        int switches = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int a = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int b = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        DataCenterSpec spec = DataCenterSpec.ofSwitches(switches, switches * 10, switches * 100);
        Path project = Files.createTempDirectory("netmove-report-bench");
        Files.createDirectories(project.resolve("src/test/features"));
        Files.writeString(project.resolve("src/test/features/dc.yaml"), DataCenterGenerator.toYaml(spec));
        // warm-up: the file loaded, the JVM's code compiled
        for (int i = 0; i < 3; i++) {
            run(project, spec, a);
        }
        long[] costA = cost(project, spec, a);
        long[] sizeA = sizes(project);
        long[] costB = cost(project, spec, b);
        long[] sizeB = sizes(project);
        System.out.printf("%d switches, %d hosts: %d scenarios %.0f ms wall, %.0f ms CPU; %d scenarios %.0f ms wall,"
                        + " %.0f ms CPU; one more scenario %.2f ms wall, %.2f ms CPU%n", spec.switches(), spec.hosts(),
                a, costA[0] / 1e6, costA[1] / 1e6, b, costB[0] / 1e6, costB[1] / 1e6,
                (costB[0] - costA[0]) / 1e6 / (b - a), (costB[1] - costA[1]) / 1e6 / (b - a));
        pictures(DataCenterGenerator.toYaml(spec));
        for (int i = 0; i < REPORTS.size(); i++) {
            System.out.printf("%-13s %,10d bytes (%d) %,10d bytes (%d)  %,7.0f bytes a scenario more%n",
                    REPORTS.get(i), sizeA[i], a, sizeB[i], b, (sizeB[i] - sizeA[i]) / (double) (b - a));
        }
    }

    /**
     * The least wall time and the least CPU time of the whole process (every thread: Cucumber's formatters, the
     * garbage collector) of five runs: the machine is shared, the least is the least disturbed.
     */
    private static long[] cost(Path project, DataCenterSpec spec, int scenarios) throws IOException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long wall = Long.MAX_VALUE;
        long cpu = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            run(project, spec, scenarios);
            wall = Math.min(wall, System.nanoTime() - start);
            cpu = Math.min(cpu, os.getProcessCpuTime() - cpuStart);
        }
        return new long[] {wall, cpu};
    }

    /**
     * One scenario's topology picture (a move between the first two hosts, its links at 100%), drawn whole
     * ({@link LayeredDiagram#render}, as every scenario did before bases were shared) and as a base shared
     * by the run plus the scenario's own marks ({@link LayeredPicture#draw}, written with {@code <use>}).
     */
    private static void pictures(String yaml) {
        Topology topology = new TopologyLoader().load("dc.yaml", yaml);
        String from = topology.hosts().get(0).name();
        String to = topology.hosts().get(1).name();
        Link up = topology.links().stream().filter(l -> l.a().device().equals(from) || l.b().device().equals(from))
                .findFirst().orElseThrow();
        String access = up.a().device().equals(from) ? up.b().device() : up.a().device();
        Link down = topology.links().stream().filter(l -> (l.a().device().equals(to) && l.b().device().equals(access))
                || (l.b().device().equals(to) && l.a().device().equals(access))).findFirst().orElseThrow();
        DiagramHighlights highlights = DiagramHighlights.NONE
                .withPath(List.of(from, access, to), List.of(up.name(), down.name()))
                .withPeak(up.name(), Percent.ofWhole(100)).withPeak(down.name(), Percent.ofWhole(100));
        int n = 2_000;
        long whole = Long.MAX_VALUE;
        long shared = Long.MAX_VALUE;
        int wholeSize = 0;
        int sharedSize = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                wholeSize = LayeredDiagram.render(topology, highlights).length();
            }
            whole = Math.min(whole, System.nanoTime() - start);
            start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sharedSize = LayeredPicture.draw(topology, highlights).using("netmove-base-1").length();
            }
            shared = Math.min(shared, System.nanoTime() - start);
        }
        System.out.printf("one scenario's topology picture: drawn whole %.1f us (%,d bytes), its marks on a shared"
                + " base %.1f us (%,d bytes)%n", whole / 1e3 / n, wholeSize, shared / 1e3 / n, sharedSize);
    }

    private static long[] sizes(Path project) throws IOException {
        long[] sizes = new long[REPORTS.size()];
        for (int i = 0; i < REPORTS.size(); i++) {
            sizes[i] = Files.size(project.resolve("target/netmove").resolve(REPORTS.get(i)));
        }
        return sizes;
    }

    private static void run(Path project, DataCenterSpec spec, int scenarios) throws IOException {
        StringBuilder feature = new StringBuilder("Feature: moves\n\n");
        for (int i = 0; i < scenarios; i++) {
            int host = i % 8 + 1;
            int vm = (host - 1) * spec.vmsPerHost();
            feature.append("  Scenario: move ").append(i).append('\n')
                    .append("    Given the topology \"dc.yaml\"\n")
                    .append("    When VM \"").append(List.of("web", "app", "db").get(vm % 3)).append('-').append(vm + 1)
                    .append("\" migrates to host \"esx-p1-").append(host + 1).append("\"\n")
                    .append("    Then the migration succeeds\n\n");
        }
        Files.writeString(project.resolve("src/test/features/moves.feature"), feature);
        RunResult result = FeatureRunner.run(RunRequest.forProject(project));
        if (result.failed() > 0 || result.passed() != scenarios) {
            throw new IllegalStateException("the bench's scenarios must pass: " + result.failureReport());
        }
    }
}
