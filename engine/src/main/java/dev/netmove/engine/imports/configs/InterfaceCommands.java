package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.InterfaceNames;
import dev.netmove.engine.imports.configs.Phrasebook.Scope;
import dev.netmove.engine.quantity.VlanSet;

/** The phrasings of an {@code interface} block that give a port its settings: layer 2, layer 3, LAG, speed, state, cost. */
final class InterfaceCommands {

    private InterfaceCommands() {
    }

    static void common(Phrasebook b) {
        b.add(Scope.INTERFACE, "switchport", (c, a) -> set(c, () -> c.iface.switchport = c.at(true)));
        b.add(Scope.INTERFACE, "no switchport", (c, a) -> set(c, () -> c.iface.switchport = c.at(false)));
        b.add(Scope.INTERFACE, "switchport mode $", InterfaceCommands::mode);
        b.add(Scope.INTERFACE, "switchport access vlan #", (c, a) -> set(c, () -> c.iface.accessVlan = c.at(Values.vlan(a[0]))));
        b.add(Scope.INTERFACE, "switchport access vlan $", (c, a) -> {
            throw new Unreadable("switchport access vlan <VLAN ID 1-4094>");
        });
        b.add(Scope.INTERFACE, "switchport trunk native vlan #", (c, a) -> set(c, () -> c.iface.nativeVlan = c.at(Values.vlan(a[0]))));
        b.add(Scope.INTERFACE, "switchport trunk allowed vlan *", InterfaceCommands::allowed);
        b.add(Scope.INTERFACE, "ip address *", InterfaceCommands::address);
        b.add(Scope.INTERFACE, "channel-group *", InterfaceCommands::channelGroup);
        b.add(Scope.INTERFACE, "speed *", InterfaceCommands::speed);
        b.add(Scope.INTERFACE, "shutdown", (c, a) -> set(c, () -> c.iface.shutdown = c.at(true)));
        b.add(Scope.INTERFACE, "no shutdown", (c, a) -> set(c, () -> c.iface.shutdown = c.at(false)));
        b.add(Scope.INTERFACE, "ip ospf cost #", (c, a) -> set(c, () -> c.iface.cost = c.at(Values.integer(a[0], 1, 65_535, "an OSPF cost"))));
        b.add(Scope.INTERFACE, "isis metric # *", (c, a) -> set(c, () -> c.iface.cost = c.at(Values.integer(a[0], 1, 16_777_214, "an IS-IS metric"))));
        b.add(Scope.INTERFACE, "vrf forwarding $", (c, a) -> set(c, () -> c.iface.vrf = c.at(a[0])));
    }

    static void nxos(Phrasebook b) {
        b.add(Scope.INTERFACE, "vrf member $", (c, a) -> set(c, () -> c.iface.vrf = c.at(a[0])));
        b.add(Scope.INTERFACE, "vpc peer-link", (c, a) -> set(c, () -> c.iface.peerLink = c.at(true)));
        nve(b);
    }

    static void ios(Phrasebook b) {
        b.add(Scope.INTERFACE, "ip vrf forwarding $", (c, a) -> set(c, () -> c.iface.vrf = c.at(a[0])));
        nve(b); // IOS-XE's nve interface: source-interface and member vni as on NX-OS
    }

    static void eos(Phrasebook b) {
        b.add(Scope.INTERFACE, "vrf $", (c, a) -> set(c, () -> c.iface.vrf = c.at(a[0])));
        b.add(Scope.INTERFACE, "vxlan source-interface $", (c, a) -> set(c, () -> c.iface.sourceInterface = c.at(InterfaceNames.canonical(a[0]))));
        b.add(Scope.INTERFACE, "vxlan vlan $ vni $", InterfaceCommands::vxlanVlan);
    }

    private static void nve(Phrasebook b) {
        b.add(Scope.INTERFACE, "source-interface $", (c, a) -> set(c, () -> c.iface.sourceInterface = c.at(InterfaceNames.canonical(a[0]))));
        b.add(Scope.INTERFACE, "member vni $ *", (c, a) -> {
            if (a[1].contains("associate-vrf")) {
                return Scope.DECLINE; // a layer-3 VNI: routing, not a stretched VLAN
            }
            for (int vni : Values.numbers(a[0], 1, 16_777_215, "a VNI or a range of VNIs")) {
                c.iface.memberVnis.put(vni, c.here());
            }
            return Scope.NVE_MEMBER;
        });
    }

