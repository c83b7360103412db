package dev.netmove.engine.flow;

import dev.netmove.engine.topology.Link;
import java.util.List;

/**
 * A routed path from one device to the device that takes the traffic on (the peer, or the
 * gateway of the peer's VLAN), with what decided it: static routes taken and equal-cost choices.
 *
 * @param devices from first to last, at least one
 * @param links {@code links.get(i)} joins {@code devices.get(i)} and {@code devices.get(i + 1)}
 * @param notes why the path is this one, e.g.
 *        {@code at agg1: equal-cost next hops core1, core2; core1 taken (its name sorts first)}
 */
public record Route(List<String> devices, List<Link> links, List<String> notes) {
    public Route {
        devices = List.copyOf(devices);
        links = List.copyOf(links);
        notes = List.copyOf(notes);
        if (devices.isEmpty() || devices.size() != links.size() + 1) {
            throw new IllegalArgumentException("a route of " + links.size() + " links has " + devices.size() + " devices");
        }
    }

    public String to() {
        return devices.get(devices.size() - 1);
    }

    @Override
    public String toString() {
        return String.join(" > ", devices);
    }
}
