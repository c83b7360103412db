package dev.netmove.engine.config;

import dev.netmove.engine.quantity.VlanSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A VLAN of a cluster that does not join all the cluster's hosts using it: they fall into several
 * layer-2 domains, so a VM in that VLAN loses its network when it moves from one to another.
 *
 * @param vlan the VLAN
 * @param usage what the cluster uses it for, e.g. {@code port group "db"}
 * @param hostGroups the hosts in each domain, the domain of the cluster's first host first; hosts in file order
 * @param why where the VLAN stops between the first host of the first group and the first of the
 *        second, as layer 2 explains it
 */
public record SplitVlan(int vlan, String usage, List<List<String>> hostGroups, String why) {

    public SplitVlan {
        VlanSet.checkId(vlan);
        Objects.requireNonNull(usage, "usage");
        hostGroups = hostGroups.stream().map(List::copyOf).toList();
        Objects.requireNonNull(why, "why");
        if (hostGroups.size() < 2) {
            throw new IllegalArgumentException("VLAN " + vlan + " is not split: " + hostGroups);
        }
    }

    /** {@code VLAN 120 (port group "db") is split between hosts blade1, blade2 | esx-r1: link ... drops VLAN 120 at ...}. */
    public String describe() {
        return "VLAN " + vlan + " (" + usage + ") is split between hosts "
                + hostGroups.stream().map(group -> String.join(", ", group)).collect(Collectors.joining(" | "))
                + ": " + why;
    }

    @Override
    public String toString() {
        return describe();
    }
}
