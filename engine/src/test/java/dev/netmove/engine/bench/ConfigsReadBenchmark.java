package dev.netmove.engine.bench;

import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceResult;
import dev.netmove.engine.imports.configs.ConfigsReader;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * How long the {@code configs:} source takes to read 1,000 running-configs of 2,000 lines each (a third
 * each NX-OS, IOS and EOS: VLANs, SVIs with gateways, trunks, port-channels, routed ports, unread lines).
 * Target: under 5 s warm. Run on demand: {@code mvn -B -o -pl engine -Pbench test -Dbench.args=ConfigsRead}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class ConfigsReadBenchmark {

    static final int DEVICES = 1_000;
    static final int LINES = 2_000;

    private Path folder;

    @Setup(Level.Trial)
    public void write() throws IOException {
        folder = Files.createTempDirectory("netmove-configs-bench");
        for (int d = 0; d < DEVICES; d++) {
            Files.writeString(folder.resolve(String.format("sw%04d.cfg", d)), config(d));
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    public SourceResult readThousandConfigs() {
        return new ConfigsReader().read(folder, "configs", ImportRules.defaults());
    }

    /** One device's configuration of exactly {@link #LINES} lines, in the dialect {@code d % 3} picks. */
    public static String config(int d) {
        int dialect = d % 3;
        String ind = dialect == 0 ? "  " : dialect == 1 ? " " : "   ";
        StringBuilder out = new StringBuilder(LINES * 32);
        int[] lines = {0};
        line(out, lines, dialect == 0 ? "!Command: show running-config" : dialect == 1 ? "Building configuration..."
                : "! device: sw" + d + " (DCS-7050SX3, EOS-4.28.3M)");
        line(out, lines, dialect == 0 ? "version 9.3(8) Bios:version 05.45" : dialect == 1 ? "version 17.3" : "!");
        line(out, lines, "hostname sw" + d);
        if (dialect == 0) {
            line(out, lines, "feature vpc");
            line(out, lines, "feature hsrp");
        }
        line(out, lines, "spanning-tree vlan 1-4094 priority " + 4096 * (d % 2 + 1));
        for (int v = 100; v < 200; v++) {
            line(out, lines, "vlan " + v);
            line(out, lines, ind + "name vlan" + v);
        }
        for (int v = 100; v < 150; v++) {
            line(out, lines, "interface Vlan" + v);
            line(out, lines, ind + "ip address 10." + v + "." + d % 250 + ".2/24");
            switch (dialect) {
                case 0 -> {
                    line(out, lines, ind + "hsrp " + v);
                    line(out, lines, ind + ind + "priority 110");
                    line(out, lines, ind + ind + "ip 10." + v + "." + d % 250 + ".1");
                }
                case 1 -> {
                    line(out, lines, ind + "standby " + v + " ip 10." + v + "." + d % 250 + ".1");
                    line(out, lines, ind + "standby " + v + " priority 110");
                    line(out, lines, ind + "standby " + v + " preempt");
                }
                default -> {
                    line(out, lines, ind + "vrrp " + v + " ipv4 10." + v + "." + d % 250 + ".1");
                    line(out, lines, ind + "vrrp " + v + " priority-level 110");
                    line(out, lines, ind + "no autostate");
                }
            }
        }
        String eth = dialect == 1 ? "TenGigabitEthernet1/0/" : dialect == 0 ? "Ethernet1/" : "Ethernet";
        int port = 1;
        while (lines[0] < LINES - 10) {
            line(out, lines, "interface " + eth + port);
            line(out, lines, ind + "description server port " + port);
            if (port % 10 == 0) {
                line(out, lines, ind + "no switchport");
                line(out, lines, ind + "ip address 10.200." + port % 250 + ".1 255.255.255.254");
                line(out, lines, ind + "ip ospf cost 10");
            } else {
                line(out, lines, ind + "switchport mode trunk");
                line(out, lines, ind + "switchport trunk allowed vlan 100-150,900");
                line(out, lines, ind + "switchport trunk allowed vlan add " + (150 + port % 40));
            }
            line(out, lines, ind + "speed 10000");
            if (port % 7 == 0) {
                line(out, lines, ind + "channel-group " + (port % 20 + 1) + " mode active");
            }
            port++;
        }
        while (lines[0] < LINES - 1) {
            line(out, lines, "ip route 10." + lines[0] % 250 + ".0.0/16 10.200.10.0");
        }
        line(out, lines, dialect == 1 ? "end" : "!");
        return out.toString();
    }

    private static void line(StringBuilder out, int[] lines, String text) {
        out.append(text).append('\n');
        lines[0]++;
    }
}
