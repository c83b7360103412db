package dev.netmove.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.PropertySeeds;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;
import dev.netmove.runner.FeatureRunner;
import dev.netmove.runner.RunRequest;
import dev.netmove.runner.RunResult;
import dev.netmove.runner.ScenarioFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios no one wrote: STEPS.md's phrases in random order with random names (of the model, and one it lacks),
 * numbers and quantities, on nine of the suite's topologies (tiers, a ring, VXLAN, EVPN, vPC, blades, two sites, a
 * pod from device configs, a pod imported from NetBox, RVTools and LLDP) and the change files, run through the runner.
 * A scenario may fail (most do: the phrases contradict each other), but only with a step's own message; never with
 * an unexpected error, and no phrase is undefined. The random choices come from the build's one seed
 * ({@link PropertySeeds}): the same scenarios each build; other seeds were tried by hand (14,000 scenarios in all,
 * clean since the zero-speed fix).
 */
class RandomScenariosTest {

    private static final Path FEATURES = Path.of("../features/src/test/features").toAbsolutePath().normalize();
    private static final List<String> CHANGE_FILES = List.of("cr-2001-hsrp-priority.yaml", "cr-2002-prune-vlan-110.yaml",
            "cr-2003-faster-uplink.yaml", "cr-2004-dual-home-access.yaml", "cr-2006-recable-pod-b.yaml", "cr-none.yaml");
    private static final List<String> DURATIONS = List.of("1s", "30s", "0s", "500ms", "2min", "1h", "10us");
    private static final List<String> SIZES = List.of("1GiB", "100GB", "0B", "16GiB", "1TiB");
    private static final List<String> PERCENTS = List.of("0%", "20%", "50%", "100%", "150%");
    private static final List<String> BANDWIDTHS = List.of("1Gbps", "10Gbps", "0bps", "100Gbps", "500MB/s", "1Tbps");
    private static final List<String> VLANS = List.of("110", "120", "900", "4094", "1", "0", "4095", "-5",
            "99999999999");
    private static final List<String> COUNTS = List.of("0", "1", "2", "3", "99", "-1", "2147483648");

    /** The names of the topology in hand, and a few it lacks. */
    private List<String> vms;
    private List<String> hosts;
    private List<String> devices;
    private List<String> links;
    private List<String> clusters;

    @TempDir
    Path project;

    private Random random;

