package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.InterfaceNames;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.quantity.VlanSet;

/**
 * Writes a device's {@code ports:}: each physical port and port-channel with the settings a link end
 * takes from it. A port-channel member takes its port-channel's layer-2 and layer-3 settings (the
 * switch applies those to its members) and keeps its own speed and state.
 */
final class PortWriter {

    private PortWriter() {
    }

    static int write(DeviceConfig device, DocMap deviceDoc) {
        DocMap ports = null;
        int count = 0;
        for (InterfaceConfig own : device.interfaces.values()) {
            if (!InterfaceNames.isPort(own.canonical)) {
                continue;
            }
            if (own.canonical.indexOf('.') >= 0) {
                device.leftOut("sub-interface (" + own.canonical + ")", own.origin, own.lines);
                continue;
            }
            if (ports == null) {
                ports = deviceDoc.map("ports", own.origin);
            }
            write(device, own, ports.map(own.canonical, own.origin));
            count++;
        }
        return count;
    }

    private static void write(DeviceConfig device, InterfaceConfig own, DocMap port) {
        InterfaceConfig pc = null;
        if (own.channelGroup != null) {
            pc = device.interfaces.get("port-channel" + own.channelGroup.value());
        }
        Located<Boolean> switchport = pick(pc == null ? null : pc.switchport, own.switchport);
        Located<String> mode = pick(pc == null ? null : pc.mode, own.mode);
        Located<Integer> access = pick(pc == null ? null : pc.accessVlan, own.accessVlan);
        Located<VlanSet> allowed = pick(pc == null ? null : pc.allowed, own.allowed);
        Located<Integer> nativeVlan = pick(pc == null ? null : pc.nativeVlan, own.nativeVlan);
        Located<String> ip = pick(pc == null ? null : pc.ip, own.ip);
        Located<Integer> cost = pick(pc == null ? null : pc.cost, own.cost);
        Located<Boolean> peerLink = pick(pc == null ? null : pc.peerLink, own.peerLink);
        Origin modeAt;
        String modeText;
        if (switchport != null && !switchport.value()) {
            modeText = "routed";
            modeAt = switchport.origin();
        } else if (mode != null) {
            modeText = mode.value();
            modeAt = mode.origin();
        } else if (ip != null && switchport == null) {
            modeText = "routed";
            modeAt = ip.origin();
        } else if (access != null) {
            modeText = "access";
            modeAt = access.origin();
        } else if (switchport != null) {
            modeText = "access";
            modeAt = switchport.origin();
        } else {
            modeText = null;
            modeAt = null;
        }
        if (modeText != null) {
            port.put("mode", modeText, modeAt);
            switch (modeText) {
                case "trunk" -> {
                    put(port, "vlans", allowed == null ? "all" : allowed.value().toString(),
                            allowed == null ? modeAt : allowed.origin());
                    put(port, "native", nativeVlan == null ? "1" : nativeVlan.value().toString(),
                            nativeVlan == null ? modeAt : nativeVlan.origin());
                }
                case "access" -> put(port, "vlans", access == null ? "1" : access.value().toString(),
                        access == null ? modeAt : access.origin());
                default -> {
                    if (ip != null) {
                        port.put("ip", ip.value(), ip.origin());
                    }
                }
            }
        }
        if (own.channelGroup != null) {
            port.put("lag", "po" + own.channelGroup.value(), own.channelGroup.origin());
        }
        if (own.speed != null) {
            port.put("speed", own.speed.value(), own.speed.origin());
        }
        if (cost != null) {
            port.put("cost", cost.value().toString(), cost.origin());
        }
        Located<Boolean> shut = own.shutdown != null && own.shutdown.value() ? own.shutdown
                : pc != null && pc.shutdown != null && pc.shutdown.value() ? pc.shutdown : null;
        if (shut != null) {
            port.put("shutdown", "true", shut.origin());
        }
        Located<String> mlag = device.mlagPeerLink;
        if (peerLink == null && mlag != null && (mlag.value().equals(own.canonical)
                || pc != null && mlag.value().equals(pc.canonical))) {
            peerLink = new Located<>(true, mlag.origin());
        }
        if (peerLink != null) {
            port.put("vpcPeerLink", "true", peerLink.origin());
        }
    }

    private static void put(DocMap port, String key, String text, Origin origin) {
        port.put(key, text, origin);
    }

    private static <T> Located<T> pick(Located<T> inherited, Located<T> own) {
        return inherited != null ? inherited : own;
    }
}
