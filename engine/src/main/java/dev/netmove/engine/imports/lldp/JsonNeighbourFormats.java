package dev.netmove.engine.imports.lldp;

import static dev.netmove.engine.imports.lldp.JsonSource.field;
import static dev.netmove.engine.imports.lldp.JsonSource.step;
import static dev.netmove.engine.imports.lldp.JsonSource.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.Origin;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The JSON neighbour tables: NAPALM {@code get_lldp_neighbors_detail} (keyed by device, or one
 * device per file), Arista {@code show lldp neighbors | json} ({@code lldpNeighbors[]}, one device
 * per file) and Batfish {@code layer1_topology.json} ({@code edges[]}). Each object that cannot be
 * read is a problem at its JSON pointer; the rest is read.
 */
final class JsonNeighbourFormats {

    /** The key under which Nornir's napalm_get and similar wrappers put the getter's result. */
    private static final String GETTER = "get_lldp_neighbors_detail";

    private JsonNeighbourFormats() {
    }

    static boolean isArista(JsonNode root) {
        return field(root, "lldpNeighbors") != null;
    }

    static boolean isBatfish(JsonNode root) {
        return field(root, "edges") != null;
    }

    /**
     * The getter's result where a wrapper saved it under its name ({@code {"get_lldp_neighbors_detail": {...}}},
     * as Nornir's napalm_get does); else {@code node} itself.
     */
    static JsonNode getterResult(JsonNode node) {
        if (node != null && node.isObject() && node.size() == 1) {
            JsonNode inner = field(node, GETTER);
            if (inner != null && inner.isObject()) {
                return inner;
            }
        }
        return node;
    }

    /** Whether {@code root} is {@code {port: [neighbour, ...]}}: one device of NAPALM. */
    static boolean isNapalmDevice(JsonNode root) {
        if (!root.isObject() || root.isEmpty()) {
            return false;
        }
        for (JsonNode value : root) {
            if (!value.isArray()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code root} is {@code {device: {port: [...]}}}: NAPALM keyed by device. */
    static boolean isNapalm(JsonNode root) {
        if (!root.isObject() || root.isEmpty()) {
            return false;
        }
        for (JsonNode device : root) {
            JsonNode value = getterResult(device);
            if (!value.isObject() || (!value.isEmpty() && !isNapalmDevice(value))) {
                return false;
            }
        }
        return true;
    }

    static void napalm(JsonNode root, String shown, Consumer<NeighbourRow> rows, List<ImportNote> notes,
                       List<ImportProblem> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> device = it.next();
            JsonNode ports = getterResult(device.getValue());
            String pointer = step(device.getKey()) + (ports == device.getValue() ? "" : step(GETTER));
            napalmDevice(device.getKey(), ports, pointer, shown, rows, notes, problems);
        }
    }

    /**
     * One device's {@code {port: [neighbour, ...]}}. A neighbour without a system name (a phone, a PC, a server
     * without LLDP's optional TLVs) is no device of the model, and one whose port cannot be named (a MAC address
     * port id without a description): both are left out with a note, the rest of the table is read.
     */
    static void napalmDevice(String device, JsonNode ports, String pointer, String shown, Consumer<NeighbourRow> rows,
                             List<ImportNote> notes, List<ImportProblem> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = ports.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> port = it.next();
            String portPointer = pointer + step(port.getKey());
            int index = 0;
            for (JsonNode neighbour : port.getValue()) {
                Origin at = Origin.pointer(shown, portPointer + "/" + index++);
                if (!neighbour.isObject()) {
                    problems.add(new ImportProblem(at, "a neighbour that is no object", "{remote_system_name, "
                            + "remote_port, remote_port_description, ...}, as get_lldp_neighbors_detail gives them"));
                    continue;
                }
                String local = device + ":" + port.getKey();
                String system = text(neighbour, "remote_system_name");
                String portId = text(neighbour, "remote_port");
                if (system == null) {
                    String chassis = text(neighbour, "remote_chassis_id");
                    notes.add(new ImportNote(ImportNote.Kind.UNKNOWN_NEIGHBOUR, at, local + " sees a neighbour without"
                            + " a system name" + (chassis == null ? "" : " (chassis " + chassis + ")")
                            + ": no device of the model, left out"));
                    continue;
                }
                String remotePort = RemotePort.name(portId, text(neighbour, "remote_port_description"));
                if (remotePort == null) {
                    notes.add(unnamedPort(at, local, system, portId == null ? "no port id"
                            : "the port id " + portId + ", a MAC address,", "no remote_port_description names it", ""));
                    continue;
                }
                rows.accept(new NeighbourRow(device, port.getKey(), system, remotePort, null, at));
            }
        }
    }

