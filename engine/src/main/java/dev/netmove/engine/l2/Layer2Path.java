package dev.netmove.engine.l2;

import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Link;
import java.util.List;
import java.util.Objects;

/**
 * The forwarding path of a VLAN between two devices: a {@link Walk} in that VLAN. Printed as
 * {@code esx-a1 > acc-a1 > agg1 > core1 > agg3 > acc-b1 > esx-b1}.
 */
public record Layer2Path(int vlan, Walk walk) implements Layer2Reach, AlongWalk {
    public Layer2Path {
        VlanSet.checkId(vlan);
        Objects.requireNonNull(walk, "walk");
    }

    /** The path of {@code vlan} over {@code devices} and {@code links}; see {@link Walk}. */
    public Layer2Path(int vlan, List<String> devices, List<Link> links) {
        this(vlan, new Walk(devices, links));
    }

    @Override
    public String from() {
        return walk.from();
    }

    @Override
    public String to() {
        return walk.to();
    }

    @Override
    public boolean reaches() {
        return true;
    }

    /** The devices joined by {@code " > "}. */
    @Override
    public String toString() {
        return walk.toString();
    }
}
