package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.ValueReader.BANDWIDTH;
import static dev.netmove.engine.topology.load.ValueReader.SHARE;
import static dev.netmove.engine.topology.load.ValueReader.TIME;
import static dev.netmove.engine.topology.load.ValueReader.position;
import static dev.netmove.engine.topology.load.ValueReader.quote;
import static dev.netmove.engine.topology.load.yaml.KeyPaths.child;
import static dev.netmove.engine.topology.load.yaml.KeyPaths.item;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkLoad;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.PortOrder;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the {@code links:} list of a topology file: ends, per-end settings, defaults and port use. */
final class LinkReader {

    static final Keys LINK_KEYS = Keys.of("name", "between", "speed", "latency", "mode", "vlans", "native",
            "load", "lag", "qos", "fhrpFilter", "ip", "cost");
    static final Keys LOAD_KEYS = Keys.of("forward", "reverse");
    static final Keys QOS_KEYS = Keys.of("vmotion");

    private final ProblemList problems;
    private final ValueReader values;
    private final Map<String, DeviceSpec> devices;
    private final List<LinkSpec> links = new ArrayList<>();
    private final Map<String, LinkSpec> linksByName = new HashMap<>();
    private final Map<String, Map<String, LinkSpec>> portUse = new HashMap<>();
    private final LinkEndReader ends;
    private final PortSettings ports;

    LinkReader(ValueReader values, Map<String, DeviceSpec> devices) {
        this.values = values;
        this.problems = values.problems();
        this.devices = devices;
        this.ends = new LinkEndReader(values, devices);
        this.ports = new PortSettings(values);
    }

    /** The links read, in file order; call only when no problem was found (then every link is built). */
    List<Link> links() {
        return links.stream().map(l -> l.link).toList();
    }

