package dev.netmove.engine.topology.load;

import static dev.netmove.engine.PropertySeeds.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import dev.netmove.engine.TextMutation;
import dev.netmove.engine.imports.write.ImportCommand;
import dev.netmove.engine.topology.Topology;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Randomly mutated source files (NetBox pages, RVTools sheets, govc JSON, an LLDP table, device configs) of a
 * data center that imports cleanly: whatever one file turns into, the import loads or fails with the loader's
 * own error naming the topology file, within seconds; never another exception, never a hang.
 */
class MutatedSourcesProperties {

    /** {@link ImportedDataCenterTest}'s overlay with govc JSON as a fourth source. */
    static final String TOPOLOGY = ImportedDataCenterTest.OVERLAY.replace("  - rvtools: sources/rvtools/\n",
            "  - rvtools: sources/rvtools/\n  - govc: sources/govc/\n");

    /** A second data center: device configs and their LLDP table. */
    static final String CONFIGS = "configs-project/pod.yaml";

    /** A third: neighbour tables in NAPALM's, Arista's and Batfish's JSON. */
    static final String NEIGHBOURS = "lldp-project/neighbours.yaml";

    static final String NEIGHBOUR_TOPOLOGY = """
            topology: neighbours
            import:
              - lldp: napalm-all.json
              - lldp: arista/
              - lldp: layer1_topology.json
            importRules:
              defaultSpeed: 10Gbps
            devices:
              leaf1: { role: leaf, vlans: 110 }
              leaf2: { role: leaf, vlans: 110 }
              spine1: { role: spine, vlans: 110 }
              as1core1: { role: core }
              as1border1: { role: router }
              esx1: { role: host, cluster: prod, portGroups: { web: 110 } }
            vms:
              web01: { host: esx1, portGroup: web, memory: 8GiB }
            """;

    private static Path project;
    private static List<Path> files;

