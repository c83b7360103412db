package dev.netmove.report;

import dev.netmove.engine.quantity.Percent;

import java.util.Objects;
import java.util.Optional;

/**
 * A utilization limit a scenario asserted: on one link, or on every link when {@code link} is empty.
 *
 * @param link  the link's name, or empty for every link
 * @param limit the utilization the link had to stay below
 */
public record Threshold(Optional<String> link, Percent limit) implements Comparable<Threshold> {

    public Threshold {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(limit, "limit");
    }

    /** Whether this limit applies to link {@code linkName}. */
    public boolean appliesTo(String linkName) {
        return link.isEmpty() || link.get().equals(linkName);
    }

    /** {@code below 60% (agg1-core1)} or {@code below 80% (every link)}. */
    public String label() {
        return "below " + limit + " (" + link.orElse("every link") + ")";
    }

    @Override
    public int compareTo(Threshold other) {
        int byLink = link.orElse("").compareTo(other.link.orElse(""));
        return byLink != 0 ? byLink : limit.compareTo(other.limit);
    }
}
