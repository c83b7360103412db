package dev.netmove.engine.l2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one path value: a chain of devices and links checked once, its hops, core entries and printing. */
class WalkTest {

    private final Topology pods = TwoPods.load();

    private Link link(String name) {
        return pods.requireLink(name);
    }

    private Walk acrossThePods() {
        return new Walk(List.of("esx-a1", "acc-a1", "agg1", "core1", "agg3"),
                List.of(link("esx-a1--acc-a1"), link("acc-a1--agg1"), link("agg1--core1"), link("core1--agg3")));
    }

    @Test
    void a_walk_is_printed_as_its_devices_joined_by_arrows() {
        assertThat(acrossThePods()).hasToString("esx-a1 > acc-a1 > agg1 > core1 > agg3");
        assertThat(acrossThePods().from()).isEqualTo("esx-a1");
        assertThat(acrossThePods().to()).isEqualTo("agg3");
    }

    @Test
    void hops_count_every_device_after_the_first_the_last_included() {
        assertThat(acrossThePods().hops()).isEqualTo(4);
        assertThat(Walk.at("agg1").hops()).isZero();
        assertThat(Walk.at("agg1")).hasToString("agg1");
    }

    @Test
    void a_link_that_does_not_join_its_neighbours_is_refused() {
        assertThatThrownBy(() -> new Walk(List.of("esx-a1", "agg1"), List.of(link("acc-a1--agg1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("link acc-a1--agg1 does not join esx-a1 and agg1");
        assertThatThrownBy(() -> new Walk(List.of("esx-a1"), List.of(link("esx-a1--acc-a1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a path of 1 links has 2 devices, not 1");
        assertThatThrownBy(() -> new Walk(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_walk_goes_on_only_from_where_it_ends() {
        Walk up = new Walk(List.of("esx-a1", "acc-a1"), List.of(link("esx-a1--acc-a1")));
        Walk on = new Walk(List.of("acc-a1", "agg1"), List.of(link("acc-a1--agg1")));
        assertThat(up.then(on)).hasToString("esx-a1 > acc-a1 > agg1");
        assertThat(up.then(on).links()).containsExactly(link("esx-a1--acc-a1"), link("acc-a1--agg1"));
        assertThat(up.then(Walk.at("acc-a1"))).isEqualTo(up);
        assertThatThrownBy(() -> on.then(up)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a path ending at agg1 cannot go on from esx-a1");
    }

    @Test
    void a_walk_built_hop_by_hop_is_checked_when_built() {
        Walk.Builder builder = Walk.from("esx-a1").step(link("esx-a1--acc-a1"), "acc-a1");
        assertThat(builder.at()).isEqualTo("acc-a1");
        assertThatThrownBy(() -> builder.then(acrossThePods(), 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a path at acc-a1 cannot go on from esx-a1");
        Walk onward = new Walk(List.of("acc-a1", "agg1", "core1"), List.of(link("acc-a1--agg1"), link("agg1--core1")));
        assertThat(builder.then(onward, 1).build()).hasToString("esx-a1 > acc-a1 > agg1");
        assertThat(builder).hasToString("esx-a1 > acc-a1 > agg1");
        assertThatThrownBy(() -> Walk.from("esx-a1").step(link("agg1--core1"), "core1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("link agg1--core1 does not join esx-a1 and core1");
    }

    @Test
    void the_reversed_walk_passes_the_same_links_the_other_way() {
        Walk back = acrossThePods().reversed();
        assertThat(back).hasToString("agg3 > core1 > agg1 > acc-a1 > esx-a1");
        assertThat(back.links()).containsExactly(link("core1--agg3"), link("agg1--core1"), link("acc-a1--agg1"),
                link("esx-a1--acc-a1"));
    }

    @Test
    void the_core_is_crossed_once_for_each_entry_into_it() {
        assertThat(acrossThePods().coreEntries(pods)).containsExactly("core1");
        Walk thereAndBack = acrossThePods().then(new Walk(List.of("agg3", "core1", "agg1"),
                List.of(link("core1--agg3"), link("agg1--core1"))));
        assertThat(thereAndBack).hasToString("esx-a1 > acc-a1 > agg1 > core1 > agg3 > core1 > agg1");
        assertThat(thereAndBack.coreCrossings(pods)).isEqualTo(2);
        assertThat(thereAndBack.crosses("core1")).isTrue();
        assertThat(thereAndBack.crosses("esx-b1")).isFalse();
        assertThat(Walk.at("esx-a1").coreCrossings(pods)).isZero();
    }

    @Test
    void the_paths_of_the_engine_are_printed_and_counted_as_their_walk() {
        Layer2Path path = new Layer2Path(110, acrossThePods());
        RoutedPath routed = new RoutedPath(acrossThePods(), 4);
        assertThat(path).hasToString(acrossThePods().toString());
        assertThat(routed).hasToString(acrossThePods().toString());
        assertThat(path.hops()).isEqualTo(routed.hops()).isEqualTo(4);
        assertThat(path.devices()).isEqualTo(routed.devices()).containsExactly("esx-a1", "acc-a1", "agg1", "core1", "agg3");
    }
}
