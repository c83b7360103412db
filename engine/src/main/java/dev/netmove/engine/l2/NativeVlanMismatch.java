package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import java.util.Objects;

/**
 * A trunk whose two ends send different VLANs untagged (native VLAN mismatch). Untagged frames of
 * one end's native VLAN arrive in the other end's native VLAN, so the two VLANs leak into each
 * other; between switches rapid-PVST sees it (the BPDUs carry the VLAN) and blocks the link for
 * both VLANs, and CDP reports the mismatch. Either way neither native VLAN is carried.
 *
 * @param vlan the VLAN asked about, one of the two native VLANs
 * @param betweenSwitches whether both ends are switches (spanning tree blocks the link)
 */
public record NativeVlanMismatch(Link link, int vlan, boolean betweenSwitches) implements VlanDrop {
    public NativeVlanMismatch {
        Objects.requireNonNull(link, "link");
        if (link.a().mode() != LinkMode.TRUNK || link.b().mode() != LinkMode.TRUNK
                || link.a().nativeVlan() == link.b().nativeVlan()) {
            throw new IllegalArgumentException("link " + link.name() + " is not a trunk with different native VLANs");
        }
        if (vlan != link.a().nativeVlan() && vlan != link.b().nativeVlan()) {
            throw new IllegalArgumentException("VLAN " + vlan + " is not a native VLAN of link " + link.name());
        }
    }

    @Override
    public String describe() {
        LinkEnd a = link.a();
        LinkEnd b = link.b();
        int low = Math.min(a.nativeVlan(), b.nativeVlan());
        int high = Math.max(a.nativeVlan(), b.nativeVlan());
        String consequence = betweenSwitches
                ? "so rapid-PVST blocks the link for both (CDP reports the mismatch)"
                : "so neither is carried on it";
        return "link \"" + link.name() + "\" has a native VLAN mismatch: native VLAN " + a.nativeVlan() + " at "
                + a.endpoint() + " but native VLAN " + b.nativeVlan() + " at " + b.endpoint()
                + "; untagged frames leak between VLANs " + low + " and " + high + ", " + consequence;
    }

    @Override
    public String toString() {
        return describe();
    }
}
