package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.ValueReader.isNull;
import static dev.netmove.engine.topology.load.ValueReader.position;
import static dev.netmove.engine.topology.load.ValueReader.quote;
import static dev.netmove.engine.topology.load.yaml.KeyPaths.child;
import static dev.netmove.engine.topology.load.yaml.KeyPaths.item;

import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.HostConfig;
import dev.netmove.engine.topology.Ipv4Address;
import dev.netmove.engine.topology.Ipv4Prefix;
import dev.netmove.engine.topology.Role;
import dev.netmove.engine.topology.StaticRoute;
import dev.netmove.engine.topology.Stp;
import dev.netmove.engine.topology.VmotionInterface;
import dev.netmove.engine.topology.Vxlan;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads the {@code devices:} map of a topology file into {@link DeviceSpec}s and builds the devices. */
final class DeviceReader {

    static final Keys DEVICE_KEYS = Keys.of("role", "site", "pod", "vlans", "stp", "svis", "vpc", "vxlan",
            "routes", "cluster", "memory", "portGroups", "vmotion", "uplinks");
    static final Keys HOST_ONLY_KEYS = Keys.of("cluster", "memory", "portGroups", "vmotion", "uplinks");
    static final Keys NOT_ON_HOST_KEYS = Keys.of("vlans", "stp", "svis", "vpc", "vxlan", "routes");
    static final Keys HOST_KEYS = Keys.of("role", "site", "pod", "cluster", "memory", "portGroups", "vmotion",
            "uplinks");
    static final Keys STP_KEYS = Keys.of("priority", "vlans");
    static final Keys VPC_KEYS = Keys.of("peer");
    static final Keys VXLAN_KEYS = Keys.of("vtep", "vnis");
    static final Keys ROUTE_KEYS = Keys.of("prefix", "via");

    private final ProblemList problems;
    private final ValueReader values;
    private final SviReader svis;
    private final HostReader hosts;
    private final Map<String, DeviceSpec> devices = new LinkedHashMap<>();

    DeviceReader(ValueReader values) {
        this.values = values;
        this.problems = values.problems();
        this.svis = new SviReader(values);
        this.hosts = new HostReader(values);
    }

    /** The devices read so far, by name in file order. */
    Map<String, DeviceSpec> specs() {
        return devices;
    }

    void read(YamlNode node) {
        MapNode map = values.map(node, "devices", null, "a map of device name to its settings, such as core1: { role: core }");
        if (map == null) {
            return;
        }
        for (MapNode.Entry entry : map.entries()) {
            readDevice(entry);
        }
    }

    private void readDevice(MapNode.Entry entry) {
        String name = entry.key();
        String path = child("devices", name);
        DeviceSpec d = new DeviceSpec(name, entry.keyNode(), path);
        devices.put(name, d);
        if (name.indexOf(':') >= 0 || !name.strip().equals(name)) {
            problems.add(entry.keyNode(), path, "found the device name " + quote(name)
                    + "; expected a name without \":\" or surrounding spaces, as links write device:port");
        }
        MapNode m = values.map(entry.value(), path, DEVICE_KEYS,
                "a map of the device's settings, such as { role: aggregation, vlans: 110,120 }");
        if (m == null) {
            d.broken = true;
            return;
        }
        if (!m.has("role")) {
            values.missing(m, "role", entry.keyNode(), path, "device " + quote(name) + " has no role; expected role: one of "
                    + String.join(", ", Role.yamlNames()));
        } else {
            d.role = readRole(m.value("role"), m.pathOf("role"));
        }
        if (m.has("site")) {
            d.site = Optional.ofNullable(values.name(m.value("site"), m.pathOf("site"), "the name of a site"));
        }
        if (m.has("pod")) {
            d.pod = Optional.ofNullable(values.name(m.value("pod"), m.pathOf("pod"), "the name of a pod"));
        }
        if (d.role != null) {
            checkKeysForRole(d, m);
        }
        boolean host = d.role == Role.HOST;
        boolean unknownRole = d.role == null;
        if (!host) {
            readSwitchSettings(d, m);
        }
        if (host || unknownRole) {
            hosts.readHostSettings(d, m);
        }
    }