    private String any(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A step with its placeholders filled: {vm}, {host}, {device}, {link}, {change}, {d}, {s}, {p}, {b}, {v}, {n}. */
    private String fill(String template) {
        String text = template;
        for (String[] slot : new String[][] {{"{vm}", "vm"}, {"{host}", "host"}, {"{device}", "device"},
                {"{cluster}", "cluster"},
                {"{link}", "link"}, {"{change}", "change"}, {"{d}", "d"}, {"{s}", "s"}, {"{p}", "p"}, {"{b}", "b"},
                {"{v}", "v"}, {"{n}", "n"}}) {
            while (text.contains(slot[0])) {
                Function<String, List<String>> pool = k -> switch (k) {
                    case "vm" -> vms;
                    case "host" -> hosts;
                    case "device" -> devices;
                    case "link" -> links;
                    case "cluster" -> clusters;
                    case "change" -> CHANGE_FILES;
                    case "d" -> DURATIONS;
                    case "s" -> SIZES;
                    case "p" -> PERCENTS;
                    case "b" -> BANDWIDTHS;
                    case "v" -> VLANS;
                    default -> COUNTS;
                };
                text = text.replaceFirst(java.util.regex.Pattern.quote(slot[0]),
                        java.util.regex.Matcher.quoteReplacement(any(pool.apply(slot[1]))));
            }
        }
        return text;
    }

    private static final List<String> GIVENS = List.of(
            "Given link \"{link}\" already carries {b}", "Given link \"{link}\" is down", "Given device \"{device}\" is down",
            "Given vMotion traffic is limited to {p} of link \"{link}\"", "Given vMotion traffic is limited to {p} of every link",
            "Given VM \"{vm}\" dirties its memory at {b}", "Given the switchover time limit is {d}",
            "Given VM \"{vm}\" talks to \"{vm}\" at {b}", "Given the change \"{change}\"",
            "Given VLAN {v} is removed from link \"{link}\"", "Given VLAN {v} is added to link \"{link}\"",
            "Given VLAN {v} is removed from device \"{device}\"", "Given link \"{link}\" runs at {b}",
            "Given device \"{device}\" has gateway priority {n} for VLAN {v}");

    private static final List<String> WHENS = List.of(
            "When VM \"{vm}\" migrates to host \"{host}\"", "When VM \"{vm}\" migrates from host \"{host}\" to host \"{host}\"",
            "When host \"{host}\" enters maintenance mode", "When cluster \"{cluster}\" is consolidated onto {n} hosts",
            "When these migrations run at the same time:\n      | vm | to |\n      | {vm} | {host} |\n      | {vm} | {host} |");

    private static final List<String> THENS = List.of(
            "Then the migration succeeds", "Then the migration fails because \"VLAN\"", "Then the migration completes within {d}",
            "Then the migration of VM \"{vm}\" completes within {d}", "Then the switchover downtime is at most {d}",
            "Then the switchover downtime of VM \"{vm}\" is at most {d}", "Then at most {s} is sent over the network",
            "Then link \"{link}\" stays below {p} utilization", "Then every link stays below {p} utilization",
            "Then the migration traffic does not cross the core", "Then at most {s} of migration traffic crosses the core",
            "Then VLAN {v} is carried on every link between host \"{host}\" and host \"{host}\"",
            "Then VM \"{vm}\" keeps its layer-2 network after the move", "Then hosts \"{host}\" and \"{host}\" have the same port groups",
            "Then every host in cluster \"{cluster}\" has the same port groups",
            "Then the switch ports of every host in cluster \"{cluster}\" carry the cluster's VLANs",
            "Then VLAN {v} spans at most {n} switches", "Then traffic from VM \"{vm}\" to its default gateway does not cross the core",
            "Then traffic from VM \"{vm}\" to its default gateway crosses the core",
            "Then the default gateway of VM \"{vm}\" is served by \"{device}\"",
            "Then traffic from VM \"{vm}\" to its default gateway takes at most {n} hops",
            "Then traffic from VM \"{vm}\" to \"{vm}\" crosses the core at most {n} times",
            "Then traffic from VM \"{vm}\" to \"{device}\" follows \"{device} > {device}\"",
            "Then traffic from VM \"{vm}\" to \"{vm}\" takes at most {d} longer than before the move",
            "Then traffic between VM \"{vm}\" and \"{vm}\" is symmetric", "Then the core carries at most {b} more traffic after the move",
            "Then the change breaks no migration that worked before it", "Then the change moves no default gateway",
            "Then the change adds no core crossing to any VM's path to its default gateway",
            "Then every VM of cluster \"{cluster}\" can migrate to every host of the cluster",
            "Then VM \"{vm}\" can migrate to every host of its cluster",
            "Then VM \"{vm}\" can migrate to host \"{host}\" after any single link failure",
            "Then VM \"{vm}\" can migrate to host \"{host}\" after any single device failure",
            "Then VM \"{vm}\" reaches its default gateway after any single link failure");

    /** The suite's topologies: tiers, a ring, a VXLAN fabric, EVPN, vPC, blades, two sites, configs and imports. */
    static List<String> topologies() {
        return List.of("changes/two-pods-hsrp.yaml", "l2/vxlan-fabric.yaml", "l2/campus-ring.yaml",
                "blade-chassis/chassis.yaml", "configs/pod.yaml", "imported-sources/pod-a.yaml", "gateways/evpn-fabric.yaml",
                "gateways/three-tier-vpc.yaml", "migration/two-sites.yaml");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("topologies")
    void random_scenarios_fail_only_with_the_steps_own_messages(String topologyFile) throws IOException {
        random = new Random(Long.parseLong(PropertySeeds.SEED) + topologyFile.hashCode()); // the same scenarios each build
        copyTree(FEATURES, project);
        Path topologyPath = project.resolve(topologyFile);
        Topology topology = new TopologyLoader().read(topologyPath, topologyFile, project).topology();
        vms = names(topology.vms().keySet(), "web9");
        hosts = names(topology.devices().values().stream().filter(Device::isHost).map(Device::name).toList(), "esx-zz9");
        devices = names(topology.devices().keySet(), "agg7");
        links = names(topology.links().stream().map(Link::name).toList(), "agg9-core1");
        clusters = names(topology.devices().values().stream().filter(Device::isHost)
                .map(d -> d.host().map(h -> h.cluster()).orElse("prod")).distinct().sorted().toList(), "no-such-cluster");

        StringBuilder feature = new StringBuilder("Feature: random scenarios\n");
        int scenarios = 60;
        String name = topologyPath.getFileName().toString();
        for (int i = 0; i < scenarios; i++) {
            feature.append("\n  Scenario: random ").append(i).append("\n    Given the topology \"").append(name).append("\"\n");
            for (int g = random.nextInt(3); g > 0; g--) {
                feature.append("    And ").append(fill(any(GIVENS)).substring("Given ".length())).append('\n');
            }
            if (random.nextInt(4) > 0) {
                feature.append("    ").append(fill(any(WHENS))).append('\n');
            }
            for (int t = 1 + random.nextInt(2); t > 0; t--) {
                feature.append("    ").append(fill(any(THENS))).append('\n');
            }
        }
        Path featureFile = Files.writeString(topologyPath.resolveSibling("random.feature"), feature);

        RunResult result = FeatureRunner.run(new RunRequest(List.of(featureFile), List.of(), "",
                project.resolve("target/netmove"), project, line -> { }));

        assertThat(result.total()).isEqualTo(scenarios);
        assertThat(result.undefined()).as(result.failureReport()).isZero();
        List<String> unexpected = new ArrayList<>();
        for (ScenarioFailure f : result.failures()) {
            if (f.message().contains("unexpected error") || f.message().contains("Exception")) {
                unexpected.add(f.message());
            }
        }
        assertThat(unexpected).isEmpty();
        // the scenarios do check something: most contradict themselves and fail with a step's message
        assertThat(result.failed()).isPositive();
    }

    private static List<String> names(java.util.Collection<String> known, String unknown) {
        List<String> all = new ArrayList<>(known.stream().sorted().limit(12).toList());
        all.add(unknown);
        return all;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
