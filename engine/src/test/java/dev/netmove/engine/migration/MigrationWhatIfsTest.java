package dev.netmove.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.UnknownNameException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationWhatIfsTest {

    private final Topology racks = new Racks().vm("a", "esx1", "16GiB", "0MB/s").topology().withLinkDown("esx4-leaf2");

    @Test
    void a_vmotion_limit_on_one_link_changes_that_link_only_and_keeps_what_is_down() {
        Topology limited = MigrationWhatIfs.withVmotionShare(racks, "leaf1-spine1", Percent.ofWhole(20));

        assertThat(limited.requireLink("leaf1-spine1").vmotionShare()).hasValue(Percent.ofWhole(20));
        assertThat(limited.requireLink("leaf2-spine1").vmotionShare()).isEmpty();
        assertThat(limited.downLinks()).containsExactly("esx4-leaf2");
        assertThat(racks.requireLink("leaf1-spine1").vmotionShare()).isEmpty();
    }

    @Test
    void a_vmotion_limit_on_every_link() {
        Topology limited = MigrationWhatIfs.withVmotionShareEverywhere(racks, Percent.ofWhole(40));

        assertThat(limited.links()).extracting(Link::vmotionShare).containsOnly(Optional.of(Percent.ofWhole(40)));
    }

    @Test
    void a_vmotion_limit_is_above_zero_and_at_most_the_whole_link() {
        assertThatThrownBy(() -> MigrationWhatIfs.withVmotionShareEverywhere(racks, Percent.ZERO))
                .hasMessage("a vMotion limit is a share above 0% and at most 100%, not 0%");
        assertThatThrownBy(() -> MigrationWhatIfs.withVmotionShare(racks, "leaf1-spine1", Percent.ofWhole(150)))
                .hasMessage("a vMotion limit is a share above 0% and at most 100%, not 150%");
        assertThatThrownBy(() -> MigrationWhatIfs.withVmotionShare(racks, "leaf1-spine", Percent.ofWhole(20)))
                .isInstanceOf(UnknownNameException.class);
    }

    @Test
    void a_dirty_rate_and_a_switchover_limit() {
        Topology hot = MigrationWhatIfs.withDirtyRate(racks, "a", Bandwidth.parse("300MB/s"));
        Topology strict = MigrationWhatIfs.withMaxDowntime(hot, TimeSpan.ofMillis(100));

        assertThat(strict.requireVm("a").dirtyRate()).isEqualTo(Bandwidth.parse("300MB/s"));
        assertThat(strict.requireVm("a").memory()).isEqualTo(racks.requireVm("a").memory());
        assertThat(strict.migration().maxDowntime()).hasValue(TimeSpan.ofMillis(100));
        assertThat(strict.migration().streamCap()).isEqualTo(racks.migration().streamCap());
        assertThatThrownBy(() -> MigrationWhatIfs.withMaxDowntime(racks, TimeSpan.ZERO))
                .hasMessage("the switchover time limit must be more than 0s");
    }

    @Test
    void a_what_if_keeps_every_change_but_its_own_and_a_link_keeps_its_ends() {
        Topology strict = MigrationWhatIfs.withMaxDowntime(MigrationWhatIfs.withVmotionShareEverywhere(racks,
                Percent.ofWhole(40)), TimeSpan.ofMillis(100));

        assertThat(strict.downLinks()).containsExactly("esx4-leaf2");
        assertThat(strict.requireLink("esx1-leaf1").vmotionShare()).hasValue(Percent.ofWhole(40));
        Link uplink = racks.requireLink("leaf1-spine1");
        assertThatThrownBy(() -> racks.withEachLink(link -> uplink))
                .hasMessageStartingWith("link esx1-leaf1: a what-if keeps a link's name and ends");
    }
}
