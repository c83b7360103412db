package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.ValueReader.quote;
import static dev.netmove.engine.topology.load.yaml.KeyPaths.item;

import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.topology.InterfaceAddress;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** Reads a link's {@code between:} ends: device and port, and the settings written on an end itself. */
final class LinkEndReader {

    static final Keys END_KEYS = Keys.of("port", "mode", "vlans", "native", "ip");

    static final String ENDPOINT_EXAMPLE = "device:port such as agg1:Eth1/49";

    private final ProblemList problems;
    private final ValueReader values;
    private final Map<String, DeviceSpec> devices;

    LinkEndReader(ValueReader values, Map<String, DeviceSpec> devices) {
        this.values = values;
        this.problems = values.problems();
        this.devices = devices;
    }

    void readBetween(LinkSpec l, MapNode m) {
        if (!m.has("between")) {
            values.missing(m, "between", l.node, l.path, "the link has no between; expected between: [device:port, device:port], such as "
                    + "[agg1:Eth1/49, core1:Eth1/1]");
            return;
        }
        String path = m.pathOf("between");
        List<YamlNode> items = values.list(m.value("between"), path, "a list of two ends such as [agg1:Eth1/49, core1:Eth1/1]");
        if (items == null) {
            return;
        }
        if (items.size() != 2) {
            problems.add(m.value("between"), path, "found " + items.size() + (items.size() == 1 ? " end" : " ends")
                    + "; expected exactly two ends, such as [agg1:Eth1/49, core1:Eth1/1]");
            return;
        }
        EndSpec a = readEnd(items.get(0), item(path, 0));
        EndSpec b = readEnd(items.get(1), item(path, 1));
        if (a == null || b == null) {
            return;
        }
        if (a.device.equals(b.device)) {
            problems.add(m.value("between"), path, "found a link from " + a.device + " to itself; expected two different devices");
            return;
        }
        l.a = a;
        l.b = b;
    }

    private EndSpec readEnd(YamlNode node, String path) {
        EndSpec end = new EndSpec(node, path);
        YamlNode endpointNode;
        String endpointPath;
        if (node instanceof YamlNode.Scalar) {
            endpointNode = node;
            endpointPath = path;
        } else {
            MapNode m = values.map(node, path, END_KEYS,
                    ENDPOINT_EXAMPLE + ", or a map such as { port: esx-a1:vmnic0, vlans: 110,120 }");
            if (m == null) {
                return null;
            }
            if (!m.has("port")) {
                values.missing(m, "port", node, path, "the end has no port; expected port: " + ENDPOINT_EXAMPLE);
                return null;
            }
            endpointNode = m.value("port");
            endpointPath = m.pathOf("port");
            if (m.has("mode")) {
                end.hasMode = true;
                end.mode = values.choice(m.value("mode"), m.pathOf("mode"), "mode", LinkMode::fromYaml, LinkMode.yamlNames());
            }
            if (m.has("vlans")) {
                end.vlansNode = m.value("vlans");
                end.vlans = values.vlans(end.vlansNode, m.pathOf("vlans"));
            }
            if (m.has("native")) {
                end.nativeNode = m.value("native");
                end.nativeVlan = values.vlanId(end.nativeNode, m.pathOf("native"));
            }
            if (m.has("ip")) {
                end.ipNode = m.value("ip");
                end.ip = values.address(end.ipNode, m.pathOf("ip"), InterfaceAddress::parse,
                        "an interface address such as 10.0.0.0/31");
            }
        }
        String text = values.text(endpointNode, endpointPath, ENDPOINT_EXAMPLE);
        if (text == null) {
            return null;
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            problems.add(endpointNode, endpointPath, "found " + quote(text) + "; expected " + ENDPOINT_EXAMPLE);
            return null;
        }
        end.device = text.substring(0, colon).strip();
        end.port = text.substring(colon + 1).strip();
        if (end.device.isEmpty() || end.port.isEmpty()) {
            problems.add(endpointNode, endpointPath, "found " + quote(text) + "; expected " + ENDPOINT_EXAMPLE);
            return null;
        }
        end.deviceKnown = devices.containsKey(end.device);
        if (!end.deviceKnown) {
            problems.add(endpointNode, endpointPath, "unknown device " + quote(end.device) + " in " + quote(text)
                    + ClosestNames.didYouMean(end.device, devices.keySet())
                    + "; expected device:port with a device listed under devices");
        }
        return end;
    }
}
