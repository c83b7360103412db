package dev.netmove.engine.migration;

import dev.netmove.engine.l2.Layer2Path;
import dev.netmove.engine.topology.Link;

import java.util.List;

/**
 * The devices and links a migration's memory crosses from the source host to the destination: the
 * vMotion VLAN's layer-2 path, or, for routed vMotion, the path through the vMotion gateway.
 *
 * @param devices from the source host to the destination host, a device again each time it is passed again
 * @param links   {@code links.get(i)} joins {@code devices.get(i)} and {@code devices.get(i + 1)}; for a
 *                port-channel, the member that the stream uses
 * @param routed  whether the path leaves the vMotion VLAN through a gateway
 */
public record TransferPath(List<String> devices, List<Link> links, boolean routed) {
    public TransferPath {
        devices = List.copyOf(devices);
        links = List.copyOf(links);
        if (devices.isEmpty() || devices.size() != links.size() + 1) {
            throw new IllegalArgumentException("a path of " + links.size() + " links needs " + (links.size() + 1)
                    + " devices, not " + devices.size());
        }
    }

    /** The layer-2 path of the vMotion VLAN, as a transfer path. */
    public static TransferPath of(Layer2Path path) {
        return new TransferPath(path.devices(), path.links(), false);
    }

    /** The devices joined by {@code " > "}. */
    @Override
    public String toString() {
        return String.join(" > ", devices);
    }
}
