package dev.netmove.engine.config;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * How far a VLAN spreads (VLAN sprawl): the switches that carry it, and those among them that
 * carry it without needing it.
 *
 * <p>A switch <em>carries</em> the VLAN when one of its links does (as {@link
 * Layer2Analysis#linksCarrying(int)} says, so a down link carries nothing), or when it is a VTEP
 * that maps the VLAN to a VNI. It <em>serves</em> the VLAN when it has an SVI in it, or a carrying
 * link to a device that ends the VLAN (a host using it, a router, a firewall, an external network).
 * It <em>needs</em> the VLAN when it serves it, or lies on some loop-free path, through switches
 * carrying the VLAN (VTEPs of one VNI joined through the fabric), between two switches that serve
 * it. The others have no host port or SVI of the VLAN behind them: removing the VLAN from them cuts
 * no path between two places that use it, neither today nor after a failure. Any loop-free path
 * counts, not only today's spanning tree, so a redundant switch that spanning tree does not use
 * is still needed: pruning the VLAN there would remove the failover path.
 *
 * <p>Worked out with the blocks (biconnected parts) of the graph of carrying switches: in a block,
 * every switch lies on a loop-free path between any two others, so the switches needed are those
 * of the blocks on the way between serving switches.
 *
 * @param vlan the VLAN
 * @param switches the switches that carry it, in file order
 * @param serving those with an SVI or an endpoint of the VLAN on a carrying link, in file order
 * @param needed those that serve it or lie between two that do, in file order
 * @param unneeded those that carry it without needing it, in file order
 */
public record VlanSpread(int vlan, List<String> switches, List<String> serving, List<String> needed,
                         List<String> unneeded) {

    public VlanSpread {
        VlanSet.checkId(vlan);
        switches = List.copyOf(switches);
        serving = List.copyOf(serving);
        needed = List.copyOf(needed);
        unneeded = List.copyOf(unneeded);
        if (needed.size() + unneeded.size() != switches.size()) {
            throw new IllegalArgumentException("VLAN " + vlan + ": " + needed.size() + " needed and "
                    + unneeded.size() + " unneeded switches are not the " + switches.size() + " that carry it");
        }
    }

    /** The spread of {@code vlan} in {@code layer2}'s topology. */
    public static VlanSpread of(Layer2Analysis layer2, int vlan) {
        Objects.requireNonNull(layer2, "layer2");
        VlanSet.checkId(vlan);
        Topology topology = layer2.topology();
        Graph<String, DefaultEdge> switchGraph = new SimpleGraph<>(DefaultEdge.class);
        Set<String> serving = new HashSet<>();
        for (Link link : layer2.linksCarrying(vlan)) {
            Device a = topology.requireDevice(link.a().device());
            Device b = topology.requireDevice(link.b().device());
            note(a, b, switchGraph, serving);
            note(b, a, switchGraph, serving);
            if (a.isSwitch() && b.isSwitch()) {
                switchGraph.addEdge(a.name(), b.name());
            }
        }
        for (Device device : topology.devices().values()) {
            if (device.isSwitch() && topology.isUp(device) && device.effectiveVlans().contains(vlan)) {
                Integer vni = device.vxlan().map(vxlan -> vxlan.vlanToVni().get(vlan)).orElse(null);
                if (vni != null) {
                    // the fabric joins the VTEPs of one VNI; a hub (never a device: names have no ':') stands for it
                    String fabric = "vni:" + vni;
                    switchGraph.addVertex(device.name());
                    switchGraph.addVertex(fabric);
                    switchGraph.addEdge(fabric, device.name());
                }
            }
        }
        Set<String> carrying = new HashSet<>();
        for (String vertex : switchGraph.vertexSet()) {
            if (topology.device(vertex).isPresent()) {
                carrying.add(vertex);
                if (topology.requireDevice(vertex).svi(vlan).isPresent()) {
                    serving.add(vertex);
                }
            }
        }
        Set<String> needed = needed(switchGraph, serving);
        List<String> switches = inFileOrder(topology, carrying);
        return new VlanSpread(vlan, switches, inFileOrder(topology, serving),
                switches.stream().filter(needed::contains).toList(),
                switches.stream().filter(name -> !needed.contains(name)).toList());
    }

    /** Adds {@code device} to the graph if it is a switch, and marks it serving when {@code across} ends the VLAN. */
    private static void note(Device device, Device across, Graph<String, DefaultEdge> graph, Set<String> serving) {
        if (device.isSwitch()) {
            graph.addVertex(device.name());
            if (!across.isSwitch()) {
                serving.add(device.name());
            }
        }
    }

    /**
     * The serving switches and every vertex on a loop-free path between two of them: in the tree of
     * blocks and cut points, the smallest subtree joining the serving switches; every vertex of a
     * block in it lies on such a path (in a biconnected block, any vertex lies on a simple path
     * between any two others).
     */
    private static Set<String> needed(Graph<String, DefaultEdge> graph, Set<String> serving) {
        Set<String> needed = new HashSet<>(serving);
        BiconnectivityInspector<String, DefaultEdge> inspector = new BiconnectivityInspector<>(graph);
        Set<String> cutpoints = inspector.getCutpoints();
        // tree nodes: 0..blocks-1 are blocks, then one node per cut point
        List<Set<String>> blocks = new ArrayList<>();
        for (Graph<String, DefaultEdge> block : inspector.getBlocks()) {
            blocks.add(block.vertexSet());
        }
        Map<String, Integer> cutNode = new HashMap<>();
        for (String cut : cutpoints) {
            cutNode.put(cut, blocks.size() + cutNode.size());
        }
        int nodes = blocks.size() + cutNode.size();
        List<Set<Integer>> tree = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            tree.add(new HashSet<>());
        }
        Map<String, Integer> terminalNode = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            for (String vertex : blocks.get(i)) {
                Integer cut = cutNode.get(vertex);
                if (cut != null) {
                    tree.get(i).add(cut);
                    tree.get(cut).add(i);
                } else if (serving.contains(vertex)) {
                    terminalNode.put(vertex, i);
                }
            }
        }
        serving.stream().filter(cutNode::containsKey).forEach(cut -> terminalNode.put(cut, cutNode.get(cut)));
        // a part of the graph with fewer than two serving switches needs nothing but them
        Set<Integer> terminals = new HashSet<>();
        for (Graph<String, DefaultEdge> component : inspector.getConnectedComponents()) {
            List<String> inIt = component.vertexSet().stream().filter(terminalNode::containsKey).toList();
            if (inIt.size() >= 2) {
                inIt.forEach(vertex -> terminals.add(terminalNode.get(vertex)));
            }
        }
        // prune leaves that hold no serving switch until only the subtree between them is left
        boolean[] removed = new boolean[nodes];
        ArrayList<Integer> leaves = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            if (tree.get(i).size() <= 1 && !terminals.contains(i)) {
                leaves.add(i);
            }
        }
        while (!leaves.isEmpty()) {
            int leaf = leaves.remove(leaves.size() - 1);
            if (removed[leaf]) {
                continue;
            }
            removed[leaf] = true;
            for (int neighbour : tree.get(leaf)) {
                tree.get(neighbour).remove(leaf);
                if (!removed[neighbour] && tree.get(neighbour).size() <= 1 && !terminals.contains(neighbour)) {
                    leaves.add(neighbour);
                }
            }
            tree.get(leaf).clear();
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (!removed[i]) {
                needed.addAll(blocks.get(i));
            }
        }
        return needed;
    }

    private static List<String> inFileOrder(Topology topology, Set<String> names) {
        return topology.devices().keySet().stream().filter(names::contains).toList();
    }

    /** How many switches carry the VLAN. */
    public int size() {
        return switches.size();
    }
}
