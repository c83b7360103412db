/**
 * Configuration analyses: whether the servers and the switches are configured alike, before a VM
 * moves. Port groups compared between two hosts and across a cluster
 * ({@link dev.netmove.engine.config.PortGroupComparison}), the VLANs of a cluster against what its
 * hosts' switch ports carry ({@link dev.netmove.engine.config.ClusterVlanCoverage}) and whether
 * each of them joins all its hosts ({@link dev.netmove.engine.config.ClusterVlanReach}), links
 * whose two ends disagree ({@link dev.netmove.engine.config.LinkEndMismatch}), how far a VLAN
 * spreads and where it is not needed ({@link dev.netmove.engine.config.VlanSpread}), and all of it
 * for a whole topology ({@link dev.netmove.engine.config.DriftReport}).
 *
 * <p>These analyses read the configuration, so what-ifs that take links or devices down do not
 * change the port-group, switch-port and link-end checks; the VLAN spread and the cluster reach
 * follow the layer-2 state (a down link carries nothing). Every result lists hosts, ports and VLANs
 * in a fixed order: hosts and devices in file order, a host's ports in natural order, port groups
 * by name, VLANs ascending.
 */
package dev.netmove.engine.config;
