package dev.netmove.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cluster's mobility matrix as the report draws it: rows of VMs grouped by VLAN, host and port group (VMs of
 * one row share every verdict), a column per host, each cell a verdict after the change and, when there was a
 * change, before it.
 *
 * @param cluster the cluster
 * @param hosts   its hosts, in topology order
 * @param rows    the rows, by VLAN then host
 * @param change  the titles of the changes, empty when the scenario made none
 */
public record MobilityFigure(String cluster, List<String> hosts, List<Row> rows, List<String> change) {

    /** A cell's verdict. */
    public enum Verdict { CAN_MIGRATE, CANNOT, OWN_HOST }

    /**
     * A group of VMs: their VLAN, host and port group, how many, and one verdict per host.
     *
     * @param after  the verdicts on the network as the scenario has it, one per host
     * @param before the verdicts before the change, when there was one
     */
    public record Row(int vlan, String host, String portGroup, List<String> vms, List<Verdict> after,
                      Optional<List<Verdict>> before) {
        public Row {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(portGroup, "portGroup");
            vms = List.copyOf(vms);
            after = List.copyOf(after);
            before = before.map(List::copyOf);
        }
    }

    public MobilityFigure {
        Objects.requireNonNull(cluster, "cluster");
        hosts = List.copyOf(hosts);
        rows = List.copyOf(rows);
        change = List.copyOf(change);
    }
}
