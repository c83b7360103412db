package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.configs.Phrasebook.Scope;

/**
 * The phrasings of an SVI's gateway: HSRP, VRRP and GLBP groups and anycast gateways. The dialects
 * differ most here: NX-OS opens a block per group, IOS and EOS write the group on every line.
 */
final class GatewayCommands {

    private GatewayCommands() {
    }

    static void nxos(Phrasebook b) {
        b.add(Scope.INTERFACE, "hsrp #", (c, a) -> open(c, "hsrp", a[0], Scope.HSRP));
        b.add(Scope.INTERFACE, "vrrp #", (c, a) -> open(c, "vrrp", a[0], Scope.VRRP));
        b.add(Scope.HSRP, "ip $", (c, a) -> vip(c, a[0]));
        b.add(Scope.HSRP, "priority # *", (c, a) -> priority(c, a[0]));
        b.add(Scope.VRRP, "address $", (c, a) -> vip(c, a[0]));
        b.add(Scope.VRRP, "priority #", (c, a) -> priority(c, a[0]));
        b.add(Scope.INTERFACE, "fabric forwarding mode anycast-gateway", (c, a) -> {
            c.iface.anycast = c.at(true);
            return null;
        });
    }

    static void ios(Phrasebook b) {
        b.add(Scope.INTERFACE, "standby # ip $", (c, a) -> line(c, "hsrp", a[0]).vip(a[1]));
        b.add(Scope.INTERFACE, "standby # ip $ secondary", (c, a) -> Scope.DECLINE);
        b.add(Scope.INTERFACE, "standby ip $", (c, a) -> line(c, "hsrp", "0").vip(a[0]));
        b.add(Scope.INTERFACE, "standby # priority #", (c, a) -> line(c, "hsrp", a[0]).priority(a[1]));
        b.add(Scope.INTERFACE, "standby priority #", (c, a) -> line(c, "hsrp", "0").priority(a[0]));
        b.add(Scope.INTERFACE, "vrrp # ip $", (c, a) -> line(c, "vrrp", a[0]).vip(a[1]));
        b.add(Scope.INTERFACE, "vrrp # priority #", (c, a) -> line(c, "vrrp", a[0]).priority(a[1]));
        // IOS-XE VRRPv3: vrrp 1 address-family ipv4 / address 10.1.110.1 primary / priority 110
        b.add(Scope.INTERFACE, "vrrp # address-family ipv4", (c, a) -> open(c, "vrrp", a[0], Scope.VRRP));
        b.add(Scope.VRRP, "address $ *", (c, a) -> vip(c, a[0]));
        b.add(Scope.VRRP, "priority #", (c, a) -> priority(c, a[0]));
        b.add(Scope.INTERFACE, "glbp # ip $", (c, a) -> line(c, "glbp", a[0]).vip(a[1]));
        b.add(Scope.INTERFACE, "glbp # priority #", (c, a) -> line(c, "glbp", a[0]).priority(a[1]));
    }

    static void eos(Phrasebook b) {
        b.add(Scope.INTERFACE, "vrrp # ipv4 $", (c, a) -> line(c, "vrrp", a[0]).vip(a[1]));
        b.add(Scope.INTERFACE, "vrrp # ip $", (c, a) -> line(c, "vrrp", a[0]).vip(a[1]));
        b.add(Scope.INTERFACE, "vrrp # priority-level #", (c, a) -> line(c, "vrrp", a[0]).priority(a[1]));
        b.add(Scope.INTERFACE, "vrrp # priority #", (c, a) -> line(c, "vrrp", a[0]).priority(a[1]));
    }

    /** A one-line group command: selects the group, then sets one of its facts. */
    private record GroupLine(Context c) {
        Scope vip(String text) {
            return GatewayCommands.vip(c, text);
        }

        Scope priority(String text) {
            return GatewayCommands.priority(c, text);
        }
    }

    private static GroupLine line(Context c, String protocol, String group) {
        open(c, protocol, group, null);
        return new GroupLine(c);
    }

    private static Scope open(Context c, String protocol, String group, Scope scope) {
        int max = switch (protocol) {
            case "hsrp" -> 4095;
            case "glbp" -> 1023;
            default -> 255;
        };
        int g = Values.integer(group, protocol.equals("vrrp") ? 1 : 0, max, "a " + protocol.toUpperCase() + " group");
        c.fhrp = c.iface.fhrp(protocol, g, c.here());
        return scope;
    }

    private static Scope vip(Context c, String text) {
        c.fhrp.vip = c.at(Values.address(text));
        return null;
    }

    private static Scope priority(Context c, String text) {
        int max = c.fhrp.protocol.equals("vrrp") ? 254 : 255;
        c.fhrp.priority = c.at(Values.integer(text, c.fhrp.protocol.equals("hsrp") ? 0 : 1, max, "a priority"));
        return null;
    }
}
