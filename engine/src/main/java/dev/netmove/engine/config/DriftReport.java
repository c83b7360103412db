package dev.netmove.engine.config;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The configuration drift of a whole topology, for the {@code netmove:check} goal: for every
 * cluster its port groups and its hosts' switch ports ({@link ClusterDrift}), the spread of every
 * VLAN that a host or an SVI uses ({@link VlanSpread}), and the VLANs switches have that nothing
 * uses.
 *
 * <p>Drift, which {@code failOnDrift} fails a build on, is a port group missing or in another
 * VLAN on a host of a cluster, a VLAN of a cluster that a host link does not carry, a host with
 * no link, a VLAN of a cluster that does not join all its hosts that use it, or a link between
 * network devices whose two ends disagree ({@link LinkEndMismatch}). VLANs carried where they are not needed, and extra VLANs on host ports, are
 * reported as notes.
 *
 * @param topology the topology's name
 * @param source the file it came from
 * @param clusters every cluster, in the order its first host appears in the file
 * @param linkMismatches links between network devices whose two ends disagree, in file order
 * @param spreads every VLAN a host (port group, vMotion) or an SVI uses, ascending
 * @param unusedVlans VLANs that switches have but no host or SVI uses, VLAN 1 (every switch's
 *        default) left out
 */
