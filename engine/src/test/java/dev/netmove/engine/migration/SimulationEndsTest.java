package dev.netmove.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every simulation ends: with a time, or with a verdict that says why it never completes. */
class SimulationEndsTest {

    @Test
    void a_512TiB_vm_on_10G_ends_with_its_time() {
        Racks racks = new Racks().vm("web01", "esx1", "512TiB", "100MB/s");

        MigrationResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> racks.run("web01>esx3")).migrationOf("web01").orElseThrow();

        assertThat(result.toString()).contains("completes after 8628min").contains("559TiB sent");
    }

    @Test
    void a_migration_that_would_take_centuries_never_completes_and_says_so_with_the_figures() {
        // 1Gbps keeps the stream above vSphere's 250 Mbit/s minimum share, so only the size makes it endless
        Racks racks = new Racks().hostSpeed("1Gbps").vm("web01", "esx1", "1000000TiB", "0MB/s");

        MigrationResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> racks.run("web01>esx3")).migrationOf("web01").orElseThrow();

        assertThat(result.outcome()).isInstanceOf(MigrationOutcome.NeverCompletes.class);
        assertThat(((MigrationOutcome.NeverCompletes) result.outcome()).why())
                .startsWith("it would take more than 100 years, longer than netmove computes: ")
                .contains("still to send at 950Mbps")
                .contains("TiB for GiB");
    }

    @Test
    void an_interrupted_simulation_stops_and_says_it_was_stopped() {
        Racks racks = new Racks().vm("web01", "esx1", "16GiB", "100MB/s");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> racks.run("web01>esx3"))
                    .isInstanceOf(SimulationStoppedException.class)
                    .hasMessageStartingWith("the migration simulation was stopped after ");
        } finally {
            Thread.interrupted();
        }
    }
}
