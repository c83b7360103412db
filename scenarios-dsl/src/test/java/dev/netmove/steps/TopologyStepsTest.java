package dev.netmove.steps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TopologyStepsTest {

    @TempDir
    Path project;

    @Test
    void a_topology_next_to_the_feature_file_is_found_first() {
        FeatureProject features = new FeatureProject(project)
                .file("src/test/features/two-pods.yaml", FeatureProject.TWO_PODS)
                .file("two-pods.yaml", "this: is not the file the feature means");

        FeatureProject.Outcome outcome = features.run("""
                Feature: lookup
                  Scenario: next to the feature
                    Given the topology "two-pods.yaml"
                    Then VLAN 110 is carried on every link between host "esx-a1" and host "esx-b1"
                """);

        assertThat(outcome.result().failureReport()).isEmpty();
        assertThat(outcome.result().passed()).isEqualTo(1);
    }

    @Test
    void a_topology_in_the_project_folder_is_found_when_not_next_to_the_feature() {
        FeatureProject features = new FeatureProject(project).file("network/two-pods.yaml", FeatureProject.TWO_PODS);

        FeatureProject.Outcome outcome = features.run("""
                Feature: lookup
                  Scenario: from the project folder
                    Given the topology "network/two-pods.yaml"
                    Then VLAN 900 is carried on every link between host "esx-a1" and host "esx-b2"
                """);

        assertThat(outcome.result().failureReport()).isEmpty();
    }

    @Test
    void a_path_outside_the_project_is_refused_and_its_content_never_shown() throws Exception {
        Path secret = project.getParent().resolve("secret-" + project.getFileName() + ".yaml");
        Files.writeString(secret, "password: hunter2\n");
        try {
            FeatureProject.Outcome outcome = new FeatureProject(project.resolve("consumer")).run("""
                    Feature: escape
                      Scenario: climbing out
                        Given the topology "../../%s"
                    """.formatted(secret.getFileName()));

            assertThat(outcome.failure())
                    .startsWith("the topology \"../../" + secret.getFileName() + "\" is outside the project folder ")
                    .endsWith("topology files must live inside the project (next to the feature file or under the "
                            + "project folder)")
                    .doesNotContain("hunter2");
            assertThat(outcome.result().failureReport()).doesNotContain("hunter2");
        } finally {
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void etc_passwd_is_refused() {
        String message = new FeatureProject(project).run("""
                Feature: escape
                  Scenario: passwd
                    Given the topology "../../../../../../../../etc/passwd"
                """).failure();

        assertThat(message).contains("is outside the project folder").doesNotContain("root:");
    }

    @Test
    void a_missing_file_says_where_it_looked() throws Exception {
        String message = new FeatureProject(project).run("""
                Feature: missing
                  Scenario: typo in the file name
                    Given the topology "dc2.yaml"
                """).failure();

        assertThat(message).isEqualTo("""
                the topology file "dc2.yaml" does not exist; looked for:
                  src/test/features/dc2.yaml
                  dc2.yaml
                  (a topology path is relative to the feature file's folder, else to the project folder %s)"""
                .formatted(project.toRealPath()));
    }

    @Test
    void loader_errors_appear_as_they_are_with_file_line_and_column() {
        FeatureProject features = new FeatureProject(project).file("src/test/features/bad.yaml", """
                topology: bad
                devices:
                  sw1: { role: access, vlans: "110" }
                links:
                  - { between: [sw1:Eth1/1, sw2:Eth1/1], speed: 10 }
                """);

        String message = features.run("""
                Feature: bad file
                  Scenario: loads a broken file
                    Given the topology "bad.yaml"
                """).failure();

        assertThat(message).isEqualTo("""
                src/test/features/bad.yaml: 2 problems
                src/test/features/bad.yaml:5:29: links[0].between[1]: unknown device "sw2" in "sw2:Eth1/1" \
                (did you mean "sw1"?); expected device:port with a device listed under devices
                src/test/features/bad.yaml:5:49: links[0].speed: "10" has no unit; write a bandwidth with its unit, \
                e.g. 10Gbps; accepted units: bps, Kbps, Mbps, Gbps, Tbps, Kbit/s, Mbit/s, Gbit/s, Tbit/s, B/s, KB/s, \
                MB/s, GB/s, KiB/s, MiB/s, GiB/s""");
    }

    @Test
    void an_inline_topology_in_a_doc_string_is_loaded() {
        FeatureProject.Outcome outcome = new FeatureProject(project).run("""
                Feature: inline
                  Scenario: a two-host network written in the scenario
                    Given the topology:
                      \"\"\"
                      devices:
                        tor1: { role: access, vlans: "110,900" }
                        esx1: { role: host, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.1/24 } }
                        esx2: { role: host, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.2/24 } }
                      links:
                        - { between: [esx1:vmnic0, tor1:Eth1/1], speed: 10Gbps }
                        - { between: [esx2:vmnic0, tor1:Eth1/2], speed: 10Gbps }
                      vms:
                        web01: { host: esx1, portGroup: web, memory: 4GiB }
                      \"\"\"
                    When VM "web01" migrates to host "esx2"
                    Then the migration succeeds
                """);

        assertThat(outcome.result().failureReport()).isEmpty();
        assertThat(outcome.result().passed()).isEqualTo(1);
    }

    @Test
    void an_inline_topology_error_names_the_feature_file() {
        String message = new FeatureProject(project).run("""
                Feature: inline
                  Scenario: broken inline topology
                    Given the topology:
                      \"\"\"
                      devices:
                        tor1: { role: acess }
                      \"\"\"
                """).failure();

        // placed at the feature file's own line and column, as netmove:check places it
        assertThat(message).contains("src/test/features/moves.feature:6:23: devices.tor1.role");
    }
}
