package dev.netmove.engine.topology;

import java.util.Objects;
import java.util.Optional;

/**
 * A layer-3 interface on a VLAN (a gateway), optionally shared through an FHRP.
 *
 * @param vlan the VLAN, 1-4094
 * @param ip the interface address; required when there is an FHRP
 * @param fhrp how the gateway is shared, if it is
 * @param transit whether routing may pass between devices through this VLAN (default false: the
 *        subnet is attached but passive)
 */
public record Svi(int vlan, Optional<InterfaceAddress> ip, Optional<Fhrp> fhrp, boolean transit) {
    public Svi {
        if (vlan < 1 || vlan > 4094) {
            throw new IllegalArgumentException("SVI VLAN " + vlan + " is outside 1-4094");
        }
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(fhrp, "fhrp");
        if (fhrp.isPresent() && ip.isEmpty()) {
            throw new IllegalArgumentException("SVI " + vlan + " has " + fhrp.get().protocol()
                    + " but no ip; an FHRP needs the interface's own address");
        }
        if (fhrp.isPresent() && fhrp.get() instanceof AnycastGateway anycast
                && !anycast.gateway().equals(ip.get().address())) {
            throw new IllegalArgumentException("SVI " + vlan + ": the anycast gateway " + anycast.gateway()
                    + " is not the SVI's address " + ip.get().address());
        }
    }

    /** The address VMs in this VLAN use as their default gateway: the FHRP's VIP, else the SVI's own IP. */
    public Optional<Ipv4Address> gatewayAddress() {
        if (fhrp.isPresent()) {
            return Optional.of(fhrp.get().gateway());
        }
        return ip.map(InterfaceAddress::address);
    }
}
