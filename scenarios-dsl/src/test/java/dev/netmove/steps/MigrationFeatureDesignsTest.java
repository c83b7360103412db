package dev.netmove.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the acceptance features of features/src/test/features/migration cannot say with steps that pass:
 * that without a vMotion QoS class the blade chassis's uplinks saturate, and that the QoS class makes the
 * evacuation slower. Runs the features' own topology (shared from the root src/test-topologies), so the design and this
 * proof cannot drift apart.
 */
class MigrationFeatureDesignsTest {

    private static final Path BLADE_CHASSIS = Path.of(URI.create(
            MigrationFeatureDesignsTest.class.getResource("/test-topologies/migration/blade-chassis.yaml").toString()));

    @TempDir
    Path project;

    private FeatureProject.Outcome run(String steps) throws IOException {
        return new FeatureProject(project).file("src/test/features/blade-chassis.yaml", Files.readString(BLADE_CHASSIS))
                .run("Feature: blade chassis\n\n  Scenario: evacuation\n    Given the topology \"blade-chassis.yaml\"\n"
                        + steps);
    }

    @Test
    void without_a_vmotion_qos_class_the_evacuation_saturates_both_uplinks_of_the_chassis() throws IOException {
        for (String uplink : new String[] {"fi-a-up1", "fi-a-up2"}) {
            String message = run("    When host \"blade-a1\" enters maintenance mode\n"
                    + "    Then link \"" + uplink + "\" stays below 100% utilization\n").failure();

            assertThat(message).startsWith("Link \"" + uplink + "\" reaches 100% utilization.\n"
                            + "  expected: below 100% in each direction\n"
                            + "  found:    100% from fi-a to agg1 at 1s-")
                    .contains(": 6Gbps background + 4Gbps migration traffic (VMs app11, app12, app13, web11, web12, "
                            + "web13) on 10Gbps")
                    .contains("the link has no vMotion QoS limit");
        }
    }

    @Test
    void the_qos_class_makes_the_evacuation_take_longer_than_without_it() throws IOException {
        String message = run("""
                    Given vMotion traffic is limited to 20% of every link
                    When host "blade-a1" enters maintenance mode
                    Then the migration completes within 3 minutes
                """).failure();

        assertThat(message).startsWith("3 of 6 migrations do not complete within 3min.")
                .contains("vMotion QoS cap 2Gbps");
    }
}
