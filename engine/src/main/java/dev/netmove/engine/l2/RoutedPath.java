package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import java.util.List;

/**
 * A path over routed hops (routed links, or a VLAN between two transit SVIs): the devices in
 * order, the link between each neighbouring pair, and the IGP cost of the whole.
 *
 * @param devices from first to last, at least one
 * @param links {@code links.get(i)} joins {@code devices.get(i)} and {@code devices.get(i + 1)}; a hop
 *        over a transit SVI lists the layer-2 links of the VLAN between the two devices
 * @param cost the sum of the IGP costs of the hops
 */
public record RoutedPath(List<String> devices, List<Link> links, long cost) {
    public RoutedPath {
        devices = List.copyOf(devices);
        links = List.copyOf(links);
        Layer2Path.checkChain(devices, links);
        if (cost < 0) {
            throw new IllegalArgumentException("an IGP cost cannot be negative: " + cost);
        }
    }

    public String from() {
        return devices.get(0);
    }

    public String to() {
        return devices.get(devices.size() - 1);
    }

    /** The devices joined by {@code " > "}. */
    @Override
    public String toString() {
        return String.join(" > ", devices);
    }
}
