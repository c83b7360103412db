package dev.netmove.engine.config;

import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.PortOrder;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Server against switch configuration for one cluster: the cluster's VLANs (those of its hosts'
 * port groups and vMotion interfaces) against what each host link carries. Any VM of the cluster
 * may run on any of its hosts, so every link of every host needs every one of those VLANs.
 *
 * <p>A link carries a VLAN here when it is not routed, both its ports allow the VLAN (a trunk's
 * allowed list, an access port's VLAN) and the device across has it in its {@code vlans}. This is
 * configuration: a link taken down by a what-if still counts. Untagged port groups are not among
 * the cluster's VLANs: they travel in each port's native or access VLAN.
 *
 * @param cluster the cluster's name
 * @param hosts its hosts, in file order
 * @param clusterVlans every tagged VLAN of its port groups and vMotion interfaces
 * @param usage for each of those VLANs what uses it, e.g. {@code port group "db"} or {@code vMotion}
 * @param uplinks every link of every host (host order, then port order)
 * @param missing every VLAN a host link does not carry, with its reasons (host, port, then VLAN order)
 * @param hostsWithoutLinks hosts with no link at all, which no switch port serves
 */
public record ClusterVlanCoverage(String cluster, List<String> hosts, VlanSet clusterVlans,
                                  SortedMap<Integer, String> usage, List<UplinkVlans> uplinks,
                                  List<MissingVlan> missing, List<String> hostsWithoutLinks) {

    public ClusterVlanCoverage {
        Objects.requireNonNull(cluster, "cluster");
        hosts = List.copyOf(hosts);
        Objects.requireNonNull(clusterVlans, "clusterVlans");
        usage = Collections.unmodifiableSortedMap(new TreeMap<>(usage));
        uplinks = List.copyOf(uplinks);
        missing = List.copyOf(missing);
        hostsWithoutLinks = List.copyOf(hostsWithoutLinks);
    }

    /**
     * The coverage of {@code cluster} in {@code topology}; an unknown cluster throws
     * {@link dev.netmove.engine.topology.UnknownNameException} listing the known ones.
     */
    public static ClusterVlanCoverage of(Topology topology, String cluster) {
        List<Device> hosts = Clusters.of(topology).hosts(cluster);
        VlanSet vlans = VlanSet.NONE;
        for (Device host : hosts) {
            vlans = vlans.union(host.effectiveVlans());
        }
        SortedMap<Integer, String> usage = usage(hosts);
        List<UplinkVlans> uplinks = new ArrayList<>();
        List<MissingVlan> missing = new ArrayList<>();
        List<String> withoutLinks = new ArrayList<>();
        for (Device host : hosts) {
            List<Link> links = new ArrayList<>(topology.linksOf(host.name()));
            if (links.isEmpty()) {
                withoutLinks.add(host.name());
                continue;
            }
            links.sort(Comparator.comparing(link -> link.end(host.name()).port(), PortOrder.NATURAL));
            for (Link link : links) {
                LinkEnd hostEnd = link.end(host.name());
                LinkEnd far = link.other(host.name());
                HostUplink uplink = new HostUplink(link, hostEnd, far, topology.requireDevice(far.device()));
                UplinkVlans checked = check(uplink, vlans);
                uplinks.add(checked);
                checked.missing().stream().forEach(vlan ->
                        missing.add(new MissingVlan(vlan, usage.get(vlan), uplink, gaps(uplink, vlan))));
            }
        }
        return new ClusterVlanCoverage(cluster, hosts.stream().map(Device::name).toList(), vlans, usage, uplinks,
                missing, withoutLinks);
    }

    /** Whether every host has a link and every host link carries every VLAN of the cluster. */
    public boolean complete() {
        return missing.isEmpty() && hostsWithoutLinks.isEmpty();
    }

    /** The VLAN numbers of {@link #missing()}, each once, ascending. */
    public VlanSet missingVlans() {
        return VlanSet.of(missing.stream().map(MissingVlan::vlan).toList());
    }

    private static UplinkVlans check(HostUplink uplink, VlanSet clusterVlans) {
        VlanSet carried = carried(uplink);
        VlanSet extra = carried.minus(clusterVlans);
        if (uplink.switchEnd().mode() == LinkMode.TRUNK) {
            extra = extra.minus(VlanSet.of(uplink.switchEnd().nativeVlan()));
        }
        return new UplinkVlans(uplink, carried, clusterVlans.minus(carried), extra);
    }

    private static VlanSet carried(HostUplink uplink) {
        if (isRouted(uplink.link())) {
            return VlanSet.NONE;
        }
        return uplink.hostEnd().vlans().intersect(uplink.switchEnd().vlans())
                .intersect(uplink.switchDevice().effectiveVlans());
    }

    private static List<PortGap> gaps(HostUplink uplink, int vlan) {
        if (isRouted(uplink.link())) {
            return List.of(PortGap.ROUTED_LINK);
        }
        List<PortGap> gaps = new ArrayList<>();
        if (!uplink.switchEnd().allows(vlan)) {
            gaps.add(PortGap.SWITCH_PORT);
        }
        if (!uplink.switchDevice().effectiveVlans().contains(vlan)) {
            gaps.add(PortGap.SWITCH_VLANS);
        }
        if (!uplink.hostEnd().allows(vlan)) {
            gaps.add(PortGap.HOST_PORT);
        }
        return gaps;
    }

    private static boolean isRouted(Link link) {
        return link.a().mode() == LinkMode.ROUTED || link.b().mode() == LinkMode.ROUTED;
    }

    /** For each tagged VLAN of the hosts: {@code port group "db"}, {@code port groups "a" and "b"}, {@code vMotion}, ... */
    private static SortedMap<Integer, String> usage(List<Device> hosts) {
        SortedMap<Integer, SortedSet<String>> groups = new TreeMap<>();
        SortedSet<Integer> vmotion = new TreeSet<>();
        for (Device host : hosts) {
            for (PortGroup group : host.hostConfig().portGroups().values()) {
                if (!group.isUntagged()) {
                    groups.computeIfAbsent(group.vlan(), v -> new TreeSet<>()).add(group.name());
                }
            }
            host.hostConfig().vmotion().filter(v -> v.vlan() != PortGroup.UNTAGGED).ifPresent(v -> vmotion.add(v.vlan()));
        }
        SortedSet<Integer> all = new TreeSet<>(groups.keySet());
        all.addAll(vmotion);
        SortedMap<Integer, String> usage = new TreeMap<>();
        for (int vlan : all) {
            List<String> parts = new ArrayList<>();
            SortedSet<String> names = groups.get(vlan);
            if (names != null) {
                List<String> quoted = names.stream().map(name -> "\"" + name + "\"").toList();
                parts.add((quoted.size() == 1 ? "port group " : "port groups ") + PlainList.of(quoted));
            }
            if (vmotion.contains(vlan)) {
                parts.add("vMotion");
            }
            usage.put(vlan, String.join(" and ", parts));
        }
        return usage;
    }
}
