package dev.netmove.engine.imports.netbox;

import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.Origin;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The settings of one port as a link end of TOPOLOGY.md: NetBox's 802.1Q {@code mode} access -> access
 * in the untagged VLAN; tagged -> trunk of the tagged VLANs plus the untagged one, which is native;
 * tagged-all -> trunk {@code all}; no mode and an IP -> routed. A LAG member without a mode of its own
 * takes its LAG interface's, where NetBox keeps the port-channel's settings.
 *
 * @param mode {@code access}, {@code trunk}, {@code routed}, or null (NetBox says nothing)
 * @param vlans the access VLAN or trunk allowed list as written ({@code 110}, {@code 110,120}, {@code all}), or null
 * @param nativeVlan the trunk's native VLAN, or -1 (the default)
 * @param ip the routed port's address with its length, or null
 * @param used the VLANs the port uses, for the switch's {@code vlans} (a tagged-all port adds none but its native)
 * @param origin where the settings were read
 */
record PortSettings(String mode, String vlans, int nativeVlan, String ip, SortedSet<Integer> used, Origin origin) {

    static final PortSettings NONE = new PortSettings(null, null, -1, null, new TreeSet<>(), null);

    boolean isEmpty() {
        return mode == null && vlans == null && nativeVlan < 0 && ip == null;
    }

    /** Same written settings (where they were read does not matter). */
    boolean sameAs(PortSettings other) {
        return Objects.equals(mode, other.mode) && Objects.equals(vlans, other.vlans) && nativeVlan == other.nativeVlan
                && Objects.equals(ip, other.ip);
    }

    /**
     * The settings of {@code iface}; {@code routedIps} are the addresses of interfaces by id (first one);
     * {@code context} takes the warning of a mode netmove does not model (null: no warning, it is given elsewhere).
     */
    static PortSettings of(NetBoxInterface iface, Map<Long, NetBoxInterface> interfaces, Map<Long, String> routedIps,
            ReadContext context) {
        NetBoxInterface source = iface;
        if (iface.mode() == null && iface.lagId() >= 0 && interfaces.containsKey(iface.lagId())) {
            NetBoxInterface lag = interfaces.get(iface.lagId());
            if (lag.mode() != null) {
                source = lag;
            }
        }
        String mode = source.mode();
        Origin where = source.at("mode");
        SortedSet<Integer> used = new TreeSet<>();
        if (mode == null) {
            String ip = routedIps.get(iface.id());
            return ip == null ? NONE : new PortSettings("routed", null, -1, ip, used, iface.origin());
        }
        int untagged = source.untaggedVlan();
        switch (mode) {
            case "access":
                if (untagged < 0) {
                    return new PortSettings("access", null, -1, null, used, where);
                }
                used.add(untagged);
                return new PortSettings("access", String.valueOf(untagged), -1, null, used, where);
            case "tagged":
                used.addAll(source.taggedVlans());
                if (untagged >= 0) {
                    used.add(untagged);
                }
                return new PortSettings("trunk", used.isEmpty() ? "none" : NetBoxValues.vlanList(used), untagged, null,
                        used, where);
            case "tagged-all":
                if (untagged >= 0) {
                    used.add(untagged);
                }
                return new PortSettings("trunk", "all", untagged, null, used, where);
            default:
                if (context == null) {
                    return NONE;
                }
                context.note(ImportNote.Kind.WARNING, where, "interface " + iface.device() + ":" + iface.name()
                        + " has 802.1Q mode " + mode + ", which netmove does not model: its settings are left out");
                return NONE;
        }
    }
}
