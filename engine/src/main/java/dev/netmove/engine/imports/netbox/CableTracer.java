package dev.netmove.engine.imports.netbox;

import static dev.netmove.engine.imports.netbox.NetBoxFields.choice;
import static dev.netmove.engine.imports.netbox.NetBoxFields.id;
import static dev.netmove.engine.imports.netbox.NetBoxFields.nested;
import static dev.netmove.engine.imports.netbox.NetBoxFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.netbox.NetBoxPages.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Finds the device-interface-to-device-interface connections of a NetBox export: cables with an
 * interface at both ends (3.3+ {@code a_terminations}/{@code b_terminations}, older
 * {@code termination_a}/{@code termination_b}), and cable paths through patch panels (front and rear
 * ports) from each interface's {@code connected_endpoints}. Management-only interfaces are left out.
 */
final class CableTracer {

    /** Two interfaces joined by a cable or a cable path, and where that was read. */
    record Connection(NetBoxInterface a, NetBoxInterface b, Origin origin) {
    }

    private static final String INTERFACE = "dcim.interface";

    private final ReadContext context;
    private final Map<Long, NetBoxInterface> interfaces;
    private final Map<String, Connection> connections = new LinkedHashMap<>();

    CableTracer(ReadContext context, Map<Long, NetBoxInterface> interfaces) {
        this.context = context;
        this.interfaces = interfaces;
    }

    List<Connection> trace(NetBoxReader.Pages pages, String endpoint) {
        pages.forEach(endpoint, this::readCable);
        for (NetBoxInterface iface : interfaces.values()) {
            for (NetBoxInterface.Endpoint end : iface.endpoints()) {
                NetBoxInterface far = interfaces.get(end.id());
                if (far == null) {
                    far = stub(end.id(), end.deviceId(), end.device(), end.name(), iface.at("connected_endpoints"));
                }
                add(iface, far, iface.at("connected_endpoints"));
            }
        }
        return new ArrayList<>(connections.values());
    }

    private void readCable(Item cable) {
        JsonNode n = cable.node();
        if (!n.isObject()) {
            context.problem(cable.origin(), "a cable that is not an object", "a cable object of dcim/cables.json");
            return;
        }
        String status = choice(n, "status");
        if ("planned".equals(status) || "decommissioning".equals(status)) {
            context.note(ImportNote.Kind.SKIPPED, cable.origin(), "cable " + label(n) + " is " + status + ": left out");
            return;
        }
        List<NetBoxInterface> a = new ArrayList<>();
        List<NetBoxInterface> b = new ArrayList<>();
        boolean interfacesOnly = n.has("a_terminations")
                ? terminations(cable, "a_terminations", a) & terminations(cable, "b_terminations", b)
                : legacy(cable, "a", a) & legacy(cable, "b", b);
        if (!interfacesOnly || a.isEmpty() || b.isEmpty()) {
            return; // front/rear ports, circuits, power: the interfaces' cable paths say where it leads
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            add(a.get(i), b.get(i), cable.origin());
        }
    }

    /** Reads a 3.3+ terminations list; false when an end is anything but a device interface. */
    private boolean terminations(Item cable, String field, List<NetBoxInterface> into) {
        JsonNode list = cable.node().path(field);
        if (!list.isArray()) {
            context.problem(cable.at(field), field + " " + list, "a list of {object_type, object_id, object}");
            return false;
        }
        boolean all = true;
        for (int i = 0; i < list.size(); i++) {
            JsonNode t = list.get(i);
            if (!INTERFACE.equals(text(t, "object_type"))) {
                all = false;
                continue;
            }
            NetBoxInterface iface = resolve(t.path("object_id").asLong(-1), nested(t, "object"), cable.at(field + "/" + i));
            if (iface == null) {
                all = false;
            } else {
                into.add(iface);
            }
        }
        return all;
    }

    /** Before NetBox 3.3: {@code termination_a_type}, {@code termination_a_id}, {@code termination_a}. */
    private boolean legacy(Item cable, String side, List<NetBoxInterface> into) {
        JsonNode n = cable.node();
        if (!INTERFACE.equals(text(n, "termination_" + side + "_type"))) {
            return false;
        }
        NetBoxInterface iface = resolve(n.path("termination_" + side + "_id").asLong(-1), nested(n, "termination_" + side),
                cable.at("termination_" + side));
        if (iface != null) {
            into.add(iface);
        }
        return iface != null;
    }

    private NetBoxInterface resolve(long id, JsonNode object, Origin where) {
        if (id < 0 && object != null) {
            id = id(object);
        }
        NetBoxInterface known = interfaces.get(id);
        if (known != null) {
            return known;
        }
        JsonNode device = object == null ? null : nested(object, "device");
        if (device == null || text(device, "name") == null || text(object, "name") == null) {
            context.problem(where, "a cable end " + (object == null ? "without its object" : object.toString()),
                    "an interface of dcim/interfaces.json, or an object with device {id, name} and name");
            return null;
        }
        return stub(id, id(device), text(device, "name"), text(object, "name"), where);
    }

    private static NetBoxInterface stub(long id, long deviceId, String device, String name, Origin where) {
        return new NetBoxInterface(id, deviceId, device, name, null, OptionalLong.empty(), null, -1, new TreeSet<>(),
                -1, null, false, List.of(), where);
    }

    private void add(NetBoxInterface a, NetBoxInterface b, Origin origin) {
        if (a.mgmtOnly() || b.mgmtOnly() || a.deviceId() == b.deviceId() && a.device().equals(b.device())) {
            return;
        }
        String key = Math.min(a.id(), b.id()) + "-" + Math.max(a.id(), b.id());
        connections.putIfAbsent(key, new Connection(a, b, origin));
    }

    private static String label(JsonNode cable) {
        String label = text(cable, "label");
        return label != null ? label : "#" + id(cable);
    }
}
