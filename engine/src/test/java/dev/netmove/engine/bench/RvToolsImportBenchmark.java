package dev.netmove.engine.bench;

import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceResult;
import dev.netmove.engine.imports.rvtools.RvToolsReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * How long {@link RvToolsReader} takes to read an RVTools "Export all to csv" folder of 10,000 hosts
 * (clusters of 16, 20 distributed switches of 500 hosts with 25 port groups each, 2 vmkernel ports
 * and 4 vmnics per host) and 100,000 VMs with one or two NICs, in a 1 GiB heap. The export is
 * written once per trial, outside the measurement.
 *
 * <p>{@code mvn -B -o -pl engine -Pbench test -Dbench.args="RvToolsImportBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RvToolsImportBenchmark {

    static final int HOSTS = 10_000;
    static final int VMS = 100_000;
    private static final int CLUSTER_SIZE = 16;
    private static final int SWITCH_SIZE = 500;
    private static final int GROUPS_PER_SWITCH = 25;

    private Path folder;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        folder = Files.createTempDirectory("rvtools-bench");
        write("vHost", "Host,Datacenter,Cluster,Config status,# CPU,# Cores,# Memory,Memory usage %,# NICs,ESX Version", h ->
                host(h) + ",DC1," + cluster(h) + ",green,2,64,524288,40,4,VMware ESXi 8.0.2 build-22380479", HOSTS);
        write("vNIC", "Host,Datacenter,Cluster,Network Device,Driver,Speed,Duplex,MAC,Switch,Uplink port", i -> {
            int h = i / 4;
            int n = i % 4;
            String sw = n < 2 ? "vSwitch0" : dvSwitch(h);
            return host(h) + ",DC1," + cluster(h) + ",vmnic" + n + ",i40en," + (n < 2 ? 10000 : 25000)
                    + ",True,3c:fd:fe:00:00:0" + n + "," + sw + ",";
        }, HOSTS * 4);
        write("vPort", "Host,Datacenter,Cluster,Port Group,Switch,VLAN,Promiscuous Mode", i -> {
            int h = i / 2;
            return host(h) + ",DC1," + cluster(h) + "," + (i % 2 == 0 ? "Management Network,vSwitch0,0"
                    : "vMotion,vSwitch0,900") + ",False";
        }, HOSTS * 2);
        int switches = HOSTS / SWITCH_SIZE;
        write("dvPort", "Port,Switch,Type,# Ports,VLAN,Active Uplink", i -> {
            int s = i / (GROUPS_PER_SWITCH + 1);
            int g = i % (GROUPS_PER_SWITCH + 1);
            return g == GROUPS_PER_SWITCH ? "dvs" + s + "-DVUplinks,dvs" + s + ",earlyBinding,1000,0-4094,"
                    : "pg-" + s + "-" + g + ",dvs" + s + ",earlyBinding,128," + (100 + g) + ",\"Uplink 1,Uplink 2\"";
        }, switches * (GROUPS_PER_SWITCH + 1));
        write("vSC_VMK", "Host,Datacenter,Cluster,Port Group,Device,Mac Address,DHCP,IP Address,Subnet mask,MTU", i -> {
            int h = i / 2;
            boolean vmotion = i % 2 == 1;
            return host(h) + ",DC1," + cluster(h) + "," + (vmotion ? "vMotion,vmk1" : "Management Network,vmk0")
                    + ",00:50:56:00:00:01,False," + ip(vmotion ? 9 : 10, h) + ",255.255.0.0," + (vmotion ? 9000 : 1500);
        }, HOSTS * 2);
        write("vInfo", "VM,Powerstate,Template,Config status,DNS Name,CPUs,Memory,NICs,Network #1,Primary IP Address,"
                + "Provisioned MiB,In Use MiB,Datacenter,Cluster,Host,OS according to the configuration file,VM ID", v -> {
                    int h = v % HOSTS;
                    return "vm" + v + "," + (v % 20 == 0 ? "poweredOff" : "poweredOn") + "," + (v % 500 == 0)
                            + ",green,vm" + v + ".dc1.example.com,4," + (4096 << (v % 3)) + ",1," + group(h, v) + ","
                            + ip(1, v) + ",40960,20480,DC1," + cluster(h) + "," + host(h) + ",Ubuntu Linux (64-bit),vm-" + v;
                }, VMS);
        write("vMemory", "VM,Powerstate,Template,Size MiB,Overhead,Max,Consumed,Active,Host", v ->
                "vm" + v + ",poweredOn,False," + (4096 << (v % 3)) + ",60,0," + (2048 << (v % 3)) + ",1024,"
                        + host(v % HOSTS), VMS);
        write("vNetwork", "VM,Powerstate,Template,NIC label,Adapter,Network,Switch,Connected,Starts Connected,"
                + "Mac Address,IPv4 Address,IPv6 Address,Host", i -> {
                    int v = i / 2;
                    boolean second = i % 2 == 1;
                    return "vm" + v + ",poweredOn,False,Network adapter " + (second ? 2 : 1) + ",vmxnet3,"
                            + group(v % HOSTS, v + (second ? 1 : 0)) + "," + dvSwitch(v % HOSTS) + "," + (v % 7 != 0 || second)
                            + ",True,00:50:56:9a:00:01," + ip(1, v) + ",," + host(v % HOSTS);
                }, VMS * 2);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public SourceResult readCsvExport() {
        SourceResult result = new RvToolsReader().read(folder, "rvtools", ImportRules.defaults());
        if (result.counts().get("hosts") != HOSTS || !result.problems().isEmpty()) {
            throw new IllegalStateException("unexpected import: " + result.counts() + " " + result.problems());
        }
        return result;
    }

    private static String host(int h) {
        return "esx" + h + ".dc1.example.com";
    }

    private static String cluster(int h) {
        return "cl" + h / CLUSTER_SIZE;
    }

    private static String dvSwitch(int h) {
        return "dvs" + h / SWITCH_SIZE;
    }

    private static String group(int h, int v) {
        return "pg-" + h / SWITCH_SIZE + "-" + v % GROUPS_PER_SWITCH;
    }

    private static String ip(int net, int n) {
        return "10." + net + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    private interface Row {
        String of(int i);
    }

    private void write(String sheet, String header, Row row, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("RVTools_tab" + sheet + ".csv"),
                StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(header);
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                out.write(row.of(i));
                out.write("\r\n");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
