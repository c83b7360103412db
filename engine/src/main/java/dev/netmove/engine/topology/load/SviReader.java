package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.ValueReader.isNull;

import dev.netmove.engine.topology.AnycastGateway;
import dev.netmove.engine.topology.Fhrp;
import dev.netmove.engine.topology.Glbp;
import dev.netmove.engine.topology.Hsrp;
import dev.netmove.engine.topology.InterfaceAddress;
import dev.netmove.engine.topology.Ipv4Address;
import dev.netmove.engine.topology.Svi;
import dev.netmove.engine.topology.Vrrp;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.util.Optional;

/** Reads a switch's {@code svis:} map: each SVI's address and its gateway protocol (HSRP, VRRP, GLBP or anycast). */
final class SviReader {

    static final Keys SVI_KEYS = Keys.of("ip", "hsrp", "vrrp", "glbp", "anycast", "transit");
    static final Keys FHRP_KEYS = Keys.of("group", "vip", "priority");

    private final ProblemList problems;
    private final ValueReader values;

    SviReader(ValueReader values) {
        this.values = values;
        this.problems = values.problems();
    }

    void readSvis(DeviceSpec d, YamlNode node, String path) {
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
}
