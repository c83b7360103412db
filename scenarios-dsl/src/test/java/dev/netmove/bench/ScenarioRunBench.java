package dev.netmove.bench;

import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;
import dev.netmove.runner.FeatureRunner;
import dev.netmove.runner.RunRequest;
import dev.netmove.runner.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a scenario costs through the real runner ({@link FeatureRunner}, reports included) on a generated data
 * center: runs a feature of 1 scenario, then one of {@code 1 + n}, in the same JVM, and prints the difference
 * per scenario (the first load of the topology and the warm-up of the JVM stay in the single-scenario run). Each
 * scenario moves one VM to the next host, checks its VLAN along the way and that it succeeds. Not a test (no
 * Surefire pattern matches it); run on demand with the scenarios-dsl test classpath:
 * {@code java -cp <classpath> dev.netmove.bench.ScenarioRunBench <switches> <scenarios>}, e.g. {@code 1000 200}.
 */
public final class ScenarioRunBench {

    private ScenarioRunBench() {
    }

    public static void main(String[] args) throws IOException {
        int switches = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int scenarios = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        DataCenterSpec spec = DataCenterSpec.ofSwitches(switches, switches * 10, switches * 100);
        Path project = Files.createTempDirectory("netmove-bench");
        Files.createDirectories(project.resolve("src/test/features"));
        Files.writeString(project.resolve("src/test/features/dc.yaml"), DataCenterGenerator.toYaml(spec));
        long firstStart = System.nanoTime();
        run(project, spec, 1);
        long first = System.nanoTime() - firstStart;
        run(project, spec, 1);
        long oneStart = System.nanoTime();
        run(project, spec, 1);
        long one = System.nanoTime() - oneStart;
        long oneCpu = cpu(() -> run(project, spec, 1));
        long manyStart = System.nanoTime();
        long[] manyCpu = new long[1];
        RunResult[] result = new RunResult[1];
        manyCpu[0] = cpu(() -> result[0] = run(project, spec, 1 + scenarios));
        long all = System.nanoTime() - manyStart;
        RunResult many = result[0];
        System.out.printf("%d switches, %d hosts, %d VMs: first run of 1 scenario %.0f ms, warm run of 1 %.0f ms,"
                        + " %d more scenarios %.1f ms each, %.1f ms of this thread's CPU each (%s)%n", spec.switches(),
                spec.hosts(), spec.vms(), first / 1e6, one / 1e6, scenarios, (all - one) / 1e6 / scenarios,
                (manyCpu[0] - oneCpu) / 1e6 / scenarios, many.summary());
    }

    private interface Run {
        void run() throws IOException;
    }

    // the CPU time of this thread (the runner's scenarios run on it), less noisy than the wall clock on a busy machine
    private static long cpu(Run run) throws IOException {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        run.run();
        return threads.getCurrentThreadCpuTime() - start;
    }

    private static RunResult run(Path project, DataCenterSpec spec, int scenarios) throws IOException {
        StringBuilder feature = new StringBuilder("Feature: moves\n\n");
        for (int i = 0; i < scenarios; i++) {
            int host = i % 8 + 1;
            feature.append("  Scenario: move ").append(i).append('\n')
                    .append("    Given the topology \"dc.yaml\"\n")
                    .append("    When VM \"").append(vmOn(spec, host)).append("\" migrates to host \"esx-p1-")
                    .append(host + 1).append("\"\n")
                    .append("    Then the migration succeeds\n\n");
        }
        Files.writeString(project.resolve("src/test/features/moves.feature"), feature);
        RunRequest request = RunRequest.forProject(project);
        RunResult result = FeatureRunner.run(request);
        if (result.failed() > 0 || result.passed() != scenarios) {
            throw new IllegalStateException("the bench's scenarios must pass: " + result.failureReport());
        }
        return result;
    }

    // the first VM of host esx-p1-<host> (the generator fills hosts in turn, tiers web, app, db in turn)
    private static String vmOn(DataCenterSpec spec, int host) {
        int vm = (host - 1) * spec.vmsPerHost();
        return List.of("web", "app", "db").get(vm % 3) + "-" + (vm + 1);
    }
}
