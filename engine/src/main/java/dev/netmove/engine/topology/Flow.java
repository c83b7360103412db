package dev.netmove.engine.topology;

import dev.netmove.engine.quantity.Bandwidth;
import java.util.Objects;

/**
 * Traffic a VM exchanges with another VM or a device (router, firewall, external network).
 *
 * @param from a VM or device name
 * @param to a VM or device name
 * @param rate the traffic's rate in the from-to direction
 */
public record Flow(String from, String to, Bandwidth rate) {
    public Flow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a flow from " + from + " to itself");
        }
        if (rate.bitsPerSecond() < 0) {
            throw new IllegalArgumentException("flow " + from + " -> " + to + ": rate cannot be negative");
        }
    }
}
