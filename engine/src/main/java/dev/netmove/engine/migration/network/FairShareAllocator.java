package dev.netmove.engine.migration.network;

import java.util.Arrays;
import java.util.Objects;

/**
 * Max-min fair rates for flows sharing capacity: progressive filling (water-filling). Every flow's
 * rate rises at the same pace until a resource it crosses is full or it reaches its own cap; those
 * flows stop there and the others keep rising. The result is the unique allocation in which no
 * flow can get more without taking from a flow that has no more than it.
 *
 * <p>Rates and capacities are plain numbers in one unit of the caller's choosing (the migration
 * model uses bits per second); the arithmetic is in doubles and visits flows and resources in index
 * order, so the same input always gives the same output.
 */
public final class FairShareAllocator {

    /** What stopped a flow's rate from rising: {@link #OWN_CAP}, or the index of a full resource. */
    public static final int OWN_CAP = -1;

    // a resource counts as full when less than this share of its capacity is left (rounding of repeated sums)
    private static final double FULL = 1e-12;

    private FairShareAllocator() {
    }

    /**
     * The max-min fair rates.
     *
     * @param capacities    what each resource can carry, at least 0
     * @param flowResources for each flow, the resources it crosses (a resource listed twice is crossed twice)
     * @param flowCaps      for each flow, its own ceiling ({@link Double#POSITIVE_INFINITY} for none), at least 0
     * @throws IllegalArgumentException for a negative or NaN capacity or cap, an unknown resource index, or a
     *                                  flow that crosses no resource and has no cap (it would grow without end)
     */
    public static Allocation allocate(double[] capacities, int[][] flowResources, double[] flowCaps) {
        Objects.requireNonNull(capacities, "capacities");
        Objects.requireNonNull(flowResources, "flowResources");
        Objects.requireNonNull(flowCaps, "flowCaps");
        int resources = capacities.length;
        int flows = flowResources.length;
        if (flowCaps.length != flows) {
            throw new IllegalArgumentException(flows + " flows but " + flowCaps.length + " caps");
        }
        for (int r = 0; r < resources; r++) {
            if (!(capacities[r] >= 0)) {
                throw new IllegalArgumentException("resource " + r + " has capacity " + capacities[r]);
            }
        }
        double[] left = capacities.clone();
        int[] crossing = new int[resources];
        for (int f = 0; f < flows; f++) {
            if (!(flowCaps[f] >= 0)) {
                throw new IllegalArgumentException("flow " + f + " has cap " + flowCaps[f]);
            }
            if (flowResources[f].length == 0 && flowCaps[f] == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("flow " + f + " crosses no resource and has no cap");
            }
            for (int r : flowResources[f]) {
                if (r < 0 || r >= resources) {
                    throw new IllegalArgumentException("flow " + f + " crosses unknown resource " + r);
                }
                crossing[r]++;
            }
        }
        double[] rates = new double[flows];
        int[] bottleneck = new int[flows];
        boolean[] frozen = new boolean[flows];
        boolean[] full = new boolean[resources];
        int rising = flows;
        double level = 0;
        while (rising > 0) {
            // the smallest step at which a resource fills up or a flow meets its cap
            double step = Double.POSITIVE_INFINITY;
            for (int r = 0; r < resources; r++) {
                if (crossing[r] > 0) {
                    step = Math.min(step, left[r] / crossing[r]);
                }
            }
            for (int f = 0; f < flows; f++) {
                if (!frozen[f]) {
                    step = Math.min(step, flowCaps[f] - level);
                }
            }
            step = Math.max(0, step);
            level += step;
            for (int r = 0; r < resources; r++) {
                if (crossing[r] > 0) {
                    left[r] = Math.max(0, left[r] - step * crossing[r]);
                    if (left[r] <= FULL * capacities[r]) {
                        full[r] = true;
                    }
                }
            }
            for (int f = 0; f < flows; f++) {
                if (frozen[f]) {
                    continue;
                }
                int limit = Integer.MIN_VALUE;
                for (int r : flowResources[f]) {
                    if (full[r]) {
                        limit = r;
                        break;
                    }
                }
                if (limit == Integer.MIN_VALUE && flowCaps[f] != Double.POSITIVE_INFINITY
                        && flowCaps[f] - level <= FULL * Math.max(1, flowCaps[f])) {
                    limit = OWN_CAP;
                }
                if (limit != Integer.MIN_VALUE) {
                    frozen[f] = true;
                    rising--;
                    bottleneck[f] = limit;
                    rates[f] = limit == OWN_CAP ? flowCaps[f] : level;
                    for (int r : flowResources[f]) {
                        crossing[r]--;
                    }
                }
            }
        }
        return new Allocation(rates, bottleneck);
    }

    /** The rate of each flow and what limited it, by flow index. */
    public static final class Allocation {
        private final double[] rates;
        private final int[] bottlenecks;

        Allocation(double[] rates, int[] bottlenecks) {
            this.rates = rates;
            this.bottlenecks = bottlenecks;
        }

        /** How many flows were allocated. */
        public int size() {
            return rates.length;
        }

        /** Flow {@code flow}'s rate. */
        public double rate(int flow) {
            return rates[flow];
        }

        /** The full resource that stopped flow {@code flow}, or {@link #OWN_CAP} when its own cap did. */
        public int bottleneck(int flow) {
            return bottlenecks[flow];
        }

        /** Every rate, by flow index (a copy). */
        public double[] rates() {
            return rates.clone();
        }

        @Override
        public String toString() {
            return "rates " + Arrays.toString(rates) + ", bottlenecks " + Arrays.toString(bottlenecks);
        }
    }
}