    /**
     * One device's {@code show lldp neighbors | json}; a neighbour whose port id is a MAC address (a server) cannot
     * be named from this table, which has no port descriptions: it is left out with a note.
     */
    static void arista(String device, JsonNode root, String shown, Consumer<NeighbourRow> rows, List<ImportNote> notes,
                       List<ImportProblem> problems) {
        eachItem(root, "lldpNeighbors", shown, "lldpNeighbors: a list of {port, neighborDevice, neighborPort}", problems,
                (n, at) -> {
                    String port = text(n, "port");
                    String neighbour = text(n, "neighborDevice");
                    String neighbourPort = text(n, "neighborPort");
                    if (port == null || neighbour == null || neighbourPort == null) {
                        problems.add(new ImportProblem(at, "a neighbour without port, neighborDevice or neighborPort",
                                "port, neighborDevice and neighborPort, as show lldp neighbors | json gives them"));
                        return;
                    }
                    if (RemotePort.isMac(neighbourPort)) {
                        notes.add(unnamedPort(at, device + ":" + port, neighbour, "the port id " + neighbourPort
                                + ", a MAC address,", "show lldp neighbors gives no port description to name it",
                                " (or read the neighbours from NAPALM get_lldp_neighbors_detail, whose"
                                        + " remote_port_description names the port)"));
                        return;
                    }
                    rows.accept(new NeighbourRow(device, port, neighbour, neighbourPort, null, at));
                });
    }

    static void batfish(JsonNode root, String shown, Consumer<NeighbourRow> rows, List<ImportProblem> problems) {
        eachItem(root, "edges", shown, "edges: a list of {node1: {hostname, interfaceName}, node2: {...}}", problems,
                (edge, at) -> {
                    JsonNode one = field(edge, "node1");
                    JsonNode two = field(edge, "node2");
                    String h1 = text(one, "hostname");
                    String i1 = text(one, "interfaceName");
                    String h2 = text(two, "hostname");
                    String i2 = text(two, "interfaceName");
                    if (h1 == null || i1 == null || h2 == null || i2 == null) {
                        problems.add(new ImportProblem(at, "an edge without node1/node2 hostname and interfaceName",
                                "{node1: {hostname, interfaceName}, node2: {hostname, interfaceName}}"));
                        return;
                    }
                    rows.accept(new NeighbourRow(h1, i1, h2, i2, null, at));
                });
    }

    private static ImportNote unnamedPort(Origin at, String local, String system, String found, String why,
                                          String alternative) {
        return new ImportNote(ImportNote.Kind.WARNING, at, local + " sees " + system + " on " + found + " and " + why
                + ": left out; overlay key links: - {between: [" + local + ", " + system + ":<port>]} adds the link"
                + alternative);
    }

    /**
     * Each item of the list under {@code key} of {@code root} with its place ({@code /key/3}); a problem at
     * {@code /key} when that is no list ({@code expected} says what should be there).
     */
    private static void eachItem(JsonNode root, String key, String shown, String expected, List<ImportProblem> problems,
                                 BiConsumer<JsonNode, Origin> each) {
        JsonNode list = field(root, key);
        if (!list.isArray()) {
            problems.add(new ImportProblem(Origin.pointer(shown, "/" + key), "not a list", expected));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            each.accept(list.get(i), Origin.pointer(shown, "/" + key + "/" + i));
        }
    }
}
