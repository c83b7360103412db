package dev.netmove.engine.migration;

import dev.netmove.engine.l2.Layer2Path;
import dev.netmove.engine.l2.RoutedPath;
import dev.netmove.engine.topology.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The devices and links a migration's memory crosses from the source host to the destination: the
 * vMotion VLAN's layer-2 path, or, for routed vMotion, the path through the vMotion gateway.
 *
 * @param devices from the source host to the destination host, a device again each time it is passed again
 * @param links   {@code links.get(i)} joins {@code devices.get(i)} and {@code devices.get(i + 1)}; for a
 *                port-channel, the member that the stream uses; across a VXLAN fabric, the underlay's
 *                routed links
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
        for (int i = 0; i < links.size(); i++) {
            if (!links.get(i).connects(devices.get(i), devices.get(i + 1))) {
                throw new IllegalArgumentException("link " + links.get(i).name() + " does not join "
                        + devices.get(i) + " and " + devices.get(i + 1));
            }
        }
    }

    /** The layer-2 path of the vMotion VLAN, as a transfer path. */
    public static TransferPath of(Layer2Path path) {
        return new TransferPath(path.devices(), path.links(), false);
    }

    /**
     * A routed transfer: the source's vMotion VLAN up to its gateway, the routed hops from there to
     * the device that has the destination's vMotion subnet, and that subnet's VLAN down to the
     * destination. Each part starts where the one before ends.
     */
    public static TransferPath routed(Layer2Path toGateway, RoutedPath routedHops, Layer2Path fromGateway) {
        Objects.requireNonNull(toGateway, "toGateway");
        Objects.requireNonNull(routedHops, "routedHops");
        Objects.requireNonNull(fromGateway, "fromGateway");
        if (!toGateway.to().equals(routedHops.from()) || !routedHops.to().equals(fromGateway.from())) {
            throw new IllegalArgumentException("the parts " + toGateway + ", " + routedHops + " and " + fromGateway
                    + " do not join end to start");
        }
        List<String> devices = new ArrayList<>(toGateway.devices());
        List<Link> links = new ArrayList<>(toGateway.links());
        devices.addAll(routedHops.devices().subList(1, routedHops.devices().size()));
        links.addAll(routedHops.links());
        devices.addAll(fromGateway.devices().subList(1, fromGateway.devices().size()));
        links.addAll(fromGateway.links());
        return new TransferPath(devices, links, true);
    }

    /** The number of links crossed. */
    public int hops() {
        return links.size();
    }

    /** Whether the path crosses {@code device} (its ends included). */
    public boolean crosses(String device) {
        return devices.contains(device);
    }

    /** The devices joined by {@code " > "}. */
    @Override
    public String toString() {
        return String.join(" > ", devices);
    }
}