    void read(YamlNode node) {
        List<YamlNode> items = values.list(node, "links", "a list of links such as "
                + "- { between: [agg1:Eth1/49, core1:Eth1/1], speed: 40Gbps }");
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            readLink(items.get(i), item("links", i));
        }
    }

    private void readLink(YamlNode node, String path) {
        MapNode m = values.map(node, path, LINK_KEYS,
                "a map such as { between: [agg1:Eth1/49, core1:Eth1/1], speed: 40Gbps }");
        if (m == null) {
            return;
        }
        LinkSpec l = new LinkSpec(node, path);
        ends.readBetween(l, m);
        String shown = l.a != null && l.b != null ? quote(l.a.endpoint() + "--" + l.b.endpoint()) : "at " + path;
        if (m.has("name")) {
            l.nameNode = m.value("name");
            l.name = values.name(l.nameNode, m.pathOf("name"), "a name for the link, such as agg1-core1");
            l.explicitName = l.name != null;
            shown = l.name != null ? quote(l.name) : shown;
        } else if (l.a != null && l.b != null) {
            l.name = l.a.endpoint() + "--" + l.b.endpoint();
        }

        boolean ok = l.a != null && l.b != null && l.name != null;
        if (!m.has("speed")) {
            values.missing(m, "speed", node, path, "link " + shown + " has no speed; expected speed: such as 10Gbps (every link needs one)");
            ok = false;
        } else {
            l.speed = values.quantity(m.value("speed"), m.pathOf("speed"), Bandwidth::parse, BANDWIDTH);
            if (l.speed != null && l.speed.bitsPerSecond() <= 0) {
                problems.add(m.value("speed"), m.pathOf("speed"), "found speed " + ValueReader.written(m.value("speed"), l.speed)
                        + "; expected more than zero");
                l.speed = null;
            }
            ok &= l.speed != null;
        }
        TimeSpan latency = Link.DEFAULT_LATENCY;
        if (m.has("latency")) {
            latency = values.quantity(m.value("latency"), m.pathOf("latency"), TimeSpan::parse, TIME);
            if (latency != null && latency.nanos() < 0) {
                problems.add(m.value("latency"), m.pathOf("latency"), "found latency " + latency + "; expected zero or more");
                latency = null;
            }
            ok &= latency != null;
        }
        LinkLoad load = m.has("load") ? readLoad(m.value("load"), m.pathOf("load"), l.speed) : LinkLoad.NONE;
        ok &= load != null;
        if (m.has("lag")) {
            l.lagNode = m.value("lag");
            l.lag = values.name(l.lagNode, m.pathOf("lag"), "a port-channel name such as po10");
            ok &= l.lag != null;
        }
        Optional<Percent> share = Optional.empty();
        if (m.has("qos")) {
            Percent p = readQos(m.value("qos"), m.pathOf("qos"));
            ok &= p != null;
            share = Optional.ofNullable(p);
        }
        boolean fhrpFilter = false;
        if (m.has("fhrpFilter")) {
            Boolean f = values.bool(m.value("fhrpFilter"), m.pathOf("fhrpFilter"));
            ok &= f != null;
            fhrpFilter = f != null && f;
        }
        OptionalLong cost = OptionalLong.empty();
        if (m.has("cost")) {
            Integer c = values.integer(m.value("cost"), m.pathOf("cost"), 1, Integer.MAX_VALUE, "an IGP cost");
            ok &= c != null;
            cost = c == null ? cost : OptionalLong.of(c);
        }
        LinkEnd[] ends = ports.effectiveEnds(l, m, shown);
        ok &= ends != null;
        if (ends != null && m.has("cost") && ends[0].mode() != LinkMode.ROUTED && ends[1].mode() != LinkMode.ROUTED) {
            problems.add(m.keyNode("cost"), m.pathOf("cost"), "found cost on link " + shown + ", which is not routed; "
                    + "expected cost only on routed links (mode: routed): spanning tree sets its own port costs");
            ok = false;
        }
        registerName(l);
        registerPorts(l);
        links.add(l);
        if (ok) {
            try {
                l.link = new Link(l.name, ends[0], ends[1], l.speed, latency, Optional.ofNullable(l.lag), load, share,
                        fhrpFilter, cost);
            } catch (IllegalArgumentException e) {
                problems.add(node, path, e.getMessage());
            }
        }
    }

    private LinkLoad readLoad(YamlNode node, String path, Bandwidth speed) {
        if (node instanceof YamlNode.Scalar) {
            Bandwidth each = loadValue(node, path, speed);
            return each == null ? null : LinkLoad.of(each);
        }
        MapNode m = values.map(node, path, LOAD_KEYS, BANDWIDTH + " (each direction), or a map such as "
                + "{ forward: 12Gbps, reverse: 3Gbps }");
        if (m == null) {
            return null;
        }
        Bandwidth forward = m.has("forward") ? loadValue(m.value("forward"), m.pathOf("forward"), speed) : Bandwidth.ZERO;
        Bandwidth reverse = m.has("reverse") ? loadValue(m.value("reverse"), m.pathOf("reverse"), speed) : Bandwidth.ZERO;
        return forward == null || reverse == null ? null : new LinkLoad(forward, reverse);
    }

    private Bandwidth loadValue(YamlNode node, String path, Bandwidth speed) {
        Bandwidth load = values.quantity(node, path, Bandwidth::parse, BANDWIDTH);
        if (load == null) {
            return null;
        }
        if (load.bitsPerSecond() < 0) {
            problems.add(node, path, "found load " + load + "; expected zero or more");
            return null;
        }
        if (speed != null && load.bitsPerSecond() > speed.bitsPerSecond()) {
            problems.add(node, path, "found load " + load + ", more than the link's speed " + speed
                    + "; expected at most " + speed);
            return null;
        }
        return load;
    }

    private Percent readQos(YamlNode node, String path) {
        MapNode m = values.map(node, path, QOS_KEYS, "a map such as { vmotion: 20% }");
        if (m == null) {
            return null;
        }
        if (!values.required(m, "vmotion", "the most of the link vMotion may take, such as 20%")) {
            return null;
        }
        Percent p = values.quantity(m.value("vmotion"), m.pathOf("vmotion"), Percent::parse, SHARE);
        if (p != null && (p.ppm() <= 0 || p.ppm() > 1_000_000)) {
            problems.add(m.value("vmotion"), m.pathOf("vmotion"), "found " + p + "; expected a share above 0% and at most 100%");
            return null;
        }
        return p;
    }

    private void registerName(LinkSpec l) {
        if (l.name == null) {
            return;
        }
        LinkSpec first = linksByName.putIfAbsent(l.name, l);
        if (first != null && (first.explicitName || l.explicitName)) {
            YamlNode at = l.nameNode != null ? l.nameNode : l.node;
            problems.add(at, l.explicitName ? child(l.path, "name") : l.path, "found the link name " + quote(l.name)
                    + " again (first at " + first.path + ", " + position(first.nameNode != null ? first.nameNode : first.node)
                    + "); expected a unique name per link");
        }
    }

    private void registerPorts(LinkSpec l) {
        for (EndSpec e : new EndSpec[] {l.a, l.b}) {
            if (e == null || !e.deviceKnown) {
                continue;
            }
            LinkSpec other = portUse.computeIfAbsent(e.device, d -> new HashMap<>()).putIfAbsent(e.port, l);
            if (other != null) {
                problems.add(e.node, e.path, "found port " + e.endpoint() + " on link " + quote(nameOrPath(l))
                        + ", but link " + quote(nameOrPath(other)) + " (" + other.path + ", " + position(other.node)
                        + ") already uses it; expected each port on one link only");
            }
        }
    }

    private static String nameOrPath(LinkSpec l) {
        return l.name != null ? l.name : l.path;
    }

    /** Reports port-channels whose members join different neighbours or differ in speed. */
    void checkLags() {
        new LagCheck(problems, devices).check(links);
    }

    /** The ports of a device's links, in natural port order. */
    List<String> linkedPorts(String device) {
        List<String> names = new ArrayList<>(portUse.getOrDefault(device, Map.of()).keySet());
        names.sort(PortOrder.NATURAL);
        return names;
    }
}
