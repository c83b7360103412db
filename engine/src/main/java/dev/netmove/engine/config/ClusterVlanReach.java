package dev.netmove.engine.config;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.l2.Layer2Reach;
import dev.netmove.engine.l2.VlanBlocked;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether each VLAN of a cluster joins every host of the cluster that uses it in one layer-2
 * domain: the trunks, switches and spanning tree between the hosts, not only their own ports. A
 * blade chassis whose uplink prunes a VLAN passes the switch-port check and fails this one.
 * Follows the layer-2 state, so a what-if that takes a link down can split a VLAN. A host none of
 * whose own links carries the VLAN is left out here: {@link ClusterVlanCoverage} names its port.
 *
 * @param cluster the cluster's name
 * @param splits every VLAN that falls apart, ascending
 */
public record ClusterVlanReach(String cluster, List<SplitVlan> splits) {

    public ClusterVlanReach {
        Objects.requireNonNull(cluster, "cluster");
        splits = List.copyOf(splits);
    }

    /**
     * The reach of every VLAN of {@code cluster} in {@code layer2}'s topology; an unknown cluster
     * throws {@link dev.netmove.engine.topology.UnknownNameException} listing the known ones.
     */
    public static ClusterVlanReach of(Layer2Analysis layer2, String cluster) {
        return of(new VlanDomains(layer2), ClusterVlanCoverage.of(layer2.topology(), cluster));
    }

    /**
     * As {@link #of(Layer2Analysis, String)} for the cluster of {@code coverage} (its VLANs and their
     * uses), reusing the domains already worked out for other clusters.
     */
    static ClusterVlanReach of(VlanDomains known, ClusterVlanCoverage coverage) {
        Layer2Analysis layer2 = known.layer2();
        Topology topology = layer2.topology();
        String cluster = coverage.cluster();
        List<Device> hosts = Clusters.of(topology).hosts(cluster);
        List<SplitVlan> splits = new ArrayList<>();
        for (int vlan : coverage.clusterVlans().toList()) {
            // the layer-2 domains met so far, and the cluster's hosts in each, in file order
            List<Set<String>> domains = new ArrayList<>();
            List<List<String>> members = new ArrayList<>();
            for (Device host : hosts) {
                if (!host.effectiveVlans().contains(vlan)) {
                    continue;
                }
                int index = indexOf(domains, host.name());
                if (index < 0) {
                    Set<String> domain = known.domainOf(vlan, host.name());
                    if (domain.size() < 2) {
                        // no link of its own carries the VLAN: the switch-port check reports that host
                        continue;
                    }
                    domains.add(domain);
                    members.add(new ArrayList<>());
                    index = domains.size() - 1;
                }
                members.get(index).add(host.name());
            }
            if (members.size() > 1) {
                splits.add(new SplitVlan(vlan, coverage.usage().get(vlan), members,
                        why(layer2, vlan, members.get(0).get(0), members.get(1).get(0))));
            }
        }
        return new ClusterVlanReach(cluster, splits);
    }

    /** Whether every VLAN of the cluster joins all its hosts that use it. */
    public boolean joined() {
        return splits.isEmpty();
    }

    /** The VLANs that fall apart. */
    public VlanSet splitVlans() {
        return VlanSet.of(splits.stream().map(SplitVlan::vlan).toList());
    }

    private static int indexOf(List<Set<String>> domains, String host) {
        for (int i = 0; i < domains.size(); i++) {
            if (domains.get(i).contains(host)) {
                return i;
            }
        }
        return -1;
    }

    private static String why(Layer2Analysis layer2, int vlan, String from, String to) {
        Layer2Reach reach = layer2.reach(vlan, from, to);
        if (reach instanceof VlanBlocked blocked) {
            return blocked.drop().describe();
        }
        // segments and paths disagree only if the path selector is broken; say so rather than guess
        throw new IllegalStateException("VLAN " + vlan + ": " + from + " and " + to
                + " are in different segments, yet a path joins them: " + reach);
    }
}
