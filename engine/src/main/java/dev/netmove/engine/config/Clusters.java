package dev.netmove.engine.config;

import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.UnknownNameException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The clusters of a topology and their hosts, as the hosts' {@code cluster:} settings define them
 * (a host that names none is in {@value dev.netmove.engine.topology.HostConfig#DEFAULT_CLUSTER}).
 * Clusters keep the order in which their first host appears in the file.
 */
public final class Clusters {

    private final Topology topology;
    private final Map<String, List<Device>> hostsByCluster;

    private Clusters(Topology topology) {
        this.topology = topology;
        Map<String, List<Device>> clusters = new LinkedHashMap<>();
        for (Device host : topology.hosts()) {
            clusters.computeIfAbsent(host.hostConfig().cluster(), c -> new ArrayList<>()).add(host);
        }
        clusters.replaceAll((cluster, hosts) -> List.copyOf(hosts));
        this.hostsByCluster = Collections.unmodifiableMap(clusters);
    }

    /** The clusters of {@code topology}. */
    public static Clusters of(Topology topology) {
        return new Clusters(Objects.requireNonNull(topology, "topology"));
    }

    /** The cluster names, in the order their first host appears in the file. */
    public List<String> names() {
        return List.copyOf(hostsByCluster.keySet());
    }

    /**
     * The hosts of {@code cluster}, in file order. An unknown name throws
     * {@link UnknownNameException} naming the closest clusters and listing the known ones.
     */
    public List<Device> hosts(String cluster) {
        List<Device> hosts = hostsByCluster.get(cluster);
        if (hosts == null) {
            List<String> known = names().stream().sorted().toList();
            throw new UnknownNameException("cluster", cluster, ClosestNames.closest(cluster, known),
                    "no cluster named \"" + cluster + "\" in topology " + topology.name()
                            + ClosestNames.didYouMean(cluster, known) + "; its clusters: "
                            + (known.isEmpty() ? "none (it has no hosts)" : String.join(", ", known)));
        }
        return hosts;
    }
}
