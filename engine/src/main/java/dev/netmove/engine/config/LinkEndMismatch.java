package dev.netmove.engine.config;

import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A link between two network devices whose ends are configured differently: a VLAN that both
 * devices have but only one end allows, trunk native VLANs that differ, or a trunk facing an
 * access port. TOPOLOGY.md keeps such ends as written (the VLAN passes only where both allow it);
 * this is where they are reported. Host links are left to {@link ClusterVlanCoverage}.
 *
 * @param link the link
 * @param onlyAtA VLANs both devices have that end {@code a} allows and end {@code b} does not
 * @param onlyAtB the same the other way round
 * @param nativeDiffers whether both ends are trunks with different native VLANs
 * @param modeDiffers whether one end is a trunk and the other an access port
 */
public record LinkEndMismatch(Link link, VlanSet onlyAtA, VlanSet onlyAtB, boolean nativeDiffers,
                              boolean modeDiffers) {

    public LinkEndMismatch {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(onlyAtA, "onlyAtA");
        Objects.requireNonNull(onlyAtB, "onlyAtB");
        if (onlyAtA.isEmpty() && onlyAtB.isEmpty() && !nativeDiffers && !modeDiffers) {
            throw new IllegalArgumentException("the ends of link " + link.name() + " agree");
        }
    }

    /**
     * The links of {@code topology} between two devices that are not hosts whose ends disagree, in
     * file order. Routed links are left out (they carry no VLAN), and so is a VLAN that one of the
     * two devices does not have: pruning it there changes nothing.
     */
    public static List<LinkEndMismatch> find(Topology topology) {
        List<LinkEndMismatch> mismatches = new ArrayList<>();
        for (Link link : topology.links()) {
            Device a = topology.requireDevice(link.a().device());
            Device b = topology.requireDevice(link.b().device());
            if (a.isHost() || b.isHost() || link.a().mode() == LinkMode.ROUTED || link.b().mode() == LinkMode.ROUTED) {
                continue;
            }
            VlanSet shared = a.effectiveVlans().intersect(b.effectiveVlans());
            VlanSet onlyAtA = link.a().vlans().minus(link.b().vlans()).intersect(shared);
            VlanSet onlyAtB = link.b().vlans().minus(link.a().vlans()).intersect(shared);
            boolean modeDiffers = link.a().mode() != link.b().mode();
            boolean nativeDiffers = !modeDiffers && link.a().mode() == LinkMode.TRUNK
                    && link.a().nativeVlan() != link.b().nativeVlan();
            if (!onlyAtA.isEmpty() || !onlyAtB.isEmpty() || nativeDiffers || modeDiffers) {
                mismatches.add(new LinkEndMismatch(link, onlyAtA, onlyAtB, nativeDiffers, modeDiffers));
            }
        }
        return mismatches;
    }

    /**
     * {@code link "ic-b-agg2": VLAN 120 is allowed at agg2:Eth1/10 but not at ic-b:Eth1/17
     * (allowed there: 110,900)}, with every difference.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (modeDiffers) {
            LinkEnd access = link.a().mode() == LinkMode.ACCESS ? link.a() : link.b();
            LinkEnd trunk = access == link.a() ? link.b() : link.a();
            parts.add(access.endpoint() + " is an access port in VLAN " + access.nativeVlan() + " but "
                    + trunk.endpoint() + " is a trunk");
        }
        if (!onlyAtA.isEmpty()) {
            parts.add(allowedOnlyAt(onlyAtA, link.a(), link.b()));
        }
        if (!onlyAtB.isEmpty()) {
            parts.add(allowedOnlyAt(onlyAtB, link.b(), link.a()));
        }
        if (nativeDiffers) {
            parts.add("the native VLAN is " + link.a().nativeVlan() + " at " + link.a().endpoint() + " but "
                    + link.b().nativeVlan() + " at " + link.b().endpoint());
        }
        return "link \"" + link.name() + "\": " + String.join("; ", parts);
    }

    private static String allowedOnlyAt(VlanSet vlans, LinkEnd allowing, LinkEnd refusing) {
        return (vlans.size() == 1 ? "VLAN " + vlans + " is" : "VLANs " + vlans + " are") + " allowed at "
                + allowing.endpoint() + allowing.source().map(s -> " (" + s + ")").orElse("") + " but not at "
                + refusing.endpoint() + " (allowed there: " + refusing.vlans() + refusing.sourceSuffix() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