    @BeforeContainer
    static void copySources() throws IOException {
        project = Files.createTempDirectory("netmove-mutated-sources").toRealPath();
        ImportFixtures.podA(project);
        ImportFixtures.copy("/imports/configs/pod-project", project.resolve("configs-project"));
        for (String table : List.of("napalm-all.json", "arista", "layer1_topology.json")) {
            ImportFixtures.copy("/imports/lldp/" + table, project.resolve("lldp-project/" + table));
        }
        Files.writeString(project.resolve(NEIGHBOURS), NEIGHBOUR_TOPOLOGY);
        Files.writeString(project.resolve("pod-a.yaml"), TOPOLOGY);
        try (Stream<Path> walk = Files.walk(project)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".yaml"))
                    .sorted().toList();
        }
    }

    @AfterContainer
    static void removeSources() throws IOException {
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /** The topology file that imports {@code file}. */
    private static String topologyOf(Path file) {
        Path shown = project.relativize(file);
        return shown.startsWith("configs-project") ? CONFIGS : shown.startsWith("lldp-project") ? NEIGHBOURS : "pod-a.yaml";
    }

    @Provide
    Arbitrary<TextMutation> mutations() {
        return TextMutation.arbitrary();
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.MIXIN, seed = SEED)
    void a_mutated_source_imports_or_fails_with_the_loaders_error(@ForAll("mutations") TextMutation mutation)
            throws IOException {
        Path file = files.get(mutation.target() % files.size());
        String topology = topologyOf(file);
        withMutated(file, mutation, () -> Statistics.collect(importedOrRefused(project.resolve(topology), topology,
                project.relativize(file) + " after " + mutation)));
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN, seed = SEED)
    void what_netmove_import_writes_of_a_mutated_source_loads_back_to_the_same_model_and_is_written_alike_again(
            @ForAll("mutations") TextMutation mutation) throws IOException {
        Path file = files.get(mutation.target() % files.size());
        Path topology = project.resolve(topologyOf(file));
        Path out = project.resolve("target/netmove");
        withMutated(file, mutation, () -> {
            ImportCommand.Outcome first;
            try {
                first = ImportCommand.run(new ImportCommand.Request(topology, project, out, null));
            } catch (TopologyLoadException e) {
                Statistics.collect("refused");
                return;
            }
            Statistics.collect("written");
            String yaml = Files.readString(first.written());
            Topology imported = new TopologyLoader().read(topology, project.relativize(topology).toString(), project)
                    .topology();
            Topology reloaded = new TopologyLoader().load("pod.imported.yaml", yaml);
            String what = project.relativize(file) + " after " + mutation;
            assertThat(reloaded.devices()).as(what).isEqualTo(imported.devices());
            assertThat(ImportFixtures.withoutSources(reloaded)).as(what)
                    .isEqualTo(ImportFixtures.withoutSources(imported));
            assertThat(reloaded.vms()).as(what).isEqualTo(imported.vms());
            String report = Files.readString(first.report());
            ImportCommand.Outcome second = ImportCommand.run(new ImportCommand.Request(topology, project, out, null));
            assertThat(second.written()).as(what).hasContent(yaml);
            assertThat(second.report()).as(what).hasContent(report);
        });
    }

    /** What a test does while {@code file} holds its mutated text. */
    private interface WhileMutated {
        void run() throws IOException;
    }

    /** Runs {@code body} with {@code file} changed by {@code mutation}, then puts the file back as it was. */
    private static void withMutated(Path file, TextMutation mutation, WhileMutated body) throws IOException {
        String original = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, mutation.apply(original), StandardCharsets.UTF_8);
        try {
            body.run();
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
    }

    /**
     * Imports {@code topology} within 20 s and exercises what it loads; "refused with the loader's error" when the
     * loader refuses it in its own words (naming the topology file; no Java exception, no stack, no Jackson source
     * text). {@code what} says which input it was, for a failure.
     */
    private static String importedOrRefused(Path topology, String shown, String what) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                ModelExercise.run(new TopologyLoader().read(topology, shown, project).topology());
                return "imports";
            } catch (TopologyLoadException e) {
                assertThat(e.getMessage()).as(what).startsWith(shown).doesNotContain("Exception", "\tat ", "REDACTED");
                return "refused with the loader's error";
            }
        }, () -> "the import of " + what + " did not end");
    }

    /** An overlay that uses every import rule, as a mutated overlay starts from. */
    static final String RULED = """
            topology: pod-a
            import:
              - netbox: sources/netbox/
              - lldp: sources/lldp.csv
              - rvtools: sources/rvtools/
            importRules:
              roles: { "^agg": aggregation, "^(acc|tor)": access }
              names: { stripDomain: true, lowerCase: true }
              memoryUnit: MiB
              vmotionPortGroup: "(?i)vmotion"
              defaultSpeed: 10Gbps
            devices:
              core1: { stp: { priority: 4096 } }
            links:
              - { between: [agg1:Eth1/49, core1:Eth1/1], load: 2Gbps, qos: { vmotion: 20% } }
            vms:
              web02: { host: esx-a3, dirtyRate: 50MB/s }
            """;

    @Provide
    Arbitrary<String> overlays() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, RULED.length() - 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(TextMutation.PIECES), Arbitraries.of(":", "- ", "  ", "(", ")",
                "*", "+", "?", "[", "^", "$", "MB", "GiB", "none", "false", "configs: x/", "govc: sources/", "../",
                "/etc/passwd", "sources/netbox/dcim/devices.json", "~"),
                Arbitraries.strings().withChars(":{}[],-#\n ()*+?^$0123456789abcGiBbps/.").ofMaxLength(8));
        return Combinators.combine(at, length, piece).as((a, l, p) -> RULED.substring(0, a) + p
                + RULED.substring(Math.min(RULED.length(), a + l)));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN, seed = SEED)
    void a_mutated_overlay_imports_or_fails_with_the_loaders_error(@ForAll("overlays") String overlay) throws IOException {
        Path file = Files.writeString(project.resolve("ruled.yaml"), overlay, StandardCharsets.UTF_8);
        Statistics.collect(importedOrRefused(file, "ruled.yaml", "the overlay\n" + overlay));
    }

    @Property(tries = 1)
    void the_unmutated_sources_import() throws IOException {
        Path ruled = Files.writeString(project.resolve("ruled.yaml"), RULED, StandardCharsets.UTF_8);
        assertThat(new TopologyLoader().read(ruled, "ruled.yaml", project).topology().vms()).containsKey("web02");
        assertThat(TOPOLOGY).contains("  - rvtools: sources/rvtools/\n  - govc: sources/govc/\n");
        assertThat(new TopologyLoader().read(project.resolve("pod-a.yaml"), "pod-a.yaml", project).topology().vms())
                .containsKey("web02");
        assertThat(new TopologyLoader().read(project.resolve(CONFIGS), CONFIGS, project).topology().devices())
                .containsKey("agg1");
        // the neighbour fixtures hold a problem each on purpose (a broken edge, a port two tables link differently; a MAC
        // port id without a description is a warning): the mutations exercise the readers on every item, the load refuses
        assertThatThrownBy(() -> new TopologyLoader().read(project.resolve(NEIGHBOURS), NEIGHBOURS, project))
                .isInstanceOf(TopologyLoadException.class).hasMessageStartingWith(NEIGHBOURS + ": 2 problems");
        List<String> kinds = new ArrayList<>();
        for (Path f : files) {
            kinds.add(project.relativize(f).getName(project.relativize(f).getNameCount() > 1 ? 1 : 0).toString());
        }
        assertThat(kinds).contains("netbox", "rvtools", "govc", "lldp.csv", "configs", "napalm-all.json", "arista",
                "layer1_topology.json");
    }
}
