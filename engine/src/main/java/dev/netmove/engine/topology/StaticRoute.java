package dev.netmove.engine.topology;

import java.util.Objects;

/**
 * A static route; it wins over routes learned from the IGP.
 *
 * @param prefix the destination network
 * @param via the next hop's address
 */
public record StaticRoute(Ipv4Prefix prefix, Ipv4Address via) {
    public StaticRoute {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(via, "via");
    }
}
