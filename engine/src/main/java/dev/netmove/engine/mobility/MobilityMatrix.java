package dev.netmove.engine.mobility;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.MigrationPrecheck;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which VMs of a cluster can migrate to which hosts of it: every VM against every host of its cluster
 * but its own. VMs on the same host in the same port group share every verdict, so each (host, port
 * group, destination) is checked once, which keeps a cluster of thousands of VMs fast.
 */
public final class MobilityMatrix {

    /** A VM of the cluster: its port group and VLAN on its host. */
    public record Row(String vm, String host, String portGroup, int vlan) {
    }

    private final String cluster;
    private final List<String> hosts;
    private final List<Row> rows;
    private final Map<String, Map<String, List<String>>> byGroup;
    private final Map<String, String> groupOf;

    private MobilityMatrix(String cluster, List<String> hosts, List<Row> rows,
                           Map<String, Map<String, List<String>>> byGroup, Map<String, String> groupOf) {
        this.cluster = cluster;
        this.hosts = hosts;
        this.rows = rows;
        this.byGroup = byGroup;
        this.groupOf = groupOf;
    }

    /** The matrix of cluster {@code cluster} in {@code layer2}'s topology (empty when it has no such cluster). */
    public static MobilityMatrix of(Layer2Analysis layer2, String cluster) {
        Topology topology = layer2.topology();
        List<String> hosts = topology.hosts().stream().filter(h -> h.hostConfig().cluster().equals(cluster))
                .map(Device::name).toList();
        return of(layer2, cluster, hosts, topology.vms().values().stream().filter(vm -> hosts.contains(vm.host()))
                .toList());
    }

    /** The matrix of {@code vms} against {@code hosts} (each VM's own host left out). */
    public static MobilityMatrix of(Layer2Analysis layer2, String cluster, List<String> hosts, List<Vm> vms) {
        Topology topology = layer2.topology();
        MigrationPrecheck precheck = new MigrationPrecheck(layer2.selector());
        List<Row> rows = new ArrayList<>();
        Map<String, Map<String, List<String>>> byGroup = new HashMap<>();
        Map<String, String> groupOf = new HashMap<>();
        for (Vm vm : vms) {
            Device host = topology.requireHost(vm.host());
            int vlan = host.hostConfig().portGroup(vm.portGroup()).map(g -> g.vlan()).orElse(0);
            rows.add(new Row(vm.name(), vm.host(), vm.portGroup(), vlan));
            String group = vm.host() + "\u0000" + vm.portGroup();
            groupOf.put(vm.name(), group);
            byGroup.computeIfAbsent(group, g -> {
                Map<String, List<String>> verdicts = new LinkedHashMap<>();
                for (String destination : hosts) {
                    if (!destination.equals(vm.host())) {
                        MigrationVerdict verdict = precheck.check(layer2, vm.name(), destination);
                        verdicts.put(destination, verdict.reasons());
                    }
                }
                return verdicts;
            });
        }
        return new MobilityMatrix(cluster, List.copyOf(hosts), List.copyOf(rows), byGroup, groupOf);
    }

    public String cluster() {
        return cluster;
    }

    /** The cluster's hosts, in topology order. */
    public List<String> hosts() {
        return hosts;
    }

    /** The cluster's VMs, in topology order. */
    public List<Row> rows() {
        return rows;
    }

    /** The pre-check of VM {@code vm} to {@code host}; empty for the VM's own host or a VM or host not in the matrix. */
    public Optional<MoveCheck> check(String vm, String host) {
        String group = groupOf.get(vm);
        List<String> reasons = group == null ? null : byGroup.get(group).get(host);
        return reasons == null ? Optional.empty() : Optional.of(new MoveCheck(vm, host, reasons));
    }

    /** Every pair of the matrix, row by row, host by host. */
    public List<MoveCheck> checks() {
        List<MoveCheck> all = new ArrayList<>();
        for (Row row : rows) {
            for (String host : hosts) {
                check(row.vm(), host).ifPresent(all::add);
            }
        }
        return all;
    }

    /** The pairs that cannot migrate. */
    public List<MoveCheck> failures() {
        return checks().stream().filter(c -> !c.canMigrate()).toList();
    }
}
