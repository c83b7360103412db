package dev.netmove.engine.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Links by name, by device and by port; built once per list of links. */
final class LinkIndex {
    final Map<String, Link> byName;
    final Map<String, Integer> position;
    final Map<String, List<Link>> byDevice;
    final Map<String, Map<String, Link>> byPort;
    final int portCount;

    LinkIndex(List<Link> links) {
        Map<String, Link> names = new LinkedHashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        Map<String, List<Link>> devices = new HashMap<>();
        Map<String, Map<String, Link>> ports = new HashMap<>();
        int count = 0;
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            names.putIfAbsent(link.name(), link);
            positions.putIfAbsent(link.name(), i);
            for (LinkEnd end : link.ends()) {
                devices.computeIfAbsent(end.device(), d -> new ArrayList<>()).add(link);
                if (ports.computeIfAbsent(end.device(), d -> new LinkedHashMap<>()).putIfAbsent(end.port(), link) == null) {
                    count++;
                }
            }
        }
        devices.replaceAll((device, list) -> List.copyOf(list));
        this.byName = Collections.unmodifiableMap(names);
        this.position = positions;
        this.byDevice = devices;
        this.byPort = ports;
        this.portCount = count;
    }
}
