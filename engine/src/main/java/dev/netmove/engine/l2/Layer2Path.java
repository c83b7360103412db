package dev.netmove.engine.l2;

import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Link;
import java.util.List;

/**
 * The forwarding path of a VLAN between two devices: the devices in order and the link between
 * each neighbouring pair. Printed as {@code esx-a1 > acc-a1 > agg1 > core1 > agg3 > acc-b1 > esx-b1}.
 *
 * @param devices from first to last, at least one
 * @param links {@code links.get(i)} joins {@code devices.get(i)} and {@code devices.get(i + 1)}
 */
public record Layer2Path(int vlan, List<String> devices, List<Link> links) implements Layer2Reach {
    public Layer2Path {
        VlanSet.checkId(vlan);
        devices = List.copyOf(devices);
        links = List.copyOf(links);
        checkChain(devices, links);
    }

    static void checkChain(List<String> devices, List<Link> links) {
        if (devices.isEmpty() || devices.size() != links.size() + 1) {
            throw new IllegalArgumentException("a path of " + links.size() + " links has " + (links.size() + 1)
                    + " devices, not " + devices.size());
        }
        for (int i = 0; i < links.size(); i++) {
            if (!links.get(i).connects(devices.get(i), devices.get(i + 1))) {
                throw new IllegalArgumentException("link " + links.get(i).name() + " does not join "
                        + devices.get(i) + " and " + devices.get(i + 1));
            }
        }
    }

    @Override
    public String from() {
        return devices.get(0);
    }

    @Override
    public String to() {
        return devices.get(devices.size() - 1);
    }

    @Override
    public boolean reaches() {
        return true;
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
