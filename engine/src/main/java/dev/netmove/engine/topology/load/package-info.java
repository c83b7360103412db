/**
 * The topology loader: {@link dev.netmove.engine.topology.load.TopologyLoader} reads a topology file
 * (TOPOLOGY.md) into a {@link dev.netmove.engine.topology.Topology}, or fails with a
 * {@link dev.netmove.engine.topology.load.TopologyLoadException} that lists every problem of the file
 * with its file, line, column and key path.
 *
 * <p>A load is two steps: the text becomes a tree of YAML nodes (package {@code yaml}), then readers,
 * one per part of the file (devices, SVIs, hosts, links, link ends, port settings, VMs and flows,
 * migration), read the tree into the model and report what is wrong without stopping at the first
 * problem. Everything but the loader and its exception is package-private.
 */
package dev.netmove.engine.topology.load;
