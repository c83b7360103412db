package dev.netmove.steps.why;

import dev.netmove.engine.flow.FhrpElection;
import dev.netmove.engine.flow.Gateway;
import dev.netmove.engine.flow.GatewayReason;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes why a device serves a VM's default gateway, e.g.
 * {@code agg1 is HSRP active for group 110: priority 110 beats agg2's 100}.
 */
public final class GatewaySentences {

    private GatewaySentences() {
    }

    /** Why {@code gateway}'s device serves it. */
    public static String of(Gateway gateway) {
        return of(gateway.reason());
    }

    /** {@code reason} as one sentence (without a final full stop). */
    public static String of(GatewayReason reason) {
        if (reason instanceof GatewayReason.Elected elected) {
            FhrpElection election = elected.election();
            return of(election) + elected.vpcPeer().map(p -> "; its vPC peer " + p.peer()
                    + " forwards too, but host " + p.host() + " reaches " + election.winner() + " first").orElse("");
        }
        if (reason instanceof GatewayReason.VpcPeerNearer peer) {
            FhrpElection election = peer.election();
            return peer.device() + " forwards for " + election.protocol().shown() + " group "
                    + election.protocol().group() + " as vPC peer of " + election.winner() + ", and host " + peer.host()
                    + " reaches it first (" + hops(peer.hops()) + " against " + peer.hopsToActive() + "); "
                    + of(election);
        }
        if (reason instanceof GatewayReason.GlbpForwarder glbp) {
            FhrpElection avg = glbp.election();
            return glbp.device() + " is GLBP forwarder " + glbp.number() + " of group " + avg.protocol().group()
                    + " for " + glbp.vm() + ": the AVG hands out forwarders " + String.join(", ", glbp.forwarders())
                    + " round-robin to the VMs of VLAN " + avg.vlan() + " by name (" + glbp.vm() + " is VM "
                    + glbp.vmNumber() + " of " + glbp.vmCount() + "); " + of(avg);
        }
        if (reason instanceof GatewayReason.NearestAnycast anycast) {
            return anycast.device() + " serves anycast gateway " + anycast.address() + " nearest to host "
                    + anycast.host() + " (" + hops(anycast.hops()) + ")"
                    + (anycast.others().isEmpty() ? "" : "; also anycast: " + String.join(", ", anycast.others()));
        }
        GatewayReason.NearestSvi svi = (GatewayReason.NearestSvi) reason;
        return svi.device() + (svi.others().isEmpty()
                ? " has the only SVI of VLAN " + svi.vlan() + " in the VM's layer-2 domain"
                : " has the SVI of VLAN " + svi.vlan() + " nearest to host " + svi.host() + " (" + hops(svi.hops())
                        + "; also " + String.join(", ", svi.others()) + ")");
    }

    /** The election and what won it: the priority, then the tie-break by the highest interface IP; the hello domain. */
    public static String of(FhrpElection election) {
        String protocol = election.protocol().shown();
        StringBuilder text = new StringBuilder(election.winner()).append(" is ").append(protocol).append(' ')
                .append(election.protocol().protocol().winnerRole()).append(" for group ").append(election.protocol().group())
                .append(": ");
        if (election.unopposed()) {
            text.append("the only ").append(protocol).append(" router of VLAN ").append(election.vlan())
                    .append(" in its hello domain");
        } else {
            int priority = election.protocol().priority();
            List<String> lower = election.beatenByPriority().stream().map(r -> r.device() + "'s " + r.priority()).toList();
            List<String> ties = election.beatenByAddress().stream().map(r -> r.device() + "'s " + r.address()).toList();
            List<String> parts = new ArrayList<>();
            if (!lower.isEmpty()) {
                parts.add("priority " + priority + " beats " + String.join(", ", lower));
            }
            if (!ties.isEmpty()) {
                parts.add((lower.isEmpty() ? "priority " + priority + " ties, and " : "")
                        + "its IP " + election.address() + " beats " + String.join(", ", ties));
            }
            text.append(String.join("; ", parts));
        }
        if (!election.helloFilters().isEmpty()) {
            text.append(" (FHRP hellos are dropped on link ").append(String.join(", ", election.helloFilters()))
                    .append(", so this side elects its own)");
        }
        return text.toString();
    }

    private static String hops(int hops) {
        return hops + (hops == 1 ? " hop" : " hops");
    }
}