public record DriftReport(String topology, String source, List<ClusterDrift> clusters,
                          List<LinkEndMismatch> linkMismatches, List<VlanSpread> spreads, VlanSet unusedVlans) {

    public DriftReport {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(source, "source");
        clusters = List.copyOf(clusters);
        linkMismatches = List.copyOf(linkMismatches);
        spreads = List.copyOf(spreads);
        Objects.requireNonNull(unusedVlans, "unusedVlans");
    }

    /** The report of {@code layer2}'s topology. */
    public static DriftReport of(Layer2Analysis layer2) {
        Topology topology = layer2.topology();
        Clusters clusters = Clusters.of(topology);
        List<ClusterDrift> drifts = new ArrayList<>();
        VlanDomains domains = new VlanDomains(layer2);
        for (String cluster : clusters.names()) {
            ClusterVlanCoverage coverage = ClusterVlanCoverage.of(topology, cluster);
            drifts.add(new ClusterDrift(PortGroupComparison.ofCluster(topology, cluster), coverage,
                    ClusterVlanReach.of(domains, coverage)));
        }
        VlanSet used = VlanSet.NONE;
        VlanSet onSwitches = VlanSet.NONE;
        for (Device device : topology.devices().values()) {
            if (device.isHost()) {
                used = used.union(device.effectiveVlans());
            } else {
                used = used.union(VlanSet.of(device.svis().keySet()));
                if (device.isSwitch()) {
                    onSwitches = onSwitches.union(device.vlans());
                }
            }
        }
        List<VlanSpread> spreads = used.stream().mapToObj(vlan -> VlanSpread.of(layer2, vlan)).toList();
        VlanSet unused = onSwitches.minus(used).minus(VlanSet.of(1));
        return new DriftReport(topology.name(), topology.source(), drifts, LinkEndMismatch.find(topology), spreads,
                unused);
    }

    /** The report of {@code topology}. */
    public static DriftReport of(Topology topology) {
        return of(new Layer2Analysis(topology));
    }

    /** Whether anything drifted (see the class comment); sprawl alone is not drift. */
    public boolean hasDrift() {
        return driftCount() > 0;
    }

    /** How many things drifted: over all clusters, and the links whose ends disagree. */
    public int driftCount() {
        return clusters.stream().mapToInt(ClusterDrift::driftCount).sum() + linkMismatches.size();
    }

    /** The VLANs some switch carries without needing them. */
    public List<VlanSpread> sprawl() {
        return spreads.stream().filter(spread -> !spread.unneeded().isEmpty()).toList();
    }

    /** The report as text, one finding a line, the same for the same topology. */
    public String text() {
        StringBuilder text = new StringBuilder();
        int drift = driftCount();
        text.append("Topology ").append(topology).append(" (").append(source).append("): ")
                .append(drift == 0 ? "no drift" : drift + (drift == 1 ? " drift" : " drifts"));
        int sprawl = sprawl().size();
        if (sprawl > 0) {
            text.append("; ").append(sprawl).append(sprawl == 1 ? " VLAN is" : " VLANs are")
                    .append(" carried where no host port or SVI needs it");
        }
        text.append('\n');
        if (clusters.isEmpty()) {
            text.append("No hosts, so no clusters to compare.\n");
        }
        for (ClusterDrift cluster : clusters) {
            appendCluster(text, cluster);
        }
        if (!linkMismatches.isEmpty()) {
            text.append("Links whose two ends disagree: ").append(linkMismatches.size()).append('\n');
            linkMismatches.forEach(mismatch -> text.append("  - ").append(mismatch.describe()).append('\n'));
        }
        if (!spreads.isEmpty()) {
            text.append("VLAN spread (switches carrying each VLAN; not needed = no host port or SVI of it behind them):\n");
            for (VlanSpread spread : spreads) {
                text.append("  VLAN ").append(spread.vlan()).append(": ");
                if (spread.switches().isEmpty()) {
                    text.append("no switch carries it");
                } else {
                    text.append(count(spread.size(), "switch", "switches")).append(spread.unneeded().isEmpty()
                            ? ", every one needs it"
                            : ", not needed on " + String.join(", ", spread.unneeded()));
                }
                text.append('\n');
            }
        }
        if (!unusedVlans.isEmpty()) {
            text.append("VLANs on switches that no host or SVI uses: ").append(unusedVlans).append('\n');
        }
        return text.toString();
    }

    private static void appendCluster(StringBuilder text, ClusterDrift cluster) {
        ClusterVlanCoverage ports = cluster.switchPorts();
        PortGroupComparison groups = cluster.portGroups();
        text.append("Cluster ").append(cluster.cluster()).append(": ").append(count(ports.hosts().size(), "host", "hosts"))
                .append(" (").append(PlainList.of(ports.hosts())).append("); VLANs ").append(ports.clusterVlans())
                .append('\n');
        if (groups.consistent()) {
            text.append("  port groups: the same on every host (").append(groups.describeExpected()).append(")\n");
        } else {
            text.append("  port groups: ").append(count(groups.drifts().size(), "difference", "differences")).append('\n');
            groups.drifts().forEach(drift -> text.append("    - ").append(drift.describe()).append('\n'));
        }
        if (ports.complete()) {
            text.append("  switch ports: every host link carries every VLAN of the cluster\n");
        } else {
            int problems = ports.missing().size() + ports.hostsWithoutLinks().size();
            text.append("  switch ports: ").append(count(problems, "gap", "gaps")).append('\n');
            ports.hostsWithoutLinks().forEach(host -> text.append("    - host ").append(host)
                    .append(" has no link, so no switch port carries the cluster's VLANs\n"));
            ports.missing().forEach(missing -> text.append("    - ").append(missing.describe()).append('\n'));
        }
        ClusterVlanReach reach = cluster.reach();
        if (reach.joined()) {
            text.append("  layer 2: each VLAN of the cluster joins all its hosts that use it\n");
        } else {
            text.append("  layer 2: ").append(count(reach.splits().size(), "VLAN is", "VLANs are")).append(" split\n");
            reach.splits().forEach(split -> text.append("    - ").append(split.describe()).append('\n'));
        }
        List<UplinkVlans> extra = ports.uplinks().stream().filter(uplink -> !uplink.extra().isEmpty()).toList();
        if (!extra.isEmpty()) {
            text.append("  note: host links carrying VLANs no host of the cluster uses:\n");
            extra.forEach(uplink -> text.append("    - ").append(uplink.uplink().describe()).append(": ")
                    .append(uplink.extra()).append('\n'));
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
