package dev.netmove.engine.migration.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FairShareAllocatorTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void the_classic_three_flow_example_gives_the_long_flow_the_share_of_its_tightest_link() {
        // Bertsekas & Gallager, Data Networks, section 6.5.2 (max-min fairness): a long flow crosses two links,
        // each short flow one of them. Link 0 (capacity 1) is the tightest: the long flow and short flow 1
        // get 1/2 each; short flow 2 takes what the long flow leaves of link 1 (capacity 2): 3/2.
        FairShareAllocator.Allocation allocation = FairShareAllocator.allocate(new double[] {1, 2},
                new int[][] {{0, 1}, {0}, {1}}, new double[] {INF, INF, INF});

        assertThat(allocation.rate(0)).isCloseTo(0.5, within(1e-12));
        assertThat(allocation.rate(1)).isCloseTo(0.5, within(1e-12));
        assertThat(allocation.rate(2)).isCloseTo(1.5, within(1e-12));
        assertThat(allocation.bottleneck(0)).isZero();
        assertThat(allocation.bottleneck(2)).isEqualTo(1);
    }

    @Test
    void three_flows_on_a_line_of_two_equal_links_get_half_each() {
        // the symmetric form of the same example: every flow is held by a link it shares with one other
        FairShareAllocator.Allocation allocation = FairShareAllocator.allocate(new double[] {1, 1},
                new int[][] {{0, 1}, {0}, {1}}, new double[] {INF, INF, INF});

        assertThat(allocation.rates()).containsExactly(new double[] {0.5, 0.5, 0.5}, within(1e-12));
    }

    @Test
    void a_flow_held_by_its_own_cap_leaves_the_rest_to_the_others() {
        // 10 units shared by three flows, one capped at 2: the other two share the remaining 8
        FairShareAllocator.Allocation allocation = FairShareAllocator.allocate(new double[] {10},
                new int[][] {{0}, {0}, {0}}, new double[] {2, INF, INF});

        assertThat(allocation.rates()).containsExactly(new double[] {2, 4, 4}, within(1e-12));
        assertThat(allocation.bottleneck(0)).isEqualTo(FairShareAllocator.OWN_CAP);
        assertThat(allocation.bottleneck(1)).isZero();
    }

    @Test
    void flows_on_disjoint_resources_do_not_interact() {
        FairShareAllocator.Allocation allocation = FairShareAllocator.allocate(new double[] {10, 4},
                new int[][] {{0}, {1}}, new double[] {INF, INF});

        assertThat(allocation.rates()).containsExactly(new double[] {10, 4}, within(1e-12));
    }

    @Test
    void a_full_resource_gives_its_flows_nothing() {
        FairShareAllocator.Allocation allocation = FairShareAllocator.allocate(new double[] {0, 5},
                new int[][] {{0, 1}, {1}}, new double[] {INF, INF});

        assertThat(allocation.rates()).containsExactly(new double[] {0, 5}, within(1e-12));
    }

    @Test
    void no_flow_can_get_more_without_taking_from_a_flow_that_has_no_more() {
        // the max-min property on a small mesh: every flow has a full resource on which it has the largest rate
        double[] capacities = {9, 4, 7, 3};
        int[][] flows = {{0, 1}, {0, 2}, {1, 3}, {2}, {0}, {3, 2}};
        FairShareAllocator.Allocation allocation = FairShareAllocator.allocate(capacities, flows,
                new double[] {INF, INF, INF, INF, 1.5, INF});

        double[] used = new double[capacities.length];
        for (int f = 0; f < flows.length; f++) {
            for (int r : flows[f]) {
                used[r] += allocation.rate(f);
            }
        }
        for (int r = 0; r < capacities.length; r++) {
            assertThat(used[r]).isLessThanOrEqualTo(capacities[r] + 1e-9);
        }
        for (int f = 0; f < flows.length; f++) {
            int bottleneck = allocation.bottleneck(f);
            if (bottleneck == FairShareAllocator.OWN_CAP) {
                assertThat(allocation.rate(f)).isEqualTo(1.5);
                continue;
            }
            assertThat(used[bottleneck]).isCloseTo(capacities[bottleneck], within(1e-9));
            for (int g = 0; g < flows.length; g++) {
                for (int r : flows[g]) {
                    if (r == bottleneck) {
                        assertThat(allocation.rate(g)).isLessThanOrEqualTo(allocation.rate(f) + 1e-9);
                    }
                }
            }
        }
    }

    @Test
    void a_flow_without_resources_or_cap_is_refused() {
        assertThatThrownBy(() -> FairShareAllocator.allocate(new double[] {1}, new int[][] {{}}, new double[] {INF}))
                .hasMessage("flow 0 crosses no resource and has no cap");
    }
}