    private Role readRole(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar scalar && !isNull(node)) {
            String text = scalar.value().strip();
            Optional<Role> role = Role.fromYaml(text);
            if (role.isPresent()) {
                return role.get();
            }
            String hint = ClosestNames.didYouMean(text, Role.yamlNames());
            if (hint.isEmpty() && !ClosestNames.closest(text, List.of("switch")).isEmpty()) {
                hint = " (a switch is one of: access, leaf, aggregation, spine, core, border)";
            }
            problems.add(node, path, "unknown role " + quote(text) + hint + "; expected one of: "
                    + String.join(", ", Role.yamlNames()));
            return null;
        }
        return values.choice(node, path, "role", Role::fromYaml, Role.yamlNames());
    }

    private void checkKeysForRole(DeviceSpec d, MapNode m) {
        for (MapNode.Entry e : m.entries()) {
            String key = e.key();
            String path = m.pathOf(key);
            if (d.isHost() && key.equals("vlans")) {
                problems.add(e.keyNode(), path, "found vlans on a host; expected a host's VLANs to come from its "
                        + "portGroups and vmotion: remove vlans, or give the port groups their VLANs");
            } else if (d.isHost() && NOT_ON_HOST_KEYS.contains(key)) {
                problems.add(e.keyNode(), path, "found " + key + " on a host (role: host); expected only "
                        + HOST_KEYS + " on a host");
            } else if (!d.isHost() && HOST_ONLY_KEYS.contains(key)) {
                problems.add(e.keyNode(), path, "found " + key + " on " + d.name + ", a device with role "
                        + d.role + "; expected " + key + " only on hosts (role: host)");
            }
        }
    }

    private void readSwitchSettings(DeviceSpec d, MapNode m) {
        if (m.has("vlans")) {
            d.vlans = values.vlans(m.value("vlans"), m.pathOf("vlans"));
        } else {
            d.vlans = Device.DEFAULT_SWITCH_VLANS;
        }
        if (m.has("stp")) {
            readStp(m.value("stp"), m.pathOf("stp")).ifPresent(stp -> d.stp = Optional.of(stp));
        } else if (d.role != null && d.role.isSwitch()) {
            d.stp = Optional.of(Stp.DEFAULT);
        }
        if (m.has("svis")) {
            svis.readSvis(d, m.value("svis"), m.pathOf("svis"));
        }
        if (m.has("vpc")) {
            readVpc(d, m.value("vpc"), m.pathOf("vpc"));
        }
        if (m.has("vxlan")) {
            readVxlan(d, m.value("vxlan"), m.pathOf("vxlan"));
        }
        if (m.has("routes")) {
            readRoutes(d, m.value("routes"), m.pathOf("routes"));
        }
    }

    private Optional<Stp> readStp(YamlNode node, String path) {
        MapNode m = values.map(node, path, STP_KEYS, "a map such as { priority: 4096, vlans: { 110: 8192 } }");
        if (m == null) {
            return Optional.empty();
        }
        boolean ok = true;
        int priority = Stp.DEFAULT_PRIORITY;
        if (m.has("priority")) {
            Integer p = bridgePriority(m.value("priority"), m.pathOf("priority"));
            ok = p != null;
            priority = ok ? p : priority;
        }
        Map<Integer, Integer> perVlan = new TreeMap<>();
        if (m.has("vlans")) {
            MapNode vlans = values.map(m.value("vlans"), m.pathOf("vlans"), null,
                    "a map of VLAN to bridge priority, such as { 110: 8192 }");
            if (vlans == null) {
                ok = false;
            } else {
                for (MapNode.Entry e : vlans.entries()) {
                    String path2 = vlans.pathOf(e.key());
                    Integer vlan = values.vlanId(e.keyNode(), e.key(), path2);
                    Integer p = bridgePriority(e.value(), path2);
                    if (vlan == null || p == null) {
                        ok = false;
                    } else {
                        perVlan.put(vlan, p);
                    }
                }
            }
        }
        return ok ? Optional.of(new Stp(priority, perVlan)) : Optional.empty();
    }

    private Integer bridgePriority(YamlNode node, String path) {
        Integer p = values.integer(node, path, 0, 61440, "a bridge priority");
        if (p != null && p % 4096 != 0) {
            problems.add(node, path, "found bridge priority " + p + ", not a multiple of 4096; expected one of 0, 4096, "
                    + "8192, ... 61440 (the default is 32768)");
            return null;
        }
        return p;
    }

    private void readVpc(DeviceSpec d, YamlNode node, String path) {
        MapNode m = values.map(node, path, VPC_KEYS, "a map such as { peer: agg2 }");
        if (m == null) {
            return;
        }
        if (!m.has("peer")) {
            values.missing(m, "peer", m.node(), path, "vpc has no peer; expected peer: the other device of the pair, such as { peer: agg2 }");
            return;
        }
        d.vpcPeer = values.name(m.value("peer"), m.pathOf("peer"), "the name of the other device of the pair");
        d.vpcPeerNode = m.value("peer");
    }

    private void readVxlan(DeviceSpec d, YamlNode node, String path) {
        MapNode m = values.map(node, path, VXLAN_KEYS, "a map such as { vtep: 10.0.0.11, vnis: { 110: 10110 } }");
        if (m == null) {
            return;
        }
        boolean ok = true;
        Ipv4Address vtep = null;
        if (!m.has("vtep")) {
            values.missing(m, "vtep", m.node(), path, "vxlan has no vtep; expected vtep: the VTEP's loopback address, such as 10.0.0.11");
            ok = false;
        } else {
            vtep = values.address(m.value("vtep"), m.pathOf("vtep"), Ipv4Address::parse, "an IPv4 address such as 10.0.0.11");
            ok = vtep != null;
        }
        Map<Integer, Integer> vnis = new TreeMap<>();
        if (m.has("vnis")) {
            MapNode vm = values.map(m.value("vnis"), m.pathOf("vnis"), null, "a map of VLAN to VNI, such as { 110: 10110 }");
            if (vm == null) {
                ok = false;
            } else {
                Map<Integer, YamlNode> vniFirst = new HashMap<>();
                for (MapNode.Entry e : vm.entries()) {
                    String vniPath = vm.pathOf(e.key());
                    Integer vlan = values.vlanId(e.keyNode(), e.key(), vniPath);
                    Integer vni = values.integer(e.value(), vniPath, 1, 16_777_215, "a VNI");
                    if (vlan == null || vni == null) {
                        ok = false;
                        continue;
                    }
                    if (d.vlans != null && !d.vlans.contains(vlan)) {
                        problems.add(e.keyNode(), vniPath, "found VLAN " + vlan + ", which " + d.name
                                + " does not have (its vlans: " + d.vlans + "); expected a VLAN of the device: add "
                                + vlan + " to its vlans");
                        ok = false;
                    }
                    YamlNode first = vniFirst.putIfAbsent(vni, e.keyNode());
                    if (first != null) {
                        problems.add(e.value(), vniPath, "found VNI " + vni + " again (first at " + position(first)
                                + "); expected one VLAN per VNI on a VTEP");
                        ok = false;
                    }
                    vnis.put(vlan, vni);
                }
            }
        }
        if (ok) {
            d.vxlan = Optional.of(new Vxlan(vtep, vnis));
        }
    }

    private void readRoutes(DeviceSpec d, YamlNode node, String path) {
        List<YamlNode> items = values.list(node, path, "a list of routes such as [{ prefix: 0.0.0.0/0, via: 10.0.0.1 }]");
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String routePath = item(path, i);
            MapNode m = values.map(items.get(i), routePath, ROUTE_KEYS, "a map such as { prefix: 0.0.0.0/0, via: 10.0.0.1 }");
            if (m == null) {
                continue;
            }
            Ipv4Prefix prefix = values.required(m, "prefix", "a prefix such as 0.0.0.0/0") ? values.address(m.value("prefix"),
                    m.pathOf("prefix"), Ipv4Prefix::parse, "an IPv4 prefix such as 10.1.0.0/16") : null;
            Ipv4Address via = values.required(m, "via", "the next hop's address, such as 10.0.0.1") ? values.address(
                    m.value("via"), m.pathOf("via"), Ipv4Address::parse, "an IPv4 address such as 10.0.0.1") : null;
            if (prefix != null && via != null) {
                d.routes.add(new StaticRoute(prefix, via));
            }
        }
    }

    /** Reports vPC peers that do not exist or do not name the device back. */
    void checkVpcPeers() {
        for (DeviceSpec d : devices.values()) {
            if (d.vpcPeer == null) {
                continue;
            }
            String path = child(child(d.path, "vpc"), "peer");
            DeviceSpec peer = devices.get(d.vpcPeer);
            if (d.vpcPeer.equals(d.name)) {
                problems.add(d.vpcPeerNode, path, "found " + d.name + " as its own vPC peer; expected the other device "
                        + "of the pair");
            } else if (peer == null) {
                problems.add(d.vpcPeerNode, path, "unknown device " + quote(d.vpcPeer) + " as vPC peer"
                        + ClosestNames.didYouMean(d.vpcPeer, devices.keySet())
                        + "; expected the name of the other device of the pair");
            } else if (peer.broken) {
                continue;
            } else if (peer.vpcPeer == null) {
                problems.add(d.vpcPeerNode, path, "found vPC peer " + peer.name + ", but " + peer.name
                        + " has no vpc; expected the pair to name each other: add vpc: { peer: " + d.name + " } to "
                        + peer.name);
            } else if (!peer.vpcPeer.equals(d.name)) {
                problems.add(d.vpcPeerNode, path, "found vPC peer " + peer.name + ", but " + peer.name
                        + " names " + peer.vpcPeer + " as its peer; expected the pair to name each other");
            }
        }
    }

    /** Reports host uplinks and vMotion NICs that no link plugs into. */
    void checkHostNics(LinkReader links) {
        hosts.checkHostNics(devices.values(), links);
    }

    /** The device of {@code d}; throws {@link IllegalArgumentException} where the model refuses it. */
    Device build(DeviceSpec d, LinkReader links) {
        Optional<HostConfig> host = Optional.empty();
        if (d.isHost()) {
            Optional<VmotionInterface> vmotion = d.hasVmotion
                    ? Optional.of(new VmotionInterface(d.vmotionVlan, d.vmotionIp, d.checkedNics))
                    : Optional.empty();
            List<String> uplinks = d.uplinks != null ? d.checkedUplinks : links.linkedPorts(d.name);
            host = Optional.of(new HostConfig(d.cluster, d.memory, d.portGroups, vmotion, uplinks));
        }
        VlanSet vlans = d.isHost() ? VlanSet.NONE : d.vlans;
        return new Device(d.name, d.role, d.site, d.pod, vlans, d.stp, d.svis, Optional.ofNullable(d.vpcPeer),
                d.vxlan, d.routes, host);
    }
}
