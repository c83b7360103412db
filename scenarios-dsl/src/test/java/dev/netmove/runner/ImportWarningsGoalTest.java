package dev.netmove.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suite whose topology imports: the import report's warnings are at the end of the run, as netmove:import prints them. */
class ImportWarningsGoalTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void the_warnings_of_an_imported_topology_are_logged_once_at_the_end_of_the_run() throws IOException {
        write("src/test/features/two-pods.yaml", dev.netmove.steps.FeatureProjectAccess.twoPods()
                .replace("topology: two-pods\n", "topology: two-pods\nimport:\n  - lldp: sources/lldp.csv\n"));
        // the two ends of agg-a--core1 give different speeds: a warning of the import report
        write("src/test/features/sources/lldp.csv", "device,port,neighbor,neighbor_port,speed\n"
                + "core1,Eth1/1,agg-a,Eth1/49,40Gbps\nagg-a,Eth1/49,core1,Eth1/1,100Gbps\n");
        String scenario = """
                  Scenario: web01 moves within pod A %s
                    Given the topology "two-pods.yaml"
                    When VM "web01" migrates to host "esx-a1"
                    Then the migration succeeds
                """;
        write("src/test/features/moves.feature", "Feature: moves\n" + scenario.formatted("once") + scenario.formatted("twice"));
        VerifySettings settings = new VerifySettings(project, List.of(), List.of(), null, true, Path.of("target/netmove"),
                project.resolve("target/test-classes"), null, null);

        VerifyGoal.run(settings, log);

        assertThat(log.lines).filteredOn(line -> line.startsWith("warn: netmove: import: ")).containsExactly(
                "warn: netmove: import: src/test/features/sources/lldp.csv:3: the two ends of core1:Eth1/1 -- agg-a:Eth1/49"
                        + " give the speeds 40Gbps and 100Gbps; the lower, 40Gbps, is kept");
    }
}
