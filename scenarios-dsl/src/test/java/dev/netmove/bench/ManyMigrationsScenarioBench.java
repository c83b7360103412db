package dev.netmove.bench;

import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;
import dev.netmove.runner.FeatureRunner;
import dev.netmove.runner.RunRequest;
import dev.netmove.runner.RunResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a scenario of many concurrent migrations costs through the real runner (reports included) beyond a scenario
 * of one (issue 16: "a 2,000-migration scenario costs about 10 s more than a 1-migration one: under 1 s"): the data
 * center of {@code ConcurrentMigrationsBenchmark} (4 pods of 32 access switches with 20 hosts each, 4 VMs a host),
 * {@code When these migrations run at the same time:} with {@code n} rows (each host's VMs to the next hosts of its
 * access switch), then {@code Then the migration succeeds}. Prints the wall and runner-thread CPU time of the
 * scenario of {@code n} less the one of 1, both after a warm-up. Not a test; on demand:
 * {@code java -cp <scenarios-dsl test classpath> dev.netmove.bench.ManyMigrationsScenarioBench 2000}.
 */
public final class ManyMigrationsScenarioBench {

    private static final DataCenterSpec SPEC = new DataCenterSpec(4, 32, 20, 4);

    private ManyMigrationsScenarioBench() {
    }

    public static void main(String[] args) throws IOException {
        int migrations = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path project = Files.createTempDirectory("netmove-bench");
        Files.createDirectories(project.resolve("src/test/features"));
        Files.writeString(project.resolve("src/test/features/dc.yaml"), DataCenterGenerator.toYaml(SPEC));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            run(project, 1);
            run(project, migrations);
        }
        long wall0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        run(project, 1);
        long oneWall = System.nanoTime() - wall0;
        long oneCpu = threads.getCurrentThreadCpuTime() - cpu0;
        wall0 = System.nanoTime();
        cpu0 = threads.getCurrentThreadCpuTime();
        RunResult many = run(project, migrations);
        long manyWall = System.nanoTime() - wall0;
        long manyCpu = threads.getCurrentThreadCpuTime() - cpu0;
        System.out.printf("a scenario of %d concurrent migrations costs %.0f ms wall (%.0f ms of this thread's CPU) more"
                        + " than one of 1 migration (%.0f ms wall, %.0f ms CPU for the run of 1) (%s)%n", migrations,
                (manyWall - oneWall) / 1e6, (manyCpu - oneCpu) / 1e6, oneWall / 1e6, oneCpu / 1e6, many.summary());
    }

    private static RunResult run(Path project, int migrations) throws IOException {
        StringBuilder feature = new StringBuilder("Feature: many moves\n\n  Scenario: ")
                .append(migrations).append(" moves at once\n    Given the topology \"dc.yaml\"\n")
                .append("    When these migrations run at the same time:\n      | vm | to |\n");
        int perAccess = SPEC.hostsPerAccess();
        int added = 0;
        for (int host = 0; added < migrations; host++) {
            int group = host / perAccess * perAccess;
            for (int k = 0; k < SPEC.vmsPerHost() && added < migrations; k++) {
                int to = group + (host - group + 1 + k) % perAccess;
                feature.append("      | ").append(vm(host, k)).append(" | esx-p1-").append(to + 1).append(" |\n");
                added++;
            }
        }
        feature.append("    Then the migration succeeds\n");
        Files.writeString(project.resolve("src/test/features/moves.feature"), feature);
        RunResult result = FeatureRunner.run(RunRequest.forProject(project));
        if (result.failed() > 0 || result.passed() != 1) {
            throw new IllegalStateException("the bench's scenario must pass: " + result.failureReport());
        }
        return result;
    }

    // VM k of host esx-p1-<host + 1>: the generator fills hosts in turn, tiers web, app, db in turn
    private static String vm(int host, int k) {
        int vm = host * SPEC.vmsPerHost() + k;
        return java.util.List.of("web", "app", "db").get(vm % 3) + "-" + (vm + 1);
    }
}
