package dev.netmove.engine.migration;

import java.util.HashMap;
import java.util.Map;

/**
 * The hosts' control planes, which prepare migrations one after the other: of each migration's setup, a share
 * ({@code serialSetup}) waits until both its hosts have finished the serial part of the migrations before it, so
 * that concurrent migrations start staggered; the rest runs in parallel.
 */
final class ControlPlanes {

    private final double serial;
    private final double parallel;
    private final Map<String, Double> freeAt = new HashMap<>();

    /**
     * @param setupSeconds each migration's setup
     * @param serialShare  the share of it that is serial per host, from 0 to 1
     */
    ControlPlanes(double setupSeconds, double serialShare) {
        this.serial = setupSeconds * serialShare;
        this.parallel = setupSeconds - serial;
    }

    /** A migration between the two hosts begins its setup at {@code now}: when its setup ends. */
    double setupEnd(String source, String destination, double now) {
        if (serial <= 0) {
            return now + parallel;
        }
        double begin = Math.max(now, Math.max(freeAt.getOrDefault(source, 0.0), freeAt.getOrDefault(destination, 0.0)));
        double serialEnd = begin + serial;
        freeAt.put(source, serialEnd);
        freeAt.put(destination, serialEnd);
        return serialEnd + parallel;
    }
}
