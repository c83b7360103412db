package dev.netmove.engine.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestNamesTest {

    private static final List<String> DEVICES =
            List.of("core1", "core2", "agg-1", "agg-2", "acc-1", "esx-a1", "esx-a2", "esx-b1", "firewall");

    @Test
    void case_dashes_underscores_and_colons_do_not_count() {
        assertThat(ClosestNames.closest("agg1", DEVICES)).containsExactly("agg-1");
        assertThat(ClosestNames.closest("AGG_1", DEVICES)).containsExactly("agg-1");
        assertThat(ClosestNames.closest("esx:a1", DEVICES)).containsExactly("esx-a1");
        assertThat(ClosestNames.closest("Core 1", DEVICES)).containsExactly("core1");
    }

    @Test
    void close_names_come_best_first_and_ties_in_name_order() {
        assertThat(ClosestNames.closest("core3", DEVICES)).containsExactly("core1", "core2");
        assertThat(ClosestNames.closest("esx-a3", DEVICES)).containsExactly("esx-a1", "esx-a2");
        assertThat(ClosestNames.closest("esx-ba1", DEVICES)).containsExactly("esx-a1", "esx-b1", "esx-a2");
        assertThat(ClosestNames.closest("firwall", DEVICES)).containsExactly("firewall");
        assertThat(ClosestNames.closest("friewall", DEVICES)).containsExactly("firewall");
    }

    @Test
    void at_most_three_names_are_suggested() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add("leaf" + i);
        }
        assertThat(ClosestNames.closest("leafx", many)).containsExactly("leaf0", "leaf1", "leaf2");
    }

    @Test
    void names_that_are_not_reasonably_close_are_not_suggested() {
        assertThat(ClosestNames.closest("spine1", DEVICES)).isEmpty();
        assertThat(ClosestNames.closest("a", List.of("b", "ab"))).isEmpty();
        assertThat(ClosestNames.closest("x", List.of("X"))).containsExactly("X");
        assertThat(ClosestNames.closest("web", List.of("web01"))).isEmpty();
        assertThat(ClosestNames.closest("agg1", List.of())).isEmpty();
        assertThat(ClosestNames.closest("esx-a1-prod", List.of("esx-a2-prod", "esx-b9-test"))).containsExactly(
                "esx-a2-prod");
    }

    @Test
    void a_known_name_listed_twice_is_suggested_once() {
        assertThat(ClosestNames.closest("agg1", List.of("agg-1", "agg-1"))).containsExactly("agg-1");
    }

    @Test
    void did_you_mean_reads_as_a_sentence() {
        assertThat(ClosestNames.didYouMean("agg1", DEVICES)).isEqualTo(" (did you mean \"agg-1\"?)");
        assertThat(ClosestNames.didYouMean("core3", DEVICES)).isEqualTo(" (did you mean \"core1\" or \"core2\"?)");
        assertThat(ClosestNames.didYouMean("leaf5", List.of("leaf4", "leaf3", "leaf2", "leaf1")))
                .isEqualTo(" (did you mean \"leaf1\", \"leaf2\" or \"leaf3\"?)");
        assertThat(ClosestNames.didYouMean("spine1", DEVICES)).isEmpty();
    }

    @Test
    void the_distance_counts_a_swap_of_neighbours_as_one_edit() {
        assertThat(ClosestNames.distance("ab", "ba", 5)).isEqualTo(1);
        assertThat(ClosestNames.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(ClosestNames.distance("kitten", "sitting", 1)).isEqualTo(2);
        assertThat(ClosestNames.distance("", "abc", 5)).isEqualTo(3);
        assertThat(ClosestNames.distance("same", "same", 0)).isZero();
    }

    @Test
    void when_nothing_is_close_the_known_names_are_listed_instead() {
        assertThat(ClosestNames.didYouMeanOrKnown("zzzzzz", DEVICES))
                .isEqualTo(" (known: acc-1, agg-1, agg-2, core1, core2, esx-a1, esx-a2, esx-b1 and 1 more)");
        assertThat(ClosestNames.didYouMeanOrKnown("zzzzzz", List.of("b", "a"))).isEqualTo(" (known: a, b)");
        assertThat(ClosestNames.didYouMeanOrKnown("zzzzzz", List.of())).isEqualTo(" (there are none)");
        assertThat(ClosestNames.didYouMeanOrKnown("core3", DEVICES)).startsWith(" (did you mean \"core1\"");
    }

    private static final List<String> LINKS = List.of("agg1-core1", "agg2-core1", "agg1-agg2",
            "acc1:Fo1/0/49--agg1:FortyGigabitEthernet1/0/1", "acc1:Fo1/0/50--agg2:FortyGigabitEthernet1/0/1",
            "acc2:Fo1/0/49--agg2:FortyGigabitEthernet1/0/2", "acc2:Fo1/0/50--agg1:FortyGigabitEthernet1/0/2",
            "acc3:Fo1/0/49--agg1:FortyGigabitEthernet1/0/3", "acc3:Fo1/0/50--agg2:FortyGigabitEthernet1/0/3",
            "esx1:vmnic0--acc1:Eth1/1", "esx2:vmnic0--acc2:Eth1/1");

    @Test
    void when_nothing_is_close_the_names_sharing_its_words_are_listed_first() {
        // acc2-agg2 is no link's name, and no name is within did-you-mean distance: the known list helps instead
        assertThat(ClosestNames.didYouMean("acc2-agg2", LINKS)).isEmpty();
        assertThat(ClosestNames.didYouMeanOrKnown("acc2-agg2", LINKS)).isEqualTo(" (known: "
                + "acc2:Fo1/0/49--agg2:FortyGigabitEthernet1/0/2, agg1-agg2, agg2-core1, esx2:vmnic0--acc2:Eth1/1, "
                + "acc2:Fo1/0/50--agg1:FortyGigabitEthernet1/0/2, acc1:Fo1/0/50--agg2:FortyGigabitEthernet1/0/1, "
                + "acc3:Fo1/0/50--agg2:FortyGigabitEthernet1/0/3, agg1-core1 and 3 more)");
    }

    @Test
    void the_ranking_is_words_shared_then_edits_then_name_order() {
        assertThat(ClosestNames.ranked("AGG2 core9", List.of("agg1-core1", "agg2-core1", "agg2-core2", "x")))
                .containsExactly("agg2-core1", "agg2-core2", "agg1-core1", "x");
        // the same distance and no word in common: name order, whatever order they were given in
        assertThat(ClosestNames.ranked("zz", List.of("bb", "aa", "cc", "aa"))).containsExactly("aa", "bb", "cc");
        assertThat(ClosestNames.ranked("zz", List.of())).isEmpty();
    }
}
