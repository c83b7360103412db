/**
 * The immutable network model a topology file describes: devices, links, VMs, flows and the
 * live-migration settings, validated on construction and indexed by name.
 *
 * <p>The model holds facts only; the analyses (layer 2, migration, gateways) live in their own
 * packages and never change it. What-ifs ({@code Topology.with...}) return a new topology.
 */
package dev.netmove.engine.topology;
