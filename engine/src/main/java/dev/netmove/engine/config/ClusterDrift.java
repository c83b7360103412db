package dev.netmove.engine.config;

import java.util.Objects;

/**
 * One cluster's configuration drift: its hosts' port groups compared, its VLANs against its hosts'
 * switch ports, and whether each of its VLANs joins all its hosts.
 */
public record ClusterDrift(PortGroupComparison portGroups, ClusterVlanCoverage switchPorts, ClusterVlanReach reach) {

    public ClusterDrift {
        Objects.requireNonNull(portGroups, "portGroups");
        Objects.requireNonNull(switchPorts, "switchPorts");
        Objects.requireNonNull(reach, "reach");
        if (!reach.cluster().equals(switchPorts.cluster())) {
            throw new IllegalArgumentException("the reach of " + reach.cluster() + " is not of cluster "
                    + switchPorts.cluster());
        }
        if (!portGroups.hosts().equals(switchPorts.hosts())) {
            throw new IllegalArgumentException("the port groups of " + portGroups.hosts()
                    + " and the switch ports of " + switchPorts.hosts() + " are not of one cluster");
        }
    }

    public String cluster() {
        return switchPorts.cluster();
    }

    /** How many things differ: port-group differences, missing VLANs, hosts without links and split VLANs. */
    public int driftCount() {
        return portGroups.drifts().size() + switchPorts.missing().size() + switchPorts.hostsWithoutLinks().size()
                + reach.splits().size();
    }
}
