package dev.netmove.glossary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClosestPhrasesTest {

    private static final StepGlossary NETMOVE = StepGlossary.netmove();

    private static List<String> closest(String step) {
        return ClosestPhrases.to(step, NETMOVE).stream().map(p -> p.keyword() + " " + p.expression()).toList();
    }

    @Test
    void a_typo_finds_the_phrase_with_the_same_words_in_the_same_order_before_phrases_sharing_more_words() {
        // "VM {string} can migrate to every host of its cluster" shares the word migrate, but has more words to change
        assertThat(closest("VM \"x\" migrate to host \"h\"")).containsExactly("When VM {string} migrates to host {string}");
    }

    @Test
    void values_stand_for_their_parameters_whatever_their_unit_or_sign() {
        assertThat(closest("the migration complete within 2 minutes"))
                .first().isEqualTo("Then the migration completes within {duration}");
        assertThat(closest("link \"agg1-core1\" stay below 60% utilisation"))
                .first().isEqualTo("Then link {string} stays below {percent} utilization");
        assertThat(closest("traffic from VM \"web01\" to its default gateway take at most 3 hops"))
                .first().isEqualTo("Then traffic from VM {string} to its default gateway takes at most {int} hop(s)");
    }

    @Test
    void a_missing_word_is_found_and_near_ties_are_listed_best_first() {
        assertThat(closest("the switchover downtime at most 1 s"))
                .first().isEqualTo("Then the switchover downtime is at most {duration}");
        assertThat(closest("the switchover downtime at most 1 s")).hasSizeLessThanOrEqualTo(ClosestPhrases.MAX_SUGGESTIONS);
    }

    @Test
    void a_step_unlike_every_phrase_gets_no_suggestion() {
        assertThat(closest("the firewall reboots twice")).isEmpty();
        assertThat(closest("the network is ready")).isEmpty();
    }
}
