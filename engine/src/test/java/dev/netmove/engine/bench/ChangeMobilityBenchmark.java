package dev.netmove.engine.bench;

import dev.netmove.engine.change.ChangeFile;
import dev.netmove.engine.change.ConfigurationChanges;
import dev.netmove.engine.change.NetworkChange;
import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.MigrationPrecheck;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.mobility.MobilityMatrix;
import dev.netmove.engine.mobility.SingleFailureSweep;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import dev.netmove.engine.topology.load.TopologyLoader;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Change validation on the generated data center ({@code switches} switches, ten hosts and a hundred VMs per
 * switch; 1,000 is the 1,000-switch / 10,000-host one): the mobility of one 64-host cluster with 2,000 VMs
 * before and after a change (VLAN 110 pruned from pod 1's aggregation uplink), target under 1 s; and one VM's
 * migration to a host of another pod after every single link failure, target under 2 s. Run on demand:
 * {@code mvn -B -o -pl engine -Pbench test -Dbench.args="ChangeMobility -wi 1 -i 2 -f 1"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class ChangeMobilityBenchmark {

    static final int CLUSTER_HOSTS = 64;
    static final int CLUSTER_VMS = 2_000;

    @Param({"250", "1000"})
    public int switches;

    private Topology network;
    private List<String> hosts;
    private List<Vm> vms;
    private String uplink;
    private String vm;
    private String destination;

    @Setup(Level.Trial)
    public void generate() {
        DataCenterSpec spec = DataCenterSpec.ofSwitches(switches, switches * 10, switches * 100);
        Topology loaded = new TopologyLoader().load("dc.yaml", DataCenterGenerator.toYaml(spec));
        hosts = loaded.hosts().stream().map(Device::name).limit(CLUSTER_HOSTS).toList();
        long already = loaded.vms().values().stream().filter(v -> hosts.contains(v.host())).count();
        StringBuilder change = new StringBuilder("change: bench more VMs on the first 64 hosts\nvms:\n");
        String[] groups = {"web", "app", "db"};
        for (long i = already; i < CLUSTER_VMS; i++) {
            change.append("  bench-").append(i).append(": { host: ").append(hosts.get((int) (i % CLUSTER_HOSTS)))
                    .append(", portGroup: ").append(groups[(int) (i % 3)]).append(", memory: 4GiB }\n");
        }
        network = NetworkChange.apply(loaded, ChangeFile.parse("bench.yaml", change.toString(), 1));
        vms = network.vms().values().stream().filter(v -> hosts.contains(v.host())).toList();
        if (vms.size() != CLUSTER_VMS) {
            throw new IllegalStateException("the cluster has " + vms.size() + " VMs, not " + CLUSTER_VMS);
        }
        uplink = network.links().stream().filter(l -> l.connects("p1-agg1", "core1")).map(Link::name).findFirst()
                .orElseThrow();
        vm = vms.get(0).name();
        destination = network.hosts().get(network.hosts().size() - 1).name();
    }

    @Benchmark
    public int clusterMobilityBeforeAndAfterAChange() {
        Topology after = ConfigurationChanges.vlanRemovedFromLink(network, uplink, 110);
        MobilityMatrix before = MobilityMatrix.of(new Layer2Analysis(network), "bench", hosts, vms);
        MobilityMatrix now = MobilityMatrix.of(new Layer2Analysis(after), "bench", hosts, vms);
        return before.failures().size() + now.failures().size();
    }

    @Benchmark
    public int oneVmToOneHostAfterEverySingleLinkFailure() {
        MigrationPrecheck precheck = new MigrationPrecheck();
        SingleFailureSweep sweep = SingleFailureSweep.ofMigration(network, List.of(network.requireVm(vm).host(), destination),
                layer2 -> {
                    MigrationVerdict verdict = precheck.check(layer2, vm, destination);
                    return verdict.succeeds() ? Optional.empty() : Optional.of(verdict.reasons().get(0));
                }, true);
        return sweep.links().broken().size();
    }
}
