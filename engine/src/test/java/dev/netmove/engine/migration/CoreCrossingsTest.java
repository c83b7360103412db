package dev.netmove.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.topology.Topology;
import org.junit.jupiter.api.Test;

class CoreCrossingsTest {

    @Test
    void a_move_between_leaves_of_a_core_switch_puts_the_memory_on_the_core_once() {
        // STEPS.md: the core is the devices of role core; a path crosses it once for each entry into it
        Racks racks = new Racks().spineRole("core").vm("a", "esx1", "16GiB", "0MB/s");
        Topology topology = racks.topology();

        MigrationResult across = racks.run("a>esx3").migrationOf("a").orElseThrow();
        MigrationResult beside = racks.run("a>esx2").migrationOf("a").orElseThrow();

        CoreCrossings core = new CoreCrossings(topology);
        assertThat(core.crosses(across)).isTrue();
        assertThat(core.entries(across.streams().get(0).path())).isEqualTo(1);
        assertThat(core.volume(across)).isEqualTo(across.sent());
        assertThat(core.crosses(beside)).isFalse();
        assertThat(core.volume(beside).isZero()).isTrue();
    }

    @Test
    void a_path_that_leaves_the_core_and_enters_it_again_counts_twice() {
        Topology topology = new Racks().spineRole("core").vm("a", "esx1", "1GiB", "0MB/s").topology();
        TransferPath path = new TransferPath(java.util.List.of("esx1", "leaf1", "spine1", "leaf2", "spine1", "leaf1"),
                java.util.List.of(topology.requireLink("esx1-leaf1"), topology.requireLink("leaf1-spine1"),
                        topology.requireLink("leaf2-spine1"), topology.requireLink("leaf2-spine1"),
                        topology.requireLink("leaf1-spine1")), false);

        assertThat(new CoreCrossings(topology).entries(path)).isEqualTo(2);
    }
}
