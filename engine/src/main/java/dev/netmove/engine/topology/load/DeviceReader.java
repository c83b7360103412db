package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.ValueReader.SIZE;
import static dev.netmove.engine.topology.load.ValueReader.child;
import static dev.netmove.engine.topology.load.ValueReader.describe;
import static dev.netmove.engine.topology.load.ValueReader.isNull;
import static dev.netmove.engine.topology.load.ValueReader.item;
import static dev.netmove.engine.topology.load.ValueReader.position;
import static dev.netmove.engine.topology.load.ValueReader.quote;

import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.AnycastGateway;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Fhrp;
import dev.netmove.engine.topology.Glbp;
import dev.netmove.engine.topology.HostConfig;
import dev.netmove.engine.topology.Hsrp;
import dev.netmove.engine.topology.InterfaceAddress;
import dev.netmove.engine.topology.Ipv4Address;
import dev.netmove.engine.topology.Ipv4Prefix;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Role;
import dev.netmove.engine.topology.StaticRoute;
import dev.netmove.engine.topology.Stp;
import dev.netmove.engine.topology.Svi;
import dev.netmove.engine.topology.VmotionInterface;
import dev.netmove.engine.topology.Vrrp;
import dev.netmove.engine.topology.Vxlan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    static final Keys SVI_KEYS = Keys.of("ip", "hsrp", "vrrp", "glbp", "anycast", "transit");
    static final Keys FHRP_KEYS = Keys.of("group", "vip", "priority");
    static final Keys VPC_KEYS = Keys.of("peer");
    static final Keys VXLAN_KEYS = Keys.of("vtep", "vnis");
    static final Keys ROUTE_KEYS = Keys.of("prefix", "via");
    static final Keys VMOTION_KEYS = Keys.of("vlan", "ip", "nics");

    private final ProblemList problems;
    private final ValueReader values;
    private final Map<String, DeviceSpec> devices = new LinkedHashMap<>();

    DeviceReader(ValueReader values) {
        this.values = values;
        this.problems = values.problems();
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
            readHostSettings(d, m);
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
            readSvis(d, m.value("svis"), m.pathOf("svis"));
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

    private void readSvis(DeviceSpec d, YamlNode node, String path) {
        MapNode m = values.map(node, path, null, "a map of VLAN to SVI, such as { 110: { ip: 10.1.110.2/24 } }");
        if (m == null) {
            return;
        }
        for (MapNode.Entry e : m.entries()) {
            String sviPath = m.pathOf(e.key());
            Integer vlan = values.vlanId(e.keyNode(), e.key(), sviPath);
            Svi svi = readSvi(vlan == null ? 0 : vlan, e.value(), sviPath);
            if (vlan == null) {
                continue;
            }
            if (d.vlans != null && !d.vlans.contains(vlan)) {
                problems.add(e.keyNode(), sviPath, "found an SVI on VLAN " + vlan + ", which " + d.name
                        + " does not have (its vlans: " + d.vlans + "); expected a VLAN of the device: add " + vlan
                        + " to its vlans");
            }
            if (svi != null) {
                d.svis.put(vlan, svi);
            }
        }
    }

    private Svi readSvi(int vlan, YamlNode node, String path) {
        MapNode m = isNull(node) ? MapNode.empty(node, path)
                : values.map(node, path, SVI_KEYS, "a map such as { ip: 10.1.110.2/24, hsrp: { group: 1, vip: 10.1.110.1 } }");
        if (m == null) {
            return null;
        }
        boolean ok = true;
        InterfaceAddress ip = null;
        if (m.has("ip")) {
            ip = values.address(m.value("ip"), m.pathOf("ip"), InterfaceAddress::parse,
                    "an interface address such as 10.1.110.2/24");
            ok = ip != null;
        }
        Fhrp fhrp = null;
        String fhrpKey = null;
        for (MapNode.Entry e : m.entries()) {
            String key = e.key();
            if (!key.equals("hsrp") && !key.equals("vrrp") && !key.equals("glbp") && !key.equals("anycast")) {
                continue;
            }
            String fhrpPath = m.pathOf(key);
            if (fhrpKey != null) {
                problems.add(e.keyNode(), fhrpPath, "found both " + fhrpKey + " and " + key + " on SVI " + vlan
                        + "; expected one gateway protocol per SVI");
                ok = false;
                continue;
            }
            fhrpKey = key;
            if (key.equals("anycast")) {
                Boolean anycast = values.bool(e.value(), fhrpPath);
                if (anycast == null) {
                    ok = false;
                } else if (anycast) {
                    if (!m.has("ip")) {
                        problems.add(e.keyNode(), fhrpPath, "found anycast: true on SVI " + vlan + " without an ip; "
                                + "expected ip: the gateway address every device answers for, such as 10.1.110.1/24");
                        ok = false;
                    } else if (ip != null) {
                        fhrp = new AnycastGateway(ip.address());
                    }
                }
                continue;
            }
            Fhrp read = readFhrp(key, vlan, e.value(), fhrpPath, ip);
            if (read == null) {
                ok = false;
            } else if (!m.has("ip")) {
                problems.add(e.keyNode(), fhrpPath, "found " + key + " on SVI " + vlan + " without an ip; expected "
                        + "ip: the SVI's own address, such as 10.1.110.2/24, next to " + key);
                ok = false;
            } else {
                fhrp = read;
            }
        }
        boolean transit = false;
        if (m.has("transit")) {
            Boolean t = values.bool(m.value("transit"), m.pathOf("transit"));
            ok &= t != null;
            transit = t != null && t;
        }
        if (!ok || vlan == 0) {
            return null;
        }
        return new Svi(vlan, Optional.ofNullable(ip), Optional.ofNullable(fhrp), transit);
    }

    private Fhrp readFhrp(String protocol, int vlan, YamlNode node, String path, InterfaceAddress ip) {
        MapNode m = values.map(node, path, FHRP_KEYS,
                "a map such as { group: 1, vip: 10.1.110.1, priority: 110 }");
        if (m == null) {
            return null;
        }
        int min = protocol.equals("vrrp") ? 1 : 0;
        int max = switch (protocol) {
            case "hsrp" -> 4095;
            case "vrrp" -> 255;
            default -> 1023;
        };
        Integer group = null;
        boolean ok = true;
        if (m.has("group")) {
            group = values.integer(m.value("group"), m.pathOf("group"), min, max, "a " + protocol.toUpperCase() + " group");
            ok = group != null;
        } else if (protocol.equals("hsrp")) {
            group = 0;
        } else {
            values.missing(m, "group", m.node(), path, protocol + " on SVI " + vlan + " has no group; expected group: a number from "
                    + min + " to " + max);
            ok = false;
        }
        Ipv4Address vip = null;
        if (!m.has("vip")) {
            values.missing(m, "vip", m.node(), path, protocol + " on SVI " + vlan + " has no vip; expected vip: the gateway address "
                    + "VMs use, such as " + (ip == null ? "10.1.110.1" : exampleVip(ip)));
            ok = false;
        } else {
            vip = values.address(m.value("vip"), m.pathOf("vip"), Ipv4Address::parse, "an IPv4 address such as 10.1.110.1");
            if (vip == null) {
                ok = false;
            } else if (ip != null && !ip.subnet().contains(vip)) {
                problems.add(m.value("vip"), m.pathOf("vip"), "found vip " + vip + ", outside the SVI's subnet "
                        + ip.subnet() + "; expected an address in " + ip.subnet());
                ok = false;
            } else if (ip != null && ip.address().equals(vip)) {
                problems.add(m.value("vip"), m.pathOf("vip"), "found vip " + vip + ", the SVI's own address; expected "
                        + "a virtual address of its own in " + ip.subnet());
                ok = false;
            }
        }
        int priority = Fhrp.DEFAULT_PRIORITY;
        if (m.has("priority")) {
            Integer p = values.integer(m.value("priority"), m.pathOf("priority"), 0, 255, "an FHRP priority");
            ok &= p != null;
            priority = p == null ? priority : p;
        }
        if (!ok) {
            return null;
        }
        return switch (protocol) {
            case "hsrp" -> new Hsrp(group, vip, priority);
            case "vrrp" -> new Vrrp(group, vip, priority);
            default -> new Glbp(group, vip, priority);
        };
    }

    private static String exampleVip(InterfaceAddress ip) {
        return Ipv4Address.ofBits(ip.subnet().network().unsignedBits() + 1).toString();
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

    private void readHostSettings(DeviceSpec d, MapNode m) {
        if (m.has("cluster")) {
            String cluster = values.name(m.value("cluster"), m.pathOf("cluster"), "the name of the host's cluster");
            d.cluster = cluster == null ? d.cluster : cluster;
        }
        if (m.has("memory")) {
            DataSize memory = values.quantity(m.value("memory"), m.pathOf("memory"), DataSize::parse, SIZE);
            if (memory != null && memory.bytes() <= 0) {
                problems.add(m.value("memory"), m.pathOf("memory"), "found " + memory + "; expected more than zero "
                        + "(leave memory out for unlimited)");
            } else {
                d.memory = Optional.ofNullable(memory);
            }
        }
        if (m.has("portGroups")) {
            readPortGroups(d, m.value("portGroups"), m.pathOf("portGroups"));
        }
        if (m.has("vmotion")) {
            readVmotion(d, m.value("vmotion"), m.pathOf("vmotion"));
        }
        if (m.has("uplinks")) {
            d.uplinksPath = m.pathOf("uplinks");
            d.uplinks = values.list(m.value("uplinks"), d.uplinksPath, "a list of NIC names such as [vmnic0, vmnic1]");
        }
    }

    private void readPortGroups(DeviceSpec d, YamlNode node, String path) {
        MapNode m = values.map(node, path, null, "a map of port group name to VLAN, such as { web: 110, db: 120 }");
        if (m == null) {
            d.portGroupsUnusable = true;
            return;
        }
        for (MapNode.Entry e : m.entries()) {
            String groupPath = m.pathOf(e.key());
            Integer vlan = hostVlan(e.value(), groupPath);
            if (vlan == null) {
                d.brokenPortGroups.add(e.key());
                continue;
            }
            d.portGroups.put(e.key(), new PortGroup(e.key(), vlan));
        }
    }

    /** A host-side VLAN: 1-4094, or 0 / "untagged". */
    private Integer hostVlan(YamlNode node, String path) {
        String expected = "expected a VLAN id from 1 to 4094, or 0 or \"untagged\" for untagged frames";
        if (!(node instanceof YamlNode.Scalar scalar) || isNull(node)) {
            problems.add(node, path, "found " + describe(node) + "; " + expected);
            return null;
        }
        String text = scalar.value().strip();
        if (text.equals("untagged")) {
            return PortGroup.UNTAGGED;
        }
        long value = ValueReader.parseWholeNumber(text);
        if (value == Long.MIN_VALUE) {
            problems.add(node, path, "found " + quote(text) + "; " + expected);
            return null;
        }
        if (value < 0 || value > 4094) {
            problems.add(node, path, "found VLAN " + value + ", outside 1-4094; " + expected);
            return null;
        }
        return (int) value;
    }

    private void readVmotion(DeviceSpec d, YamlNode node, String path) {
        MapNode m = values.map(node, path, VMOTION_KEYS, "a map such as { vlan: 900, ip: 10.9.0.11/24 }");
        if (m == null) {
            return;
        }
        boolean ok = true;
        if (values.required(m, "vlan", "the vMotion VLAN, such as 900")) {
            d.vmotionVlan = hostVlan(m.value("vlan"), m.pathOf("vlan"));
            ok = d.vmotionVlan != null;
        } else {
            ok = false;
        }
        if (values.required(m, "ip", "the vMotion interface address, such as 10.9.0.11/24")) {
            d.vmotionIp = values.address(m.value("ip"), m.pathOf("ip"), InterfaceAddress::parse,
                    "an interface address such as 10.9.0.11/24");
            ok &= d.vmotionIp != null;
        } else {
            ok = false;
        }
        if (m.has("nics")) {
            d.vmotionNicsPath = m.pathOf("nics");
            d.vmotionNics = values.list(m.value("nics"), d.vmotionNicsPath, "a list of NIC names such as [vmnic2, vmnic3]");
            ok &= d.vmotionNics != null;
        }
        d.hasVmotion = ok;
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
        for (DeviceSpec d : devices.values()) {
            if (!d.isHost()) {
                continue;
            }
            List<String> linked = links.linkedPorts(d.name);
            if (d.uplinks != null) {
                checkNics(d, d.uplinks, d.uplinksPath, linked, d.checkedUplinks);
            }
            if (d.vmotionNics != null) {
                checkNics(d, d.vmotionNics, d.vmotionNicsPath, linked, d.checkedNics);
            }
        }
    }

    private void checkNics(DeviceSpec d, List<YamlNode> nics, String path, List<String> linked, List<String> checked) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nics.size(); i++) {
            String nicPath = item(path, i);
            String nic = values.name(nics.get(i), nicPath, "a NIC name such as vmnic0");
            if (nic == null) {
                continue;
            }
            if (!seen.add(nic)) {
                problems.add(nics.get(i), nicPath, "found NIC " + quote(nic) + " twice; expected each NIC once");
            } else if (!linked.contains(nic)) {
                problems.add(nics.get(i), nicPath, "found NIC " + quote(nic) + ", but no link uses " + d.name + ":" + nic
                        + ClosestNames.didYouMean(nic, linked) + "; expected a port of one of " + d.name + "'s links: "
                        + (linked.isEmpty() ? "it has none" : String.join(", ", linked)));
            } else {
                checked.add(nic);
            }
        }
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
