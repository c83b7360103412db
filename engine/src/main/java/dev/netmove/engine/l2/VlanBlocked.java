package dev.netmove.engine.l2;

import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Link;
import java.util.List;
import java.util.Objects;

/**
 * A VLAN that does not get from one device to another, with the first place that drops it along
 * the physical path that was tried.
 *
 * @param drop the first place on {@code triedDevices} where the VLAN leaves the layer-2 domain it
 *        has at {@code from}
 * @param triedDevices the physical path followed, {@code from} to {@code to}; empty when there is
 *        none or the VLAN stops at {@code from} itself
 * @param triedLinks the links of that path
 */
public record VlanBlocked(int vlan, String from, String to, VlanDrop drop, List<String> triedDevices,
                          List<Link> triedLinks) implements Layer2Reach {
    public VlanBlocked {
        VlanSet.checkId(vlan);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(drop, "drop");
        triedDevices = List.copyOf(triedDevices);
        triedLinks = List.copyOf(triedLinks);
        if (!triedDevices.isEmpty()) {
            new Walk(triedDevices, triedLinks); // checks the chain
        } else if (!triedLinks.isEmpty()) {
            throw new IllegalArgumentException("tried links without tried devices");
        }
    }

    @Override
    public boolean reaches() {
        return false;
    }

    /** {@code VLAN 110 from esx-a1 to esx-b1 is blocked: <drop> (path tried: esx-a1 > acc-a1 > ...)}. */
    @Override
    public String toString() {
        String tried = triedDevices.isEmpty() ? "" : " (path tried: " + new Walk(triedDevices, triedLinks) + ")";
        return "VLAN " + vlan + " from " + from + " to " + to + " is blocked: " + drop.describe() + tried;
    }
}
