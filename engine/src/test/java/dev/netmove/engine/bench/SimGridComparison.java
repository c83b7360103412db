package dev.netmove.engine.bench;

import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.MigrationOutcome;
import dev.netmove.engine.migration.MigrationResult;
import dev.netmove.engine.migration.MigrationSimulator;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.migration.SimulationResult;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Our side of the comparison with SimGrid's live-migration plugin (README of {@code engine/src/bench/simgrid/}): for
 * {@link ConcurrentMigrationsBenchmark}'s varied concurrent migrations and its queued ones, at each size, times
 * {@link MigrationSimulator#simulate} (wall and this thread's CPU, median of the repeats after warm-up runs) with the
 * benchmark's settings and with the switchover target SimGrid 3.32 has fixed at 30 ms, and writes, for the latter,
 * the case the SimGrid driver reads and our per-migration results to compare with its own.
 *
 * <p>{@code java ... SimGridComparison <out dir> <repeats> <sizes, comma-separated> [cases, comma-separated]}
 */
public final class SimGridComparison {

    /** What SimGrid 3.32's plugin uses: {@code max_downtime_ = 0.03}, with no setter. */
    static final TimeSpan SIMGRID_MAX_DOWNTIME = TimeSpan.ofMillis(30);

    private static final int WARMUP = 3;
    /** Warm-up runs go on for at least this long, so that the JIT has compiled the simulator at the small sizes too. */
    private static final long WARMUP_NANOS = 3_000_000_000L;
    /** The cases: the benchmark's varied concurrent and queued migrations, the same with idle guests, and tamer ones. */
    static final List<String> KINDS = List.of("concurrent", "queued", "concurrent-idle", "queued-idle", "concurrent-tame",
            "queued-tame");

    private SimGridComparison() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "engine/target/simgrid");
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int[] sizes = Arrays.stream((args.length > 2 ? args[2] : "500,2000,5000,10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        List<String> kinds = List.of((args.length > 3 ? args[3] : String.join(",", KINDS)).split(","));
        System.out.println("case n settings wall_ms cpu_ms (median of " + repeats + ")");
        for (String kind : kinds) {
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("unknown case " + kind + ", expected one of " + KINDS);
            }
            Topology topology = kind.startsWith("concurrent")
                    ? load(DataCenterGenerator.toYaml(ConcurrentMigrationsBenchmark.SPEC), kind)
                    : load(DataCenterGenerator.toYaml(GeneratedDataCenter.MAINTENANCE_SPEC), kind);
            Layer2Analysis layer2 = new Layer2Analysis(topology);
            for (int n : sizes) {
                List<MigrationVerdict> verdicts = kind.startsWith("concurrent")
                        ? ConcurrentMigrationsBenchmark.verdicts(layer2, n) : ConcurrentMigrationsBenchmark.queued(layer2, n);
                compare(out, kind, n, topology, verdicts, repeats);
            }
        }
    }

    /**
     * The generated data center; {@code -idle}: every guest dirties nothing (a maintenance evacuation of idle VMs);
     * {@code -tame}: the guests of 300 MB/s dirty 150 MB/s, less than any stream's share, so that no guest is slowed.
     */
    private static Topology load(String yaml, String kind) {
        String text = kind.endsWith("-idle") ? yaml.replaceAll("dirtyRate: [0-9]+MB/s", "dirtyRate: 0MB/s")
                : kind.endsWith("-tame") ? yaml.replace("dirtyRate: 300MB/s", "dirtyRate: 150MB/s") : yaml;
        return new TopologyLoader().load(kind + ".yaml", text);
    }

    private static void compare(Path out, String kind, int n, Topology topology, List<MigrationVerdict> verdicts,
                                int repeats) {
        time(kind, n, "benchmark", new MigrationSimulator(new Layer2Analysis(topology)), verdicts, repeats);
        Topology aligned = topology.withMigration(withMaxDowntime(topology.migration(), SIMGRID_MAX_DOWNTIME));
        MigrationSimulator simulator = new MigrationSimulator(new Layer2Analysis(aligned));
        SimulationResult result = time(kind, n, "maxDowntime=30ms", simulator, verdicts, repeats);
        String name = kind + "-" + n;
        SimGridCase.write(out.resolve(name + ".case"), SimGridCase.of(name, aligned, verdicts, result));
        SimGridCase.write(out.resolve(name + ".netmove.csv"), results(result));
    }

    private static SimulationResult time(String kind, int n, String settings, MigrationSimulator simulator,
                                         List<MigrationVerdict> verdicts, int repeats) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SimulationResult result = null;
        long warmUntil = System.nanoTime() + WARMUP_NANOS;
        for (int i = 0; i < WARMUP || System.nanoTime() < warmUntil; i++) {
            result = simulator.simulate(verdicts, TimeSpan.ZERO);
        }
        double[] wall = new double[repeats];
        double[] cpu = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = simulator.simulate(verdicts, TimeSpan.ZERO);
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%s %d %s %.1f %.1f (walls %s)%n", kind, n, settings, median(wall), median(cpu),
                Arrays.toString(Arrays.stream(wall).mapToLong(Math::round).toArray()));
        return result;
    }

    /** One line per migration, in the order asked: when it started and ended, its rounds, downtime and bytes sent. */
    static String results(SimulationResult result) {
        StringBuilder csv = new StringBuilder("vm,started_s,ended_s,rounds,downtime_s,sent_bytes,slowed,completes\n");
        for (MigrationResult run : result.migrations()) {
            double downtime = run.outcome() instanceof MigrationOutcome.Completed done
                    ? done.downtime().toSecondsDouble() : Double.NaN;
            csv.append(run.vm()).append(',').append(SimGridCase.number(run.startedAt().toSecondsDouble())).append(',')
                    .append(SimGridCase.number(run.endedAt().toSecondsDouble())).append(',').append(run.rounds().size())
                    .append(',').append(SimGridCase.number(downtime)).append(',').append(run.sent().bytes()).append(',')
                    .append(run.slowdown().peak().ppm() > 0).append(',').append(run.completes()).append('\n');
        }
        return csv.toString();
    }

    static MigrationSettings withMaxDowntime(MigrationSettings s, TimeSpan maxDowntime) {
        return new MigrationSettings(s.profile(), Optional.of(maxDowntime), s.maxRounds(), s.setupTime(),
                s.deviceState(), s.resumeTime(), s.streamEfficiency(), s.streamCap(), s.concurrentPerHost(),
                s.convergence(), s.limits());
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
