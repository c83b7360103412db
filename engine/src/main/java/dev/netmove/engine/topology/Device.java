package dev.netmove.engine.topology;

import dev.netmove.engine.quantity.VlanSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A device of the topology: a switch, router, firewall, external network or hypervisor host,
 * with its layer-2 and layer-3 configuration.
 *
 * <p>{@code vlans} are the VLANs that exist on the device; a VLAN not listed is not forwarded.
 * A switch whose file omits {@code vlans} has only VLAN 1, the default VLAN every switch has.
 * For a host, {@code vlans} is derived: the VLANs of its port groups and its vMotion interface
 * (untagged ones, VLAN 0, travel in the native VLAN of the host's link and are not listed).
 *
 * @param name unique in the topology
 * @param role what the device is
 * @param site the site it stands in, if given
 * @param pod the pod it belongs to, if given
 * @param vlans the VLANs that exist on it (derived for a host, see above)
 * @param stp spanning-tree priorities; present on every switch (default priority 32768), empty on hosts
 * @param svis layer-3 interfaces by VLAN
 * @param vpcPeer the other device of its vPC / VSS / MLAG pair
 * @param vxlan its VTEP, if it is one
 * @param routes static routes
 * @param host the hypervisor settings; present exactly when the role is host
 */
public record Device(String name, Role role, Optional<String> site, Optional<String> pod, VlanSet vlans,
                     Optional<Stp> stp, SortedMap<Integer, Svi> svis, Optional<String> vpcPeer,
                     Optional<Vxlan> vxlan, List<StaticRoute> routes, Optional<HostConfig> host) {

    /** The VLANs of a switch whose file does not list any: the default VLAN 1 only. */
    public static final VlanSet DEFAULT_SWITCH_VLANS = VlanSet.of(1);

    public Device(String name, Role role, Optional<String> site, Optional<String> pod, VlanSet vlans,
                  Optional<Stp> stp, Map<Integer, Svi> svis, Optional<String> vpcPeer,
                  Optional<Vxlan> vxlan, List<StaticRoute> routes, Optional<HostConfig> host) {
        this(name, role, site, pod, vlans, stp, Maps.sortedCopy(svis), vpcPeer, vxlan, routes, host);
    }

    public Device {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a device needs a name");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(pod, "pod");
        Objects.requireNonNull(stp, "stp");
        Objects.requireNonNull(vpcPeer, "vpcPeer");
        Objects.requireNonNull(vxlan, "vxlan");
        Objects.requireNonNull(host, "host");
        svis = Maps.sortedCopy(svis);
        routes = List.copyOf(routes);
        svis.forEach((vlan, svi) -> {
            if (vlan != svi.vlan()) {
                throw new IllegalArgumentException(name + ": SVI key " + vlan + " differs from its VLAN " + svi.vlan());
            }
        });
        if (role.isHost()) {
            if (host.isEmpty()) {
                throw new IllegalArgumentException(name + " is a host but has no host settings");
            }
            if (stp.isPresent() || !svis.isEmpty() || vpcPeer.isPresent() || vxlan.isPresent()) {
                throw new IllegalArgumentException(name + " is a host: it has no stp, svis, vpc or vxlan");
            }
            VlanSet derived = hostVlans(host.get());
            if (vlans != null && !vlans.isEmpty() && !vlans.equals(derived)) {
                throw new IllegalArgumentException(name + " is a host: its VLANs (" + derived
                        + ") come from its port groups and vMotion interface, not " + vlans);
            }
            vlans = derived;
        } else {
            Objects.requireNonNull(vlans, "vlans");
            if (host.isPresent()) {
                throw new IllegalArgumentException(name + " has host settings but its role is " + role);
            }
        }
        if (vpcPeer.isPresent() && vpcPeer.get().equals(name)) {
            throw new IllegalArgumentException(name + " cannot be its own vPC peer");
        }
    }

    /** A switch with the given VLANs and default spanning tree, and nothing else configured. */
    public static Device aSwitch(String name, Role role, VlanSet vlans) {
        if (!role.isSwitch()) {
            throw new IllegalArgumentException(role + " is not a switch role");
        }
        return new Device(name, role, Optional.empty(), Optional.empty(), vlans, Optional.of(Stp.DEFAULT),
                Map.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    /** A hypervisor host. */
    public static Device aHost(String name, HostConfig host) {
        return new Device(name, Role.HOST, Optional.empty(), Optional.empty(), VlanSet.NONE, Optional.empty(),
                Map.of(), Optional.empty(), Optional.empty(), List.of(), Optional.of(host));
    }

    private static VlanSet hostVlans(HostConfig host) {
        List<Integer> ids = new ArrayList<>();
        for (PortGroup group : host.portGroups().values()) {
            if (!group.isUntagged()) {
                ids.add(group.vlan());
            }
        }
        host.vmotion().ifPresent(v -> {
            if (v.vlan() != PortGroup.UNTAGGED) {
                ids.add(v.vlan());
            }
        });
        return VlanSet.of(ids);
    }

    /**
     * The VLANs this device carries: for a host those of its port groups and its vMotion
     * interface, for any other device its configured {@code vlans}. (Both are {@link #vlans()};
     * this name says what the analyses mean.)
     */
    public VlanSet effectiveVlans() {
        return vlans;
    }

    public boolean isHost() {
        return role.isHost();
    }

    public boolean isSwitch() {
        return role.isSwitch();
    }

    /** The host settings; throws for a device that is not a host. */
    public HostConfig hostConfig() {
        return host.orElseThrow(() -> new IllegalStateException(name + " is not a host (role: " + role + ")"));
    }

    public Optional<Svi> svi(int vlan) {
        return Optional.ofNullable(svis.get(vlan));
    }
}
