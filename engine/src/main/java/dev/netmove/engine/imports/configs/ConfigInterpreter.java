package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.configs.Phrasebook.Match;
import dev.netmove.engine.imports.configs.Phrasebook.Scope;
import java.util.Set;

/**
 * Walks a configuration's blocks with its dialect's phrasebook into one {@link DeviceConfig}: a line a
 * phrase takes is read (or, when its value cannot be understood, a problem at its line); every other
 * line is counted by command, under the block it is in.
 */
final class ConfigInterpreter {

    /** First words that say little alone: the command is named by two words ({@code ip igmp}, {@code no ip}). */
    private static final Set<String> GENERIC = Set.of("no", "ip", "ipv6", "spanning-tree", "switchport", "snmp-server",
            "logging", "ntp", "service", "feature", "vpc", "mac", "router", "hardware", "system", "aaa", "management",
            "vxlan", "lacp", "udld", "errdisable", "line", "standby", "hsrp", "vrrp", "glbp", "storm-control", "mtu",
            "fabric", "vlan", "member", "peer", "channel-group", "address-family", "clock", "boot", "power", "event",
            "class-map", "policy-map", "port-channel", "interface", "source-interface", "host-reachability", "evpn");

    private final Phrasebook book;
    private final Context context;

    private ConfigInterpreter(Phrasebook book, Context context) {
        this.book = book;
        this.context = context;
    }

    static DeviceConfig interpret(String file, BlockParser.Parsed parsed, Dialect dialect, ConfigsOptions options) {
        DeviceConfig device = new DeviceConfig(file, dialect);
        device.lines = parsed.lines();
        ConfigInterpreter interpreter = new ConfigInterpreter(Phrasebook.of(dialect), new Context(device, options));
        for (ConfigLine line : parsed.top()) {
            interpreter.read(Scope.TOP, line);
        }
        return device;
    }

    private void read(Scope scope, ConfigLine line) {
        Context c = context;
        c.line = line;
        Match match = book.match(scope, line.words);
        Scope inner = Scope.DECLINE;
        if (match != null) {
            try {
                inner = match.phrase().action().apply(c, match.args());
            } catch (Unreadable e) {
                c.device.problem(line, e.getMessage());
                inner = Scope.IGNORED;
            }
        }
        if (inner == Scope.IGNORED) {
            return;
        }
        if (inner == Scope.DECLINE) {
            c.device.unread(key(line, scope == Scope.TOP ? null : parentKey(scope)), line, 1);
            unreadChildren(line, key(line, null));
            return;
        }
        if (inner == null) {
            if (!line.children.isEmpty()) {
                unreadChildren(line, key(line, null));
            }
            return;
        }
        InterfaceConfig iface = c.iface;
        for (ConfigLine child : line.children) {
            read(inner, child);
        }
        if (inner == Scope.INTERFACE) {
            close(iface, line);
        }
    }

    /** An interface of a VRF that is not data plane goes, with its lines counted as left out. */
    private void close(InterfaceConfig iface, ConfigLine line) {
        if (iface.vrf != null && !context.options.isDataVrf(iface.vrf.value())) {
            context.device.interfaces.remove(iface.canonical);
            context.device.leftOut("VRF " + iface.vrf.value(), line, iface.lines);
        }
    }

    private void unreadChildren(ConfigLine line, String parent) {
        for (ConfigLine child : line.children) {
            context.device.unread(key(child, parent), child, 1);
            unreadChildren(child, key(child, null));
        }
    }

    private static String parentKey(Scope scope) {
        return switch (scope) {
            case INTERFACE -> "interface";
            case HSRP -> "hsrp";
            case VRRP -> "vrrp";
            case VLAN -> "vlan";
            case VRF -> "vrf context";
            case MLAG -> "mlag configuration";
            case NVE_MEMBER -> "member vni";
            default -> null;
        };
    }

    /** The command a line is counted under: its first word, or two for generic ones; under its block's. */
    static String key(ConfigLine line, String parent) {
        String[] w = line.words;
        StringBuilder key = new StringBuilder(w[0]);
        int i = 0;
        while (i + 1 < w.length && GENERIC.contains(w[i]) && isKeyword(w[i + 1])) {
            key.append(' ').append(w[++i]);
        }
        return parent == null ? key.toString() : parent + " > " + key;
    }

    private static boolean isKeyword(String word) {
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (!(ch >= 'a' && ch <= 'z' || ch == '-')) {
                return false;
            }
        }
        return true;
    }
}
