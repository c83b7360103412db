package dev.netmove.engine.flow;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.l2.VlanGraph;
import dev.netmove.engine.topology.Link;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The FHRP hello domains of a topology: the devices a device's hellos reach in a VLAN (its layer-2
 * domain, less what lies behind {@code fhrpFilter} links) and the filtering links at its edge.
 * Each side of a filter elects its own active. Safe to share between threads.
 */
final class HelloDomains {

    private final Layer2Analysis layer2;
    // per VLAN and device: one search serves every switch of a domain (a search from each gateway
    // candidate over the whole VLAN made one flow analysis cost tens of milliseconds)
    private final ConcurrentMap<Integer, Map<String, VlanGraph.Domain>> known = new ConcurrentHashMap<>();

    HelloDomains(Layer2Analysis layer2) {
        this.layer2 = layer2;
    }

    /** The hello domain of {@code device} in {@code vlan}; a device outside the VLAN has itself alone. */
    VlanGraph.Domain of(int vlan, String device) {
        Map<String, VlanGraph.Domain> ofVlan = known.computeIfAbsent(vlan, v -> new ConcurrentHashMap<>());
        VlanGraph.Domain cached = ofVlan.get(device);
        if (cached != null) {
            return cached;
        }
        VlanGraph graph = layer2.vlanGraph(vlan);
        VlanGraph.Domain domain = graph.domain(device, Link::fhrpFilter);
        ofVlan.put(device, domain);
        if (graph.contains(device) && graph.bridges(device)) {
            // from any bridge of the domain, the same search reaches the same devices
            for (String member : domain.devices()) {
                if (graph.bridges(member)) {
                    ofVlan.putIfAbsent(member, domain);
                }
            }
        }
        return domain;
    }
}
