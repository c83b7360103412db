package dev.netmove.engine.imports.netbox;

import static dev.netmove.engine.imports.netbox.NetBoxFields.choice;
import static dev.netmove.engine.imports.netbox.NetBoxFields.id;
import static dev.netmove.engine.imports.netbox.NetBoxFields.nested;
import static dev.netmove.engine.imports.netbox.NetBoxFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.netbox.NetBoxInterface.Endpoint;
import dev.netmove.engine.imports.netbox.NetBoxPages.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads {@code dcim/interfaces.json}: 3.3+ {@code connected_endpoints} lists and the older single
 * {@code connected_endpoint} (none where the cable leads to a circuit), VLANs nested ({@code {"id", "vid"}})
 * or by id, choices as objects or strings.
 */
final class InterfaceReader {

    private final ReadContext context;
    private final Map<Long, Integer> vlanIds;

    InterfaceReader(ReadContext context, Map<Long, Integer> vlanIds) {
        this.context = context;
        this.vlanIds = vlanIds;
    }

    /** The interfaces by id, in file order; an unreadable one is a problem and left out. */
    Map<Long, NetBoxInterface> read(NetBoxReader.Pages pages, String endpoint) {
        Map<Long, NetBoxInterface> byId = new LinkedHashMap<>();
        pages.forEach(endpoint, item -> {
            NetBoxInterface iface = readOne(item);
            if (iface != null) {
                byId.put(iface.id(), iface);
            }
        });
        return byId;
    }

    private NetBoxInterface readOne(Item item) {
        JsonNode n = item.node();
        if (!n.isObject() || id(n) < 0) {
            context.problem(item.origin(), "an interface without an id", "an interface object with id, device and name");
            return null;
        }
        JsonNode device = nested(n, "device");
        String name = text(n, "name");
        if (device == null || text(device, "name") == null || name == null) {
            context.problem(item.origin(), "an interface without " + (name == null ? "a name" : "a named device"),
                    "an interface object with device {id, name} and name");
            return null;
        }
        OptionalLong speed;
        try {
            speed = NetBoxFields.number(n, "speed");
        } catch (IllegalArgumentException e) {
            context.problem(item.at("speed"), "speed " + e.getMessage(), "the interface speed in Kbps, a whole number, or null");
            speed = OptionalLong.empty();
        }
        JsonNode lag = nested(n, "lag");
        SortedSet<Integer> tagged = new TreeSet<>();
        JsonNode taggedNode = n.path("tagged_vlans");
        for (int i = 0; i < taggedNode.size(); i++) {
            int vid = vid(taggedNode.get(i));
            if (vid < 0) {
                context.problem(item.at("tagged_vlans/" + i), "a tagged VLAN " + taggedNode.get(i),
                        "a VLAN {id, vid} of ipam/vlans.json");
            } else {
                tagged.add(vid);
            }
        }
        int untagged = -1;
        JsonNode untaggedNode = n.get("untagged_vlan");
        if (untaggedNode != null && !untaggedNode.isNull()) {
            untagged = vid(untaggedNode);
            if (untagged < 0) {
                context.problem(item.at("untagged_vlan"), "an untagged VLAN " + untaggedNode, "a VLAN {id, vid} of ipam/vlans.json");
            }
        }
        return new NetBoxInterface(id(n), id(device), text(device, "name"), name, choice(n, "type"), speed,
                choice(n, "mode"), untagged, tagged, lag == null ? -1 : id(lag), lag == null ? null : text(lag, "name"),
                n.path("mgmt_only").asBoolean(false), endpoints(n), item.origin());
    }

    private List<Endpoint> endpoints(JsonNode n) {
        List<Endpoint> endpoints = new ArrayList<>();
        if (n.has("connected_endpoints_reachable") && !n.path("connected_endpoints_reachable").asBoolean(true)) {
            return endpoints;
        }
        // NetBox traces a path on through a circuit to the interface beyond it; IMPORT.md leaves circuits out
        String peers = text(n, n.has("link_peers_type") ? "link_peers_type" : "link_peer_type"); // 3.3+, before 3.3
        if (peers != null && peers.startsWith("circuits.")) {
            return endpoints;
        }
        JsonNode list = n.get("connected_endpoints");
        String type = text(n, "connected_endpoints_type");
        if (list == null || list.isNull()) {
            list = n.get("connected_endpoint"); // before NetBox 3.3: one endpoint
            type = text(n, "connected_endpoint_type");
        }
        if (list == null || list.isNull() || type != null && !type.equals("dcim.interface")) {
            return endpoints; // circuits, power and console ends are not links
        }
        for (JsonNode end : list.isArray() ? list : List.of(list)) {
            JsonNode device = nested(end, "device");
            if (device != null && text(device, "name") != null && text(end, "name") != null) {
                endpoints.add(new Endpoint(id(end), id(device), text(device, "name"), text(end, "name")));
            }
        }
        return endpoints;
    }

    /** The VID of a nested VLAN, or of a bare VLAN id through {@code ipam/vlans.json}; -1 if neither. */
    int vid(JsonNode vlan) {
        if (vlan == null || vlan.isNull()) {
            return -1;
        }
        if (vlan.isObject()) {
            JsonNode vid = vlan.get("vid");
            if (vid != null && vid.canConvertToInt()) {
                return vid.asInt();
            }
            return vlanIds.getOrDefault(id(vlan), -1);
        }
        return vlan.canConvertToLong() ? vlanIds.getOrDefault(vlan.asLong(), -1) : -1;
    }
}
