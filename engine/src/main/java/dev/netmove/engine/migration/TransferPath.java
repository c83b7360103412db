package dev.netmove.engine.migration;

import dev.netmove.engine.l2.AlongWalk;
import dev.netmove.engine.l2.Layer2Path;
import dev.netmove.engine.l2.RoutedPath;
import dev.netmove.engine.l2.Walk;
import dev.netmove.engine.topology.Link;
import java.util.List;
import java.util.Objects;

/**
 * The walk a migration's memory takes from the source host to the destination: the vMotion VLAN's
 * layer-2 path, or, for routed vMotion, the path through the vMotion gateway. For a port-channel,
 * the walk names the member that the stream uses; across a VXLAN fabric, the underlay's routed links.
 *
 * @param routed whether the path leaves the vMotion VLAN through a gateway
 */
public record TransferPath(Walk walk, boolean routed) implements AlongWalk {
    public TransferPath {
        Objects.requireNonNull(walk, "walk");
    }

    /** The transfer over {@code devices} and {@code links}; see {@link Walk}. */
    public TransferPath(List<String> devices, List<Link> links, boolean routed) {
        this(new Walk(devices, links), routed);
    }

    /** The layer-2 path of the vMotion VLAN, as a transfer path. */
    public static TransferPath of(Layer2Path path) {
        return new TransferPath(path.walk(), false);
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
        return new TransferPath(toGateway.walk().then(routedHops.walk()).then(fromGateway.walk()), true);
    }

    /** The devices joined by {@code " > "}. */
    @Override
    public String toString() {
        return walk.toString();
    }
}
