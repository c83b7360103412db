package dev.netmove.engine.config;

import dev.netmove.engine.l2.Layer2Analysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The layer-2 domains of each VLAN met so far, so that checking many clusters asks layer 2 for
 * each domain once instead of once per cluster (a domain can hold thousands of devices).
 */
final class VlanDomains {

    private final Layer2Analysis layer2;
    private final Map<Integer, List<Set<String>>> known = new HashMap<>();

    VlanDomains(Layer2Analysis layer2) {
        this.layer2 = layer2;
    }

    Layer2Analysis layer2() {
        return layer2;
    }

    /** The devices in {@code device}'s domain of {@code vlan}, itself included; see {@link Layer2Analysis#segment}. */
    Set<String> domainOf(int vlan, String device) {
        List<Set<String>> domains = known.computeIfAbsent(vlan, v -> new ArrayList<>());
        for (Set<String> domain : domains) {
            if (domain.contains(device)) {
                return domain;
            }
        }
        Set<String> domain = layer2.segment(vlan, device);
        if (domain.size() > 1) {
            // a domain of one device is only asked for by that device: not worth keeping
            domains.add(domain);
        }
        return domain;
    }
}
