package dev.netmove.engine.l2;

import java.util.Objects;

/**
 * A path over routed hops (routed links, or a VLAN between two transit SVIs) and the IGP cost of
 * the whole. A hop over a transit SVI lists the layer-2 links of the VLAN between the two devices.
 *
 * @param cost the sum of the IGP costs of the hops
 */
public record RoutedPath(Walk walk, long cost) implements AlongWalk {
    public RoutedPath {
        Objects.requireNonNull(walk, "walk");
        if (cost < 0) {
            throw new IllegalArgumentException("an IGP cost cannot be negative: " + cost);
        }
    }

    /** The devices joined by {@code " > "}. */
    @Override
    public String toString() {
        return walk.toString();
    }
}
