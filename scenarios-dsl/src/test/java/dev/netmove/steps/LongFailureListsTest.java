package dev.netmove.steps;

import dev.netmove.runner.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failed step on a large evacuation lists every late VM in its message; the build log shows the first
 * {@value RunResult#LISTED_LINES} lines of each list and how many more there are, and the reports keep them all.
 */
class LongFailureListsTest {

    private static final int VMS = 260;

    @TempDir
    Path project;

    @Test
    void a_late_evacuation_of_260_vms_lists_200_lines_of_each_list_and_counts_the_rest() throws IOException {
        StringBuilder topology = new StringBuilder("""
                topology: one-rack
                devices:
                  tor1: { role: access, vlans: "110,900" }
                  esx1: { role: host, cluster: prod, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.1/24 } }
                  esx2: { role: host, cluster: prod, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.2/24 } }
                links:
                  - { name: esx1-tor1, between: [esx1:vmnic0, tor1:Eth1/1], speed: 10Gbps }
                  - { name: esx2-tor1, between: [esx2:vmnic0, tor1:Eth1/2], speed: 10Gbps }
                vms:
                """);
        for (int i = 0; i < VMS; i++) {
            topology.append(String.format("  vm%03d: { host: esx1, portGroup: web, memory: 4GiB }%n", i));
        }
        FeatureProject.Outcome outcome = new FeatureProject(project)
                .file("src/test/features/rack.yaml", topology.toString())
                .run("""
                        Feature: evacuation

                          Scenario: esx1 is emptied within a second
                            Given the topology "rack.yaml"
                            When host "esx1" enters maintenance mode
                            Then the migration completes within 1 s
                        """);

        String message = outcome.failure();
        String report = outcome.result().failureReport();
        assertThat(message).startsWith(VMS + " of " + VMS + " migrations do not complete within 1s.")
                .contains("VM vm259:");
        // found: the first VM on its label line, 259 more below it; why: the same
        assertThat(report).contains("VM vm200: ").doesNotContain("VM vm201: ")
                .contains("            ... and 59 more (every one in the reports)");
        assertThat(report.lines().filter(line -> line.contains("... and 59 more (every one in the reports)")))
                .hasSize(2);
        assertThat(report.lines().count()).isLessThan(2 * 202 + 10);
        // the reports keep the whole message
        assertThat(Files.readString(project.resolve("target/netmove/cucumber.json"))).contains("VM vm259:");
    }
}
