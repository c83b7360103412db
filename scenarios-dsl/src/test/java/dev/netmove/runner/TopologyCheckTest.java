package dev.netmove.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopologyCheckTest {

    /** One host whose switch port prunes its vMotion VLAN. */
    static final String PRUNED = """
            topology: pruned
            devices:
              leaf1: { role: leaf, vlans: "110,900" }
              esx1: { role: host, cluster: prod, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.1/24 } }
            links:
              - { name: esx1-leaf1, between: [esx1:vmnic0, { port: leaf1:Eth1/1, vlans: "110" }], speed: 10Gbps }
            """;

    private static final String CLEAN = """
            topology: clean
            devices:
              leaf1: { role: leaf, vlans: "110,900" }
              esx1: { role: host, cluster: prod, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.1/24 } }
            links:
              - { name: esx1-leaf1, between: [esx1:vmnic0, leaf1:Eth1/1], speed: 10Gbps }
            """;

    @TempDir
    Path project;

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private CheckResult check() {
        return TopologyCheck.run(CheckRequest.forProject(project));
    }

    @Test
    void the_topologies_features_load_are_found_like_the_step_finds_them_and_checked_once_each() throws IOException {
        write("src/test/features/pod/clean.yaml", CLEAN);
        write("network/pruned.yaml", PRUNED);
        write("src/test/features/pod/a.feature", """
                Feature: a
                  Background:
                    Given the topology "clean.yaml"
                  Scenario: one
                    Then VLAN 110 spans at most 1 switches
                  Scenario: two
                    * the topology 'network/pruned.yaml'
                """);
        write("src/test/features/b.feature", """
                Feature: b
                  Scenario Outline: each
                    Given the topology "<file>"
                    Examples:
                      | file                   |
                      | pod/clean.yaml         |
                      | ../../../network/pruned.yaml |
                """);

        CheckResult result = check();

        assertThat(result.topologies()).extracting(CheckedTopology::label)
                .containsExactly("src/test/features/pod/clean.yaml", "network/pruned.yaml");
        // feature files in path order (b.feature before pod/), then their scenarios in order
        assertThat(result.topologies()).extracting(CheckedTopology::usedBy).containsExactly(
                List.of("src/test/features/b.feature:3", "src/test/features/pod/a.feature:3"),
                List.of("src/test/features/b.feature:3", "src/test/features/pod/a.feature:7"));
        assertThat(result.featureProblems()).isEmpty();
        assertThat(result.drifted()).extracting(CheckedTopology::label).containsExactly("network/pruned.yaml");
        assertThat(result.summary()).isEqualTo("2 topologies checked: 1 with drift (1 drift)");
    }

    @Test
    void an_imported_topology_gets_its_import_gaps_beside_its_drift_report() throws IOException {
        write("src/test/features/sources/lldp.csv", """
                device,port,neighbor,neighbor_port,speed
                leaf1,Eth1/1,esx1,vmnic0,10Gbps
                leaf1,Eth1/2,esx2,vmnic0,10Gbps
                """);
        write("src/test/features/dc1.yaml", """
                topology: dc1
                import:
                  - lldp: sources/lldp.csv
                devices:
                  leaf1: { role: leaf, vlans: "110,900" }
                  esx1: { role: host, cluster: prod, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.1/24 } }
                  esx2: { role: host, cluster: prod, portGroups: { web: 110 } }
                """);
        write("src/test/features/a.feature", """
                Feature: a
                  Scenario: one
                    Given the topology "dc1.yaml"
                """);

        CheckResult result = check();

        assertThat(result.loaded()).singleElement().extracting(CheckedTopology.Loaded::importGaps).asList()
                .containsExactly("host esx2 has no vMotion interface: devices.esx2.vmotion: { vlan: ..., ip: ... }");
        assertThat(result.reportText()).contains("Import gaps (the overlay key that fills each): 1\n"
                + "  - host esx2 has no vMotion interface: devices.esx2.vmotion: { vlan: ..., ip: ... }\n");
    }

    @Test
    void the_report_is_written_with_every_topology_and_where_it_is_used() throws IOException {
        write("src/test/features/pruned.yaml", PRUNED);
        write("src/test/features/a.feature", """
                Feature: a
                  Scenario: one
                    Given the topology "pruned.yaml"
                """);

        CheckResult result = check();

        assertThat(result.reportFile()).isEqualTo(project.resolve("target/netmove/drift.txt"));
        assertThat(Files.readString(result.reportFile())).isEqualTo(result.reportText()).isEqualTo("""
                netmove drift report: 1 topology checked: 1 with drift (1 drift)

                == src/test/features/pruned.yaml (used by src/test/features/a.feature:3) ==
                Topology pruned (pruned.yaml): 1 drift
                Cluster prod: 1 host (esx1); VLANs 110,900
                  port groups: the same on every host (web in VLAN 110)
                  switch ports: 1 gap
                    - VLAN 900 (vMotion): host esx1 port vmnic0 -> switch leaf1 port Eth1/1: \
                the switch port does not allow it (allowed there: 110)
                  layer 2: each VLAN of the cluster joins all its hosts that use it
                VLAN spread (switches carrying each VLAN; not needed = no host port or SVI of it behind them):
                  VLAN 110: 1 switch, every one needs it
                  VLAN 900: no switch carries it
                """);
    }

    @Test
    void an_inline_topology_is_checked_and_its_problems_point_into_the_feature_file() throws IOException {
        write("src/test/features/inline.feature", """
                Feature: inline
                  Scenario: good
                    Given the topology:
                      \"\"\"
                      topology: inline-ok
                      devices:
                        leaf1: { role: leaf, vlans: "110" }
                      links: []
                      \"\"\"
                  Scenario: bad
                    Given the topology:
                      \"\"\"
                      devices:
                        leaf1: { role: leaf, vlans: "110" }
                      links:
                        - { between: [leaf1:Eth1, leaf1:Eth2], sped: 10Gbps }
                      \"\"\"
                """);

        CheckResult result = check();

        assertThat(result.topologies()).extracting(CheckedTopology::label).containsExactly(
                "src/test/features/inline.feature:3 (inline topology)",
                "src/test/features/inline.feature:11 (inline topology)");
        assertThat(result.loaded()).singleElement().satisfies(t -> assertThat(t.report().topology()).isEqualTo("inline-ok"));
        // line 16, columns as in the feature file: the doc string's indentation is put back
        assertThat(result.loadProblems()).singleElement().asString().isEqualTo("""
                src/test/features/inline.feature: 2 problems
                src/test/features/inline.feature:16:22: links[0].between: found a link from leaf1 to itself; \
                expected two different devices
                src/test/features/inline.feature:16:48: links[0].sped: unknown key "sped" (did you mean "speed"?); \
                expected one of: name, between, speed, latency, mode, vlans, native, load, lag, qos, fhrpFilter, ip, cost""");
    }

    @Test
    void a_topology_file_with_mistakes_lists_every_problem_at_file_line_column() throws IOException {
        write("src/test/features/bad.yaml", """
                devices:
                  leaf1: { role: leef }
                links:
                  - { between: [leaf1:Eth1, leaf2:Eth1], speed: 40 }
                """);
        write("src/test/features/a.feature", """
                Feature: a
                  Scenario: one
                    Given the topology "bad.yaml"
                """);

        CheckResult result = check();

        assertThat(result.loaded()).isEmpty();
        assertThat(result.loadProblems()).singleElement().asString()
                .startsWith("src/test/features/bad.yaml: ")
                .contains("src/test/features/bad.yaml:2:")
                .contains("src/test/features/bad.yaml:4:")
                .doesNotContain("\tat ");
        assertThat(result.summary()).isEqualTo("1 topology checked: no drift, 1 that could not be loaded");
    }

    @Test
    void a_missing_topology_file_is_a_problem_of_the_step_that_names_it() throws IOException {
        write("src/test/features/a.feature", """
                Feature: a
                  Scenario: one
                    Given the topology "nowhere.yaml"
                """);

        CheckResult result = check();

        assertThat(result.topologies()).isEmpty();
        assertThat(result.loadProblems()).singleElement().asString()
                .startsWith("src/test/features/a.feature:3: the topology file \"nowhere.yaml\" does not exist; looked for:");
    }

    @Test
    void a_topology_outside_the_project_is_refused_without_reading_it() throws IOException {
        Path outside = project.getParent().resolve("outside-" + project.getFileName() + ".yaml");
        Files.writeString(outside, CLEAN);
        try {
            write("src/test/features/a.feature", """
                    Feature: a
                      Scenario: one
                        Given the topology "../../../%s"
                    """.formatted(outside.getFileName()));

            CheckResult result = check();

            assertThat(result.topologies()).isEmpty();
            assertThat(result.loadProblems()).singleElement().asString()
                    .startsWith("src/test/features/a.feature:3: the topology \"../../../" + outside.getFileName()
                            + "\" is outside the project folder");
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void a_feature_file_that_does_not_parse_is_a_problem_with_its_line() throws IOException {
        write("src/test/features/broken.feature", """
                Feature: broken
                  Scenario: one
                    Given the topology "x.yaml"
                  this line is not gherkin
                """);

        assertThat(check().loadProblems()).singleElement().asString()
                .startsWith("src/test/features/broken.feature:4:")
                .contains("does not parse");
    }

    @Test
    void configured_topologies_are_checked_instead_of_the_features() throws IOException {
        write("network/clean.yaml", CLEAN);
        write("src/test/features/a.feature", """
                Feature: a
                  Scenario: one
                    Given the topology "nowhere.yaml"
                """);

        CheckResult result = TopologyCheck.run(new CheckRequest(List.of(Path.of("src/test/features")),
                List.of(Path.of("network/clean.yaml")), Path.of("target/netmove"), project));

        assertThat(result.topologies()).extracting(CheckedTopology::label).containsExactly("network/clean.yaml");
        assertThat(result.topologies().get(0).usedBy()).isEmpty();
        assertThat(result.loadProblems()).isEmpty();
        assertThat(result.drifted()).isEmpty();
    }

    @Test
    void a_configured_topology_that_does_not_exist_is_a_configuration_error() {
        assertThatThrownBy(() -> TopologyCheck.run(new CheckRequest(List.of(), List.of(Path.of("dc9.yaml")),
                Path.of("target/netmove"), project)))
                .isInstanceOf(RunConfigurationException.class)
                .hasMessage("netmove.topologies: dc9.yaml does not exist; expected topology files (YAML), relative to "
                        + "the project folder");
    }

    @Test
    void the_maven_bridge_answers_in_jdk_types() throws IOException {
        write("src/test/features/pruned.yaml", PRUNED);
        write("src/test/features/a.feature", "Feature: a\n  Scenario: one\n    Given the topology \"pruned.yaml\"\n");
        List<String> lines = new ArrayList<>();

        Map<String, Object> answer = MavenBridge.check(Map.of(
                MavenBridge.FEATURES, List.of(project.resolve("src/test/features").toString()),
                MavenBridge.TOPOLOGIES, List.of(),
                MavenBridge.FAIL_ON_DRIFT, true,
                MavenBridge.REPORTS_DIRECTORY, project.resolve("target/netmove").toString(),
                MavenBridge.BASE_FOLDER, project.toString()), (level, line) -> lines.add(level + ": " + line));

        assertThat(answer).containsEntry(MavenBridge.OUTCOME, "FAILURE");
        assertThat((String) answer.get(MavenBridge.MESSAGE)).contains("  - src/test/features/pruned.yaml: 1 drift");
        assertThat(lines.get(0)).isEqualTo("info: netmove drift report: 1 topology checked: 1 with drift (1 drift)");
        assertThat(project.resolve("target/netmove/drift.txt")).exists();
    }
}
