package dev.netmove.engine.config;

import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A VLAN of a host's cluster that one of the host's links does not carry, with every reason.
 *
 * @param vlan the VLAN
 * @param usage what the cluster uses it for, e.g. {@code port group "db"} or {@code vMotion}
 * @param uplink the host port and the switch port
 * @param gaps why the link does not carry it, in the order of {@link PortGap}; at least one
 */
public record MissingVlan(int vlan, String usage, HostUplink uplink, List<PortGap> gaps) {

    public MissingVlan {
        VlanSet.checkId(vlan);
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(uplink, "uplink");
        gaps = List.copyOf(gaps);
        if (gaps.isEmpty()) {
            throw new IllegalArgumentException("VLAN " + vlan + " is missing on " + uplink + " for no reason");
        }
    }

    /**
     * {@code VLAN 120 (port group "db"): host esx-b2 port vmnic0 -> switch acc-b1 port Eth1/2: the
     * switch port does not allow it (allowed there: 110,900)}.
     */
    public String describe() {
        List<String> reasons = new ArrayList<>();
        for (PortGap gap : gaps) {
            reasons.add(switch (gap) {
                case ROUTED_LINK -> "link \"" + uplink.link().name() + "\" is routed";
                case SWITCH_PORT -> "the " + uplink.deviceWord() + " port " + refuses(uplink.switchEnd());
                case SWITCH_VLANS -> uplink.deviceWord() + " " + uplink.switchDevice().name() + " does not have VLAN "
                        + vlan + " (its VLANs: " + uplink.switchDevice().vlans() + ")";
                case HOST_PORT -> "the host port " + refuses(uplink.hostEnd());
            });
        }
        return "VLAN " + vlan + " (" + usage + "): " + uplink.describe() + ": " + String.join("; ", reasons);
    }

    private static String refuses(LinkEnd end) {
        return end.mode() == LinkMode.ACCESS
                ? "is an access port in VLAN " + end.nativeVlan() + end.source().map(x -> " (" + x + ")").orElse("")
                : "does not allow it (allowed there: " + end.vlans() + end.sourceSuffix() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
