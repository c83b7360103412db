package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.ValueReader.BANDWIDTH;
import static dev.netmove.engine.topology.load.ValueReader.SHARE;
import static dev.netmove.engine.topology.load.ValueReader.TIME;
import static dev.netmove.engine.topology.load.ValueReader.child;
import static dev.netmove.engine.topology.load.ValueReader.item;
import static dev.netmove.engine.topology.load.ValueReader.position;
import static dev.netmove.engine.topology.load.ValueReader.quote;

import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.InterfaceAddress;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkLoad;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.PortOrder;
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
    static final Keys END_KEYS = Keys.of("port", "mode", "vlans", "native", "ip");
    static final Keys LOAD_KEYS = Keys.of("forward", "reverse");
    static final Keys QOS_KEYS = Keys.of("vmotion");

    private static final String ENDPOINT_EXAMPLE = "device:port such as agg1:Eth1/49";

    private final ProblemList problems;
    private final ValueReader values;
    private final Map<String, DeviceSpec> devices;
    private final List<LinkSpec> links = new ArrayList<>();
    private final Map<String, LinkSpec> linksByName = new HashMap<>();
    private final Map<String, Map<String, LinkSpec>> ports = new HashMap<>();

    LinkReader(ValueReader values, Map<String, DeviceSpec> devices) {
        this.values = values;
        this.problems = values.problems();
        this.devices = devices;
    }

    /** The links read, in file order; call only when no problem was found (then every link is built). */
    List<Link> links() {
        return links.stream().map(l -> l.link).toList();
    }

    /** One end of a link as written: where it plugs in and the settings written on the end itself. */
    private static final class EndSpec {
        final YamlNode node;
        final String path;
        String device;
        String port;
        boolean deviceKnown;
        boolean hasMode;
        LinkMode mode;
        YamlNode vlansNode;
        VlanSet vlans;
        YamlNode nativeNode;
        Integer nativeVlan;
        YamlNode ipNode;
        InterfaceAddress ip;

        EndSpec(YamlNode node, String path) {
            this.node = node;
            this.path = path;
        }

        String endpoint() {
            return device + ":" + port;
        }
    }

    /** A link as read, with where its parts are for later cross-checks. */
    private static final class LinkSpec {
        final YamlNode node;
        final String path;
        String name;
        boolean explicitName;
        YamlNode nameNode;
        EndSpec a;
        EndSpec b;
        Bandwidth speed;
        YamlNode lagNode;
        String lag;
        Link link;

        LinkSpec(YamlNode node, String path) {
            this.node = node;
            this.path = path;
        }

        boolean endsKnown() {
            return a != null && b != null && a.deviceKnown && b.deviceKnown;
        }

        String otherDevice(String device) {
            return a.device.equals(device) ? b.device : a.device;
        }
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
        readBetween(l, m);
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
                problems.add(m.value("speed"), m.pathOf("speed"), "found speed " + l.speed + "; expected more than zero");
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
        LinkEnd[] ends = effectiveEnds(l, m, shown);
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

    private void readBetween(LinkSpec l, MapNode m) {
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

    /** The two ends with the link's values and each end's overrides applied; null when one is unusable. */
    private LinkEnd[] effectiveEnds(LinkSpec l, MapNode m, String shown) {
        boolean linkModeOk = true;
        LinkMode linkMode = LinkMode.TRUNK;
        if (m.has("mode")) {
            linkMode = values.choice(m.value("mode"), m.pathOf("mode"), "mode", LinkMode::fromYaml, LinkMode.yamlNames());
            linkModeOk = linkMode != null;
        }
        YamlNode vlansNode = m.value("vlans");
        VlanSet vlans = vlansNode == null ? null : values.vlans(vlansNode, m.pathOf("vlans"));
        YamlNode nativeNode = m.value("native");
        Integer nativeVlan = nativeNode == null ? null : values.vlanId(nativeNode, m.pathOf("native"));
        YamlNode ipNode = m.value("ip");
        InterfaceAddress[] ips = ipNode == null ? null : readIpPair(ipNode, m.pathOf("ip"));
        if (l.a == null || l.b == null) {
            return null;
        }
        LinkEnd[] result = new LinkEnd[2];
        EndSpec[] specs = {l.a, l.b};
        List<String> withoutIp = new ArrayList<>(2);
        boolean ok = true;
        for (int i = 0; i < 2; i++) {
            EndSpec e = specs[i];
            LinkMode mode = e.hasMode ? e.mode : (linkModeOk ? linkMode : null);
            YamlNode endVlansNode = e.vlansNode != null ? e.vlansNode : vlansNode;
            VlanSet endVlans = e.vlansNode != null ? e.vlans : vlans;
            String vlansPath = e.vlansNode != null ? child(e.path, "vlans") : m.pathOf("vlans");
            YamlNode endNativeNode = e.nativeNode != null ? e.nativeNode : nativeNode;
            Integer endNative = e.nativeNode != null ? e.nativeVlan : nativeVlan;
            String nativePath = e.nativeNode != null ? child(e.path, "native") : m.pathOf("native");
            YamlNode endIpNode = e.ipNode != null ? e.ipNode : ipNode;
            InterfaceAddress endIp = e.ipNode != null ? e.ip : (ips == null ? null : ips[i]);
            String ipPath = e.ipNode != null ? child(e.path, "ip") : m.pathOf("ip");
            if (mode == null || (endVlansNode != null && endVlans == null) || (endNativeNode != null && endNative == null)
                    || (endIpNode != null && endIp == null)) {
                ok = false;
                continue;
            }
            EndSpec other = specs[1 - i];
            boolean sameMode = (other.hasMode ? other.mode : (linkModeOk ? linkMode : null)) == mode;
            // a link-level value both ends reject alike is reported once, about the link
            String vlansAt = on(e, mode, sameMode && e.vlansNode == null && other.vlansNode == null);
            String nativeAt = on(e, mode, sameMode && e.nativeNode == null && other.nativeNode == null);
            String ipAt = on(e, mode, sameMode && e.ipNode == null && other.ipNode == null);
            String where = e.endpoint();
            if (mode != LinkMode.ROUTED && endIpNode != null) {
                problems.add(endIpNode, ipPath, "found an ip " + ipAt + "; expected ip only on routed ports (mode: routed)");
                ok = false;
                continue;
            }
            switch (mode) {
                case TRUNK -> result[i] = LinkEnd.trunk(e.device, e.port, endVlans == null ? VlanSet.ALL : endVlans,
                        endNative == null ? 1 : endNative);
                case ACCESS -> {
                    VlanSet access = endVlans == null ? VlanSet.of(1) : endVlans;
                    if (endNativeNode != null) {
                        problems.add(endNativeNode, nativePath, "found native " + nativeAt + "; expected "
                                + "native only on trunks: an access port's VLAN is set with vlans");
                        ok = false;
                    } else if (access.size() != 1) {
                        problems.add(endVlansNode, vlansPath, "found VLANs " + access + " " + vlansAt
                                + "; expected exactly one VLAN: an access port carries a single VLAN untagged");
                        ok = false;
                    } else {
                        result[i] = LinkEnd.access(e.device, e.port, access.stream().findFirst().getAsInt());
                    }
                }
                case ROUTED -> {
                    if (endVlansNode != null) {
                        problems.add(endVlansNode, vlansPath, "found vlans " + vlansAt + "; expected no "
                                + "vlans: a routed port carries no VLANs (use mode: trunk to carry them)");
                        ok = false;
                    } else if (endNativeNode != null) {
                        problems.add(endNativeNode, nativePath, "found native " + nativeAt + "; expected "
                                + "no native VLAN: a routed port carries no VLANs");
                        ok = false;
                    } else if (endIp == null) {
                        withoutIp.add(where);
                        ok = false;
                    } else {
                        result[i] = LinkEnd.routed(e.device, e.port, endIp);
                    }
                }
                default -> throw new AssertionError(mode);
            }
        }
        if (!withoutIp.isEmpty()) {
            problems.add(l.node, l.path, "routed link " + shown + (withoutIp.size() == 2 ? " has no IPs"
                    : " has no IP on " + withoutIp.get(0)) + "; expected ip: [10.0.0.0/31, 10.0.0.1/31] on the link "
                    + "(one address per end, in the order of between) or ip: on the end");
        }
        if (!ok) {
            return null;
        }
        if (result[0].ip().isPresent() && result[1].ip().isPresent()
                && result[0].ip().get().address().equals(result[1].ip().get().address())) {
            YamlNode at = ipNode != null ? ipNode : l.node;
            problems.add(at, ipNode != null ? m.pathOf("ip") : l.path, "found " + result[0].ip().get().address()
                    + " on both ends of link " + shown + "; expected a different address on each end");
            return null;
        }
        return result;
    }

    /** Where a port setting was found: on the whole link, or on one end ("on agg1:Eth1/1, an access port"). */
    private static String on(EndSpec end, LinkMode mode, boolean wholeLink) {
        String kind = switch (mode) {
            case TRUNK -> "a trunk";
            case ACCESS -> "an access";
            case ROUTED -> "a routed";
        };
        return wholeLink ? "on " + kind + " link" : "on " + end.endpoint() + ", " + kind + " port";
    }

    private InterfaceAddress[] readIpPair(YamlNode node, String path) {
        List<YamlNode> items = values.list(node, path, "a list of two interface addresses such as [10.0.0.0/31, 10.0.0.1/31]");
        if (items == null) {
            return null;
        }
        if (items.size() != 2) {
            problems.add(node, path, "found " + items.size() + (items.size() == 1 ? " address" : " addresses")
                    + "; expected two, one per end in the order of between, such as [10.0.0.0/31, 10.0.0.1/31]");
            return null;
        }
        InterfaceAddress a = values.address(items.get(0), item(path, 0), InterfaceAddress::parse,
                "an interface address such as 10.0.0.0/31");
        InterfaceAddress b = values.address(items.get(1), item(path, 1), InterfaceAddress::parse,
                "an interface address such as 10.0.0.1/31");
        return a == null || b == null ? null : new InterfaceAddress[] {a, b};
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
            LinkSpec other = ports.computeIfAbsent(e.device, d -> new HashMap<>()).putIfAbsent(e.port, l);
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
        Map<String, LinkSpec> byDeviceAndLag = new HashMap<>();
        for (LinkSpec l : links) {
            if (l.lag == null || !l.endsKnown()) {
                continue;
            }
            for (String device : List.of(l.a.device, l.b.device)) {
                LinkSpec first = byDeviceAndLag.putIfAbsent(device + '\u0000' + l.lag, l);
                if (first == null) {
                    continue;
                }
                String path = child(l.path, "lag");
                if (!first.otherDevice(device).equals(l.otherDevice(device))
                        && !vpcPair(first.otherDevice(device), l.otherDevice(device))) {
                    problems.add(l.lagNode, path, "found lag " + quote(l.lag) + " on " + device + " joining "
                            + quote(first.name) + " (to " + first.otherDevice(device) + ") and " + quote(l.name)
                            + " (to " + l.otherDevice(device) + "); expected all members of a port-channel between the "
                            + "same two devices, or to the two peers of a vPC pair (give the port-channel to each "
                            + "neighbour its own lag name)");
                    break;
                }
                if (first.speed != null && l.speed != null && first.speed.bitsPerSecond() != l.speed.bitsPerSecond()) {
                    problems.add(l.lagNode, path, "found lag " + quote(l.lag) + " with members of different speeds: "
                            + quote(first.name) + " is " + first.speed + ", " + quote(l.name) + " is " + l.speed
                            + "; expected one speed for all members of a port-channel");
                    break;
                }
            }
        }
    }

    /**
     * Whether two devices name each other as vPC peers: a port-channel to both is one multi-chassis
     * port-channel (vPC, VSS, MLAG), the usual way a switch or host is dual-homed to such a pair.
     */
    private boolean vpcPair(String x, String y) {
        DeviceSpec first = devices.get(x);
        DeviceSpec second = devices.get(y);
        return first != null && second != null && y.equals(first.vpcPeer) && x.equals(second.vpcPeer);
    }

    /** The ports of a device's links, in natural port order. */
    List<String> linkedPorts(String device) {
        List<String> names = new ArrayList<>(ports.getOrDefault(device, Map.of()).keySet());
        names.sort(PortOrder.NATURAL);
        return names;
    }
}