    private static Scope set(Context c, Runnable r) {
        r.run();
        return null;
    }

    private static Scope mode(Context c, String[] a) {
        switch (a[0]) {
            case "access", "trunk" -> c.iface.mode = c.at(a[0]);
            case "dynamic", "dot1q-tunnel", "fex-fabric", "private-vlan", "monitor", "routed", "tap", "tool" -> {
                return Scope.DECLINE;
            }
            default -> throw new Unreadable("switchport mode access or switchport mode trunk");
        }
        return null;
    }

    private static Scope allowed(Context c, String[] a) {
        String rest = a[0];
        String expected = "switchport trunk allowed vlan <list>|add <list>|remove <list>|except <list>|none|all";
        if (rest.isEmpty()) {
            throw new Unreadable(expected);
        }
        int space = rest.indexOf(' ');
        String verb = space < 0 ? rest : rest.substring(0, space);
        String list = space < 0 ? "" : rest.substring(space + 1).strip();
        VlanSet current = c.iface.allowed == null ? VlanSet.ALL : c.iface.allowed.value();
        VlanSet next = switch (verb) {
            case "add" -> current.union(Values.vlanList(nonEmpty(list, expected)));
            case "remove" -> current.minus(Values.vlanList(nonEmpty(list, expected)));
            case "except" -> VlanSet.ALL.minus(Values.vlanList(nonEmpty(list, expected)));
            case "none" -> VlanSet.NONE;
            case "all" -> VlanSet.ALL;
            default -> {
                if (space >= 0) {
                    throw new Unreadable(expected);
                }
                yield Values.vlanList(verb);
            }
        };
        c.iface.allowed = c.at(next);
        return null;
    }

    private static String nonEmpty(String list, String expected) {
        if (list.isEmpty()) {
            throw new Unreadable(expected);
        }
        return list;
    }

    /** {@code ip address 10.1.1.2/24}, {@code ip address 10.1.1.2 255.255.255.0}; secondaries are left unread. */
    private static Scope address(Context c, String[] a) {
        String[] w = a[0].isEmpty() ? new String[0] : a[0].split(" ");
        String expected = "ip address <address>/<length> or ip address <address> <mask>, such as 10.1.110.2/24";
        if (w.length == 0) {
            throw new Unreadable(expected);
        }
        if (w[0].equals("virtual") && c.device.dialect == Dialect.EOS && w.length == 2) {
            c.iface.virtualIp = c.at(Values.interfaceAddress(w[1], null));
            return null;
        }
        if (w[0].equals("dhcp") || w[w.length - 1].equals("secondary")) {
            return Scope.DECLINE;
        }
        if (w.length == 1 && w[0].contains("/")) {
            c.iface.ip = c.at(Values.interfaceAddress(w[0], null));
        } else if (w.length == 2 && !w[0].contains("/")) {
            c.iface.ip = c.at(Values.interfaceAddress(w[0], w[1]));
        } else {
            throw new Unreadable(expected);
        }
        return null;
    }

    private static Scope channelGroup(Context c, String[] a) {
        String[] w = a[0].split(" ");
        c.iface.channelGroup = c.at(Values.integer(w[0], 1, 4096, "channel-group <number> [mode active|passive|on]"));
        return null;
    }

    private static Scope speed(Context c, String[] a) {
        String[] w = a[0].isEmpty() ? new String[0] : a[0].split(" ");
        int i = w.length > 1 && w[0].equals("forced") ? 1 : 0;
        if (w.length == 0 || w.length - i != 1) {
            throw new Unreadable("speed <Mb/s>, such as speed 10000, or speed 10g, or speed auto");
        }
        String speed = Values.speed(w[i]);
        c.iface.speed = speed == null ? null : c.at(speed);
        return null;
    }

    /** EOS {@code vxlan vlan 110 vni 10110}, and the range form {@code vxlan vlan 110-111 vni 10110-10111}. */
    private static Scope vxlanVlan(Context c, String[] a) {
        int[] vlans = Values.vlanList(a[0]).stream().toArray();
        int[] vnis = Values.numbers(a[1], 1, 16_777_215, "a VNI or a range of VNIs");
        if (vnis.length != vlans.length) {
            throw new Unreadable("as many VNIs as VLANs, such as vxlan vlan 110-111 vni 10110-10111");
        }
        for (int i = 0; i < vlans.length; i++) {
            c.iface.vlanVnis.put(vlans[i], c.at(vnis[i]));
        }
        return null;
    }
}
