package dev.netmove.engine.topology;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * A VTEP: the VLANs it stretches over the routed fabric and the VNI of each.
 *
 * @param vtep the VTEP's loopback address, reachable over routed links
 * @param vlanToVni VLAN to VNI (1-16777215); VTEPs that map one VNI share its layer-2 domain
 */
public record Vxlan(Ipv4Address vtep, SortedMap<Integer, Integer> vlanToVni) {

    public Vxlan(Ipv4Address vtep, Map<Integer, Integer> vlanToVni) {
        this(vtep, Maps.sortedCopy(vlanToVni));
    }

    public Vxlan {
        Objects.requireNonNull(vtep, "vtep");
        vlanToVni = Maps.sortedCopy(vlanToVni);
        java.util.Map<Integer, Integer> seen = new java.util.HashMap<>();
        vlanToVni.forEach((vlan, vni) -> {
            if (vlan < 1 || vlan > 4094) {
                throw new IllegalArgumentException("VLAN " + vlan + " is outside 1-4094");
            }
            if (vni < 1 || vni > 16_777_215) {
                throw new IllegalArgumentException("VNI " + vni + " is outside 1-16777215");
            }
            Integer other = seen.putIfAbsent(vni, vlan);
            if (other != null) {
                throw new IllegalArgumentException("VNI " + vni + " is mapped from both VLAN " + other + " and VLAN " + vlan);
            }
        });
    }

    /** The VNI that {@code vlan} is stretched over, or 0 when this VTEP does not map it. */
    public int vniOf(int vlan) {
        Integer vni = vlanToVni.get(vlan);
        return vni == null ? 0 : vni;
    }
}
