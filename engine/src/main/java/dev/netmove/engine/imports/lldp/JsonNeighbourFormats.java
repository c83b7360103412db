package dev.netmove.engine.imports.lldp;

import static dev.netmove.engine.imports.lldp.JsonSource.field;
import static dev.netmove.engine.imports.lldp.JsonSource.step;
import static dev.netmove.engine.imports.lldp.JsonSource.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.Origin;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The JSON neighbour tables: NAPALM {@code get_lldp_neighbors_detail} (keyed by device, or one
 * device per file), Arista {@code show lldp neighbors | json} ({@code lldpNeighbors[]}, one device
 * per file) and Batfish {@code layer1_topology.json} ({@code edges[]}). Each object that cannot be
 * read is a problem at its JSON pointer; the rest is read.
 */
final class JsonNeighbourFormats {

    /** A MAC address in any usual notation: {@code 3c:fd:fe:b1:0c:20}, {@code 3c-fd-...}, {@code 3cfd.feb1.0c20}. */
    private static final Pattern MAC = Pattern.compile(
            "(?i)([0-9a-f]{2}[:-]){5}[0-9a-f]{2}|([0-9a-f]{4}\\.){2}[0-9a-f]{4}|[0-9a-f]{12}");

    private JsonNeighbourFormats() {
    }

    static boolean isArista(JsonNode root) {
        return field(root, "lldpNeighbors") != null;
    }

    static boolean isBatfish(JsonNode root) {
        return field(root, "edges") != null;
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
        for (JsonNode value : root) {
            if (!value.isObject() || (!value.isEmpty() && !isNapalmDevice(value))) {
                return false;
            }
        }
        return true;
    }

    static void napalm(JsonNode root, String shown, Consumer<NeighbourRow> rows, List<ImportProblem> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> device = it.next();
            napalmDevice(device.getKey(), device.getValue(), step(device.getKey()), shown, rows, problems);
        }
    }

    static void napalmDevice(String device, JsonNode ports, String pointer, String shown, Consumer<NeighbourRow> rows,
                             List<ImportProblem> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = ports.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> port = it.next();
            String portPointer = pointer + step(port.getKey());
            int index = 0;
            for (JsonNode neighbour : port.getValue()) {
                Origin at = Origin.pointer(shown, portPointer + "/" + index++);
                String system = text(neighbour, "remote_system_name");
                String remotePort = text(neighbour, "remote_port");
                if (system == null || remotePort == null) {
                    problems.add(new ImportProblem(at, "a neighbour without " + (system == null ? "remote_system_name"
                            : "remote_port"), "remote_system_name and remote_port, as get_lldp_neighbors_detail gives them"));
                    continue;
                }
                if (MAC.matcher(remotePort).matches()) {
                    String description = text(neighbour, "remote_port_description");
                    if (description == null) {
                        problems.add(new ImportProblem(at, "the port id " + remotePort + " (a MAC address) and no "
                                + "remote_port_description", "the neighbour's port name in remote_port or "
                                + "remote_port_description (write the link in the overlay otherwise)"));
                        continue;
                    }
                    remotePort = description;
                }
                rows.accept(new NeighbourRow(device, port.getKey(), system, remotePort, null, at));
            }
        }
    }

    static void arista(String device, JsonNode root, String shown, Consumer<NeighbourRow> rows,
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
