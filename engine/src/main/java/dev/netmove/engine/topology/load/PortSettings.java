package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.yaml.KeyPaths.child;
import static dev.netmove.engine.topology.load.yaml.KeyPaths.item;

import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.InterfaceAddress;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out each end of a link: the link's mode, VLANs, native VLAN and addresses with the end's own
 * overrides applied, and checked against the port's mode (trunk, access or routed).
 */
final class PortSettings {

    private final ProblemList problems;
    private final ValueReader values;

    PortSettings(ValueReader values) {
        this.values = values;
        this.problems = values.problems();
    }

    /** The two ends with the link's values and each end's overrides applied; null when one is unusable. */
    LinkEnd[] effectiveEnds(LinkSpec l, MapNode m, String shown) {
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
}
