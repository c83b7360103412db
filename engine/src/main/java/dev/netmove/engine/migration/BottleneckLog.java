package dev.netmove.engine.migration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What held one migration's first stream back, and for how long: per bottleneck (a code of {@link SharedLinks}: a
 * link direction's index, the stream cap, the window or a host's ceiling) the seconds, the most other migrations
 * that shared it and the last rate it allowed. Numbers only: the simulation updates it at every step.
 */
final class BottleneckLog {

    private static final int NONE = Integer.MIN_VALUE;

    // bottleneck -> {seconds, most other migrations sharing it, last rate}, in the order first met
    private final Map<Integer, double[]> heldBy = new LinkedHashMap<>();
    private int current = NONE;
    private int sharers;
    private double rate;

    /**
     * From now on the stream is held by {@code bottleneck} at {@code rate} bits per second, shared with
     * {@code others} other migrations.
     */
    void heldBy(int bottleneck, int others, double rate) {
        current = bottleneck;
        sharers = others;
        this.rate = rate;
    }

    /** The stream sent for {@code seconds} more under the bottleneck last set. */
    void sent(double seconds) {
        if (current == NONE) {
            return;
        }
        double[] spent = heldBy.computeIfAbsent(current, k -> new double[3]);
        spent[0] += seconds;
        spent[1] = Math.max(spent[1], sharers);
        spent[2] = rate;
    }

    /** The bottleneck that held the stream longest (the first met of equals), when there was one. */
    OptionalInt longest() {
        Integer longest = null;
        double most = 0;
        for (Map.Entry<Integer, double[]> entry : heldBy.entrySet()) {
            if (longest == null || entry.getValue()[0] > most) {
                longest = entry.getKey();
                most = entry.getValue()[0];
            }
        }
        return longest == null ? OptionalInt.empty() : OptionalInt.of(longest);
    }

    /** The rate {@code bottleneck} allowed the stream the last time it held it, in bits per second. */
    double rateOf(int bottleneck) {
        double[] spent = heldBy.get(bottleneck);
        return spent == null ? 0 : spent[2];
    }

    /** The seconds {@code bottleneck} held the stream. */
    double secondsOf(int bottleneck) {
        double[] spent = heldBy.get(bottleneck);
        return spent == null ? 0 : spent[0];
    }

    /** The most other migrations that shared {@code bottleneck} while it held the stream. */
    int sharersOf(int bottleneck) {
        double[] spent = heldBy.get(bottleneck);
        return spent == null ? 0 : (int) spent[1];
    }
}
