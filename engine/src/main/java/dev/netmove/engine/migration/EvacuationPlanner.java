package dev.netmove.engine.migration;

import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.UnknownNameException;
import dev.netmove.engine.topology.Vm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Where the VMs of hosts that are emptied go: maintenance mode (one host) and off-hours consolidation
 * (a cluster onto fewer hosts). Each VM, in file order, goes to the host of its cluster that has its
 * port group (by name) and room for its memory (host memory minus the memory of the VMs placed there,
 * those moved in by this plan included) and, among those, the most free memory; ties go to the name
 * that sorts first. Hosts that are down take nothing. Network reachability is not looked at here (nor by
 * vCenter's placement): the migrations' pre-checks find what the network breaks.
 */
public final class EvacuationPlanner {

    private final Topology topology;

    public EvacuationPlanner(Topology topology) {
        this.topology = Objects.requireNonNull(topology, "topology");
    }

    /**
     * Every VM of {@code host} to another host of its cluster.
     *
     * @throws UnknownNameException when there is no such host
     */
    public MigrationPlan maintenance(String host) {
        Device leaving = topology.requireHost(host);
        String cluster = leaving.hostConfig().cluster();
        List<Device> targets = clusterHosts(cluster).stream().filter(h -> !h.name().equals(host)).toList();
        return place("host " + host + " enters maintenance mode", List.of(leaving), targets, cluster);
    }

    /**
     * Empties the hosts of {@code cluster} with the least memory in use (ties: the name that sorts first)
     * onto the other {@code hosts} hosts of the cluster that are up.
     *
     * @throws UnknownNameException     when no host is in that cluster
     * @throws IllegalArgumentException when {@code hosts} is below 1 or not below the cluster's hosts that are up
     */
    public MigrationPlan consolidation(String cluster, int hosts) {
        List<Device> members = clusterHosts(cluster);
        if (members.isEmpty()) {
            TreeSet<String> known = new TreeSet<>();
            topology.hosts().forEach(h -> known.add(h.hostConfig().cluster()));
            throw new UnknownNameException("cluster", cluster, ClosestNames.closest(cluster, known),
                    "no cluster named \"" + cluster + "\" in topology " + topology.name()
                            + ClosestNames.didYouMeanOrKnown(cluster, known));
        }
        if (hosts < 1) {
            throw new IllegalArgumentException("a cluster cannot be consolidated onto " + hosts
                    + " hosts: keep at least one");
        }
        if (hosts >= members.size()) {
            throw new IllegalArgumentException("cluster " + cluster + " has " + members.size() + " hosts that are up ("
                    + String.join(", ", members.stream().map(Device::name).toList()) + "); consolidating it onto "
                    + hosts + " empties none: name fewer than " + members.size());
        }
        Map<String, Long> used = usedMemory();
        List<Device> byUse = new ArrayList<>(members);
        byUse.sort(Comparator.<Device>comparingLong(h -> used.getOrDefault(h.name(), 0L)).thenComparing(Device::name));
        List<Device> emptied = byUse.subList(0, members.size() - hosts);
        List<Device> kept = byUse.subList(members.size() - hosts, members.size());
        return place("cluster " + cluster + " is consolidated onto " + hosts + (hosts == 1 ? " host" : " hosts"),
                emptied, kept, cluster);
    }

    private List<Device> clusterHosts(String cluster) {
        return topology.hosts().stream()
                .filter(h -> h.hostConfig().cluster().equals(cluster))
                .filter(topology::isUp)
                .toList();
    }

    private Map<String, Long> usedMemory() {
        Map<String, Long> used = new HashMap<>();
        for (Vm vm : topology.vms().values()) {
            used.merge(vm.host(), vm.memory().bytes(), EvacuationPlanner::addBytes);
        }
        return used;
    }

    private MigrationPlan place(String purpose, List<Device> emptied, List<Device> targets, String cluster) {
        Map<String, Long> used = usedMemory();
        List<MigrationRequest> moves = new ArrayList<>();
        List<UnplacedVm> unplaced = new ArrayList<>();
        for (Device host : emptied) {
            for (Vm vm : topology.vmsOn(host.name())) {
                Device best = null;
                long bestFree = 0;
                for (Device target : targets) {
                    if (target.hostConfig().portGroup(vm.portGroup()).isEmpty()) {
                        continue;
                    }
                    long free = free(target, used);
                    if (free < vm.memory().bytes()) {
                        continue;
                    }
                    if (best == null || free > bestFree || free == bestFree && target.name().compareTo(best.name()) < 0) {
                        best = target;
                        bestFree = free;
                    }
                }
                if (best == null) {
                    unplaced.add(new UnplacedVm(vm.name(), host.name(), vm.memory(), reasons(vm, targets, used, cluster)));
                } else {
                    moves.add(new MigrationRequest(vm.name(), best.name()));
                    used.merge(best.name(), vm.memory().bytes(), EvacuationPlanner::addBytes);
                }
            }
        }
        return new MigrationPlan(purpose, moves, unplaced);
    }

    private static long free(Device host, Map<String, Long> used) {
        return host.hostConfig().memory()
                .map(memory -> memory.bytes() - used.getOrDefault(host.name(), 0L))
                .orElse(Long.MAX_VALUE);
    }

    private List<String> reasons(Vm vm, List<Device> targets, Map<String, Long> used, String cluster) {
        if (targets.isEmpty()) {
            return List.of("cluster " + cluster + " has no other host that is up");
        }
        List<Device> sorted = new ArrayList<>(targets);
        sorted.sort(Comparator.comparing(Device::name));
        List<String> reasons = new ArrayList<>();
        for (Device target : sorted) {
            if (target.hostConfig().portGroup(vm.portGroup()).isEmpty()) {
                reasons.add(target.name() + " has no port group \"" + vm.portGroup() + "\"");
            } else {
                long free = Math.max(0, free(target, used));
                reasons.add(target.name() + " has " + DataSize.ofBytes(free) + " free of "
                        + target.hostConfig().memory().map(DataSize::toString).orElse("unlimited") + ", not "
                        + vm.memory());
            }
        }
        return reasons;
    }

    private static long addBytes(long a, long b) {
        return DataSize.ofBytes(a).plus(DataSize.ofBytes(b)).bytes();
    }
}
