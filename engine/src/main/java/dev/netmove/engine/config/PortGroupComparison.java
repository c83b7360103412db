package dev.netmove.engine.config;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The port groups of several hosts compared: two hosts, or every host of a cluster against the
 * union of the cluster's port groups. A VM can land on any host of its cluster, so each of them
 * needs every port group, in the same VLAN.
 *
 * <p>Where the hosts disagree on a port group's VLAN, the expected VLAN is the one most of the
 * hosts that have the port group use; on a tie, that of the first of them (in the order given:
 * file order for a cluster, the order named for two hosts). Hosts without the port group count as
 * {@link MissingPortGroup}, the others as {@link PortGroupInOtherVlan}.
 *
 * @param hosts the hosts compared, in the order given
 * @param expected every port group any of them has, by name, with its expected VLAN (0 = untagged)
 * @param drifts every difference, by port group name, then host order
 */
public record PortGroupComparison(List<String> hosts, SortedMap<String, Integer> expected,
                                  List<PortGroupDrift> drifts) {

    public PortGroupComparison {
        hosts = List.copyOf(hosts);
        expected = Collections.unmodifiableSortedMap(new TreeMap<>(expected));
        drifts = List.copyOf(drifts);
    }

    /** {@code first}'s and {@code second}'s port groups compared; both must be hosts. */
    public static PortGroupComparison ofHosts(Device first, Device second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        return compare(List.of(first, second));
    }

    /**
     * Every host of {@code cluster} compared with the others; an unknown cluster throws
     * {@link dev.netmove.engine.topology.UnknownNameException} listing the known ones.
     */
    public static PortGroupComparison ofCluster(Topology topology, String cluster) {
        return compare(Clusters.of(topology).hosts(cluster));
    }

    /** Whether every host has every port group, each in its expected VLAN. */
    public boolean consistent() {
        return drifts.isEmpty();
    }

    /** {@code web in VLAN 110, db in VLAN 120}: the expected port groups, by name. */
    public String describeExpected() {
        if (expected.isEmpty()) {
            return "no port groups";
        }
        List<String> parts = new ArrayList<>();
        expected.forEach((name, vlan) -> parts.add(name + " " + PlainList.inVlan(vlan)));
        return String.join(", ", parts);
    }

    static PortGroupComparison compare(List<Device> hosts) {
        TreeSet<String> names = new TreeSet<>();
        for (Device host : hosts) {
            names.addAll(host.hostConfig().portGroups().keySet());
        }
        SortedMap<String, Integer> expected = new TreeMap<>();
        List<PortGroupDrift> drifts = new ArrayList<>();
        for (String name : names) {
            // VLAN -> hosts with the port group in it, in first-seen order so that ties go to the first host
            Map<Integer, List<String>> byVlan = new LinkedHashMap<>();
            for (Device host : hosts) {
                PortGroup group = host.hostConfig().portGroups().get(name);
                if (group != null) {
                    byVlan.computeIfAbsent(group.vlan(), v -> new ArrayList<>()).add(host.name());
                }
            }
            int usual = -1;
            for (Map.Entry<Integer, List<String>> entry : byVlan.entrySet()) {
                if (usual < 0 || entry.getValue().size() > byVlan.get(usual).size()) {
                    usual = entry.getKey();
                }
            }
            expected.put(name, usual);
            List<String> withUsual = byVlan.get(usual);
            for (Device host : hosts) {
                PortGroup group = host.hostConfig().portGroups().get(name);
                if (group == null) {
                    drifts.add(new MissingPortGroup(host.name(), name, usual, withUsual));
                } else if (group.vlan() != usual) {
                    drifts.add(new PortGroupInOtherVlan(host.name(), name, group.vlan(), usual, withUsual));
                }
            }
        }
        return new PortGroupComparison(hosts.stream().map(Device::name).toList(), expected, drifts);
    }
}
