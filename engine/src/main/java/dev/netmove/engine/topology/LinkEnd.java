package dev.netmove.engine.topology;

import dev.netmove.engine.quantity.VlanSet;
import java.util.Objects;
import java.util.Optional;

/**
 * One end of a link, holding the effective settings of that port: the link's values with this
 * end's overrides applied. The two ends may disagree; that is a misconfiguration the checks
 * report, never repaired here.
 *
 * @param device the device's name
 * @param port the port's name on the device, e.g. {@code Eth1/49} or {@code vmnic0}
 * @param mode trunk, access or routed
 * @param vlans a trunk's allowed VLANs; an access port's single VLAN; none on a routed port
 * @param nativeVlan the VLAN of untagged frames: a trunk's native VLAN, an access port's VLAN; 0 on a routed port
 * @param ip the port's address; present exactly on a routed port
 * @param source where this end's VLANs were read, as messages quote it
 *        ({@code switchport trunk allowed vlan 110,900 at configs/agg3.cfg:212}); empty for a typed topology
 */
public record LinkEnd(String device, String port, LinkMode mode, VlanSet vlans, int nativeVlan,
                      Optional<InterfaceAddress> ip, Optional<String> source) {

    public LinkEnd {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(vlans, "vlans");
        Objects.requireNonNull(ip, "ip");
        if (device.isBlank() || port.isBlank()) {
            throw new IllegalArgumentException("a link end needs a device and a port: \"" + device + ":" + port + "\"");
        }
        switch (mode) {
            case TRUNK -> {
                if (nativeVlan < 1 || nativeVlan > 4094) {
                    throw new IllegalArgumentException(device + ":" + port + ": native VLAN " + nativeVlan + " is outside 1-4094");
                }
                if (ip.isPresent()) {
                    throw new IllegalArgumentException(device + ":" + port + ": only a routed port has an IP");
                }
            }
            case ACCESS -> {
                if (vlans.size() != 1) {
                    throw new IllegalArgumentException(device + ":" + port + ": an access port carries exactly one VLAN, not " + vlans);
                }
                if (!vlans.contains(nativeVlan)) {
                    throw new IllegalArgumentException(device + ":" + port + ": an access port's untagged VLAN is its VLAN "
                            + vlans + ", not " + nativeVlan);
                }
                if (ip.isPresent()) {
                    throw new IllegalArgumentException(device + ":" + port + ": only a routed port has an IP");
                }
            }
            case ROUTED -> {
                if (!vlans.isEmpty() || nativeVlan != 0) {
                    throw new IllegalArgumentException(device + ":" + port + ": a routed port carries no VLANs");
                }
                if (ip.isEmpty()) {
                    throw new IllegalArgumentException(device + ":" + port + ": a routed port needs an IP");
                }
            }
            default -> throw new AssertionError(mode);
        }
    }

    /** An end without a source location. */
    public LinkEnd(String device, String port, LinkMode mode, VlanSet vlans, int nativeVlan,
                   Optional<InterfaceAddress> ip) {
        this(device, port, mode, vlans, nativeVlan, ip, Optional.empty());
    }

    /** This end, its VLANs read where {@code source} says. */
    public LinkEnd withSource(String where) {
        return new LinkEnd(device, port, mode, vlans, nativeVlan, ip, Optional.of(where));
    }

    /** Whether this end has the same device, port and settings as {@code other}, wherever each was read. */
    public boolean sameSettings(LinkEnd other) {
        return device.equals(other.device) && port.equals(other.port) && mode == other.mode
                && vlans.equals(other.vlans) && nativeVlan == other.nativeVlan && ip.equals(other.ip);
    }

    /** {@code "; switchport trunk allowed vlan 110,900 at configs/agg3.cfg:212"}, or "" without a source. */
    public String sourceSuffix() {
        return source.map(s -> "; " + s).orElse("");
    }

    /** A trunk end. */
    public static LinkEnd trunk(String device, String port, VlanSet allowed, int nativeVlan) {
        return new LinkEnd(device, port, LinkMode.TRUNK, allowed, nativeVlan, Optional.empty());
    }

    /** An access end in {@code vlan}. */
    public static LinkEnd access(String device, String port, int vlan) {
        return new LinkEnd(device, port, LinkMode.ACCESS, VlanSet.of(vlan), vlan, Optional.empty());
    }

    /** A routed end. */
    public static LinkEnd routed(String device, String port, InterfaceAddress ip) {
        return new LinkEnd(device, port, LinkMode.ROUTED, VlanSet.NONE, 0, Optional.of(ip));
    }

    /** Whether frames of {@code vlan} pass this port (tagged on a trunk, untagged on an access port). */
    public boolean allows(int vlan) {
        return vlans.contains(vlan);
    }

    /** Whether frames of {@code vlan} leave this port untagged. */
    public boolean isUntagged(int vlan) {
        return mode != LinkMode.ROUTED && vlan == nativeVlan;
    }

    /** {@code device:port}, as written in topology files. */
    public String endpoint() {
        return device + ":" + port;
    }
}
