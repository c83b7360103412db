package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.InterfaceNames;
import dev.netmove.engine.imports.configs.Phrasebook.Scope;
import dev.netmove.engine.quantity.VlanSet;

/** The top-level phrasings: hostname, interfaces, VLANs, spanning-tree priorities, static routes, VRFs, MLAG. */
final class GlobalCommands {

    private GlobalCommands() {
    }

    static void common(Phrasebook b) {
        b.add(Scope.TOP, "hostname $", (c, a) -> {
            c.device.hostname = c.at(a[0]);
            return null;
        });
        b.add(Scope.TOP, "interface *", GlobalCommands::openInterface);
        b.add(Scope.TOP, "vlan $", GlobalCommands::vlans);
        b.add(Scope.TOP, "spanning-tree vlan $ priority #", (c, a) -> stp(c, a[0], a[1]));
        b.add(Scope.TOP, "spanning-tree vlan $ root $", (c, a) -> stpRoot(c, a[0], a[1]));
        b.add(Scope.TOP, "ip route *", GlobalCommands::route);
    }

    static void nxos(Phrasebook b) {
        b.add(Scope.TOP, "switchname $", (c, a) -> {
            c.device.hostname = c.at(a[0]);
            return null;
        });
        b.add(Scope.VLAN, "vn-segment #", (c, a) -> {
            int vni = Values.integer(a[0], 1, 16_777_215, "a VNI");
            for (int vlan : c.vlanBlock) {
                c.device.vnSegments.put(vlan, c.at(vni));
            }
            return null;
        });
        b.add(Scope.TOP, "vrf context $", (c, a) -> otherVrf(c, a[0]));
        b.add(Scope.VRF, "ip route *", GlobalCommands::route);
    }

    static void ios(Phrasebook b) {
        b.add(Scope.TOP, "vrf definition $", (c, a) -> otherVrf(c, a[0]));
        b.add(Scope.TOP, "ip vrf $", (c, a) -> otherVrf(c, a[0]));
    }

    static void eos(Phrasebook b) {
        b.add(Scope.TOP, "spanning-tree vlan-id $ priority #", (c, a) -> stp(c, a[0], a[1]));
        b.add(Scope.TOP, "spanning-tree priority #", (c, a) -> stp(c, "1-4094", a[0]));
        b.add(Scope.TOP, "spanning-tree mst 0 priority #", (c, a) -> stp(c, "1-4094", a[0]));
        b.add(Scope.TOP, "vrf instance $", (c, a) -> otherVrf(c, a[0]));
        b.add(Scope.TOP, "mlag configuration", (c, a) -> Scope.MLAG);
        b.add(Scope.MLAG, "peer-link $", (c, a) -> {
            c.device.mlagPeerLink = c.at(InterfaceNames.canonical(a[0]));
            return null;
        });
    }

    private static Scope openInterface(Context c, String[] a) {
        String name = a[0];
        String canonical = InterfaceNames.canonical(name);
        if (InterfaceNames.isManagement(canonical)) {
            c.device.leftOut("management interface (" + canonical + ")", c.line, c.line.size());
            return Scope.IGNORED;
        }
        InterfaceConfig iface = c.device.interfaces.get(canonical);
        if (iface == null) {
            iface = new InterfaceConfig(name, canonical, c.here());
            c.device.interfaces.put(canonical, iface);
        }
        iface.lines += c.line.size();
        c.iface = iface;
        return Scope.INTERFACE;
    }

    private static Scope vlans(Context c, String[] a) {
        if (!Character.isDigit(a[0].charAt(0))) {
            return Scope.DECLINE; // vlan configuration, vlan internal allocation policy, vlan access-map ...
        }
        VlanSet set = Values.vlanList(a[0]);
        set.stream().forEach(v -> c.device.vlans.putIfAbsent(v, c.here()));
        c.vlanBlock = set.stream().toArray();
        return Scope.VLAN;
    }

    private static Scope stp(Context c, String list, String priority) {
        int p = Values.integer(priority, 0, 61_440, "a bridge priority");
        if (p % 4096 != 0) {
            throw new Unreadable("a bridge priority in steps of 4096 (0, 4096, ... 61440), not " + p);
        }
        c.device.stp.add(new DeviceConfig.StpPriority(Values.vlanList(list), p, c.here()));
        return null;
    }

    private static Scope stpRoot(Context c, String list, String which) {
        int p = switch (which) {
            case "primary" -> 24_576;
            case "secondary" -> 28_672;
            default -> throw new Unreadable("root primary or root secondary");
        };
        c.device.stp.add(new DeviceConfig.StpPriority(Values.vlanList(list), p, c.here()));
        return null;
    }

    private static Scope otherVrf(Context c, String vrf) {
        if (c.options.isDataVrf(vrf)) {
            return Scope.VRF;
        }
        c.device.leftOut("VRF " + vrf, c.line, c.line.size());
        return Scope.IGNORED;
    }

    /**
     * {@code ip route 10.2.0.0/16 10.0.0.1}, {@code ip route 10.2.0.0 255.255.0.0 10.0.0.1}, with an exit
     * interface, a name, a tag or a distance; {@code ip route vrf X ...} of another VRF is left out.
     */
    private static Scope route(Context c, String[] a) {
        String[] w = a[0].isEmpty() ? new String[0] : a[0].split(" ");
        int i = 0;
        if (w.length > 1 && w[0].equals("vrf")) {
            if (!c.options.isDataVrf(w[1])) {
                c.device.leftOut("VRF " + w[1], c.line, 1);
                return null;
            }
            i = 2;
        }
        if (i >= w.length) {
            throw new Unreadable("ip route <prefix> <next hop>, such as ip route 0.0.0.0/0 10.0.0.1");
        }
        String prefix;
        if (w[i].contains("/")) {
            prefix = Values.prefix(w[i++], null);
        } else if (i + 1 < w.length && Values.isAddress(w[i + 1])) {
            prefix = Values.prefix(w[i], w[i + 1]);
            i += 2;
        } else {
            throw new Unreadable("ip route <prefix> <next hop>, the prefix as 10.2.0.0/16 or 10.2.0.0 255.255.0.0");
        }
        for (; i < w.length; i++) {
            if (Values.isAddress(w[i])) {
                c.device.routes.add(new DeviceConfig.RouteConfig(prefix, Values.address(w[i]), c.here()));
                return null;
            }
            if (w[i].equals("name") || w[i].equals("tag") || w[i].equals("track")) {
                break;
            }
        }
        c.device.leftOut("static route without a next-hop address", c.line, 1);
        return null;
    }
}
