package dev.netmove.engine.imports.netbox;

import static dev.netmove.engine.imports.netbox.NetBoxFields.id;
import static dev.netmove.engine.imports.netbox.NetBoxFields.nested;
import static dev.netmove.engine.imports.netbox.NetBoxFields.nestedText;
import static dev.netmove.engine.imports.netbox.NetBoxFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.netbox.AddressIndex.Address;
import dev.netmove.engine.imports.netbox.CableTracer.Connection;
import dev.netmove.engine.imports.netbox.NetBoxPages.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the {@code devices} of a NetBox export: every named device with an interface cabled to another
 * device's interface (patch panels and PDUs are skipped), its role, site and pod; a device in a cluster
 * is a host; a switch gets its VLANs, SVIs with their FHRP groups, and its VXLAN VNIs and VTEP.
 */
final class DeviceBuilder {

    private static final Set<String> NETMOVE_ROLES = Set.of("host", "access", "leaf", "aggregation", "spine", "core",
            "border", "router", "firewall", "external");
    private static final Pattern VLAN_NAME = Pattern.compile("(?i)^(?:vlan|irb\\.|vlan\\.|bvi)(\\d{1,4})$");

    /** A kept device: its NetBox id, name and whether it is a host. */
    record Kept(long id, String name, boolean host) {
    }

    private final ReadContext context;
    private final Map<Long, NetBoxInterface> interfaces;
    private final AddressIndex addresses;
    private final Map<Integer, Long> vnis;
    private final Map<Long, Kept> kept = new LinkedHashMap<>();
    private final Map<Long, String> routedIps = new HashMap<>();
    int svis;

    DeviceBuilder(ReadContext context, Map<Long, NetBoxInterface> interfaces, AddressIndex addresses, Map<Integer, Long> vnis) {
        this.context = context;
        this.interfaces = interfaces;
        this.addresses = addresses;
        this.vnis = vnis;
    }

    /** The devices kept, by NetBox id. */
    Map<Long, Kept> kept() {
        return kept;
    }

    /** The addresses of routed (non-virtual, untagged-mode-less) interfaces by interface id. */
    Map<Long, String> routedIps() {
        return routedIps;
    }

    void build(List<Item> items, List<Connection> connections, DocMap devices) {
        Set<Long> cabled = new HashSet<>();
        for (Connection c : connections) {
            cabled.add(c.a().deviceId());
            cabled.add(c.b().deviceId());
        }
        Map<Long, List<NetBoxInterface>> byDevice = new HashMap<>();
        for (NetBoxInterface iface : interfaces.values()) {
            byDevice.computeIfAbsent(iface.deviceId(), k -> new ArrayList<>()).add(iface);
        }
        for (Item item : items) {
            JsonNode n = item.node();
            String name = text(n, "name");
            if (!n.isObject() || id(n) < 0) {
                context.problem(item.origin(), "a device without an id", "a device object of dcim/devices.json with id and name");
                continue;
            }
            if (name == null) {
                context.note(ImportNote.Kind.SKIPPED, item.origin(), "device #" + id(n) + " has no name: left out");
                continue;
            }
            if (!cabled.contains(id(n))) {
                context.note(ImportNote.Kind.SKIPPED, item.origin(), "device " + name
                        + " has no interface cabled to another device's interface (a patch panel, PDU or console server): left out");
                continue;
            }
            boolean host = nested(n, "cluster") != null;
            kept.put(id(n), new Kept(id(n), name, host));
            DocMap device = devices.map(name, item.origin());
            writeIdentity(item, name, host, device);
            List<NetBoxInterface> own = byDevice.getOrDefault(id(n), List.of());
            collectRoutedIps(own, host);
            if (!host) {
                writeSwitch(item, own, device);
            }
        }
    }

    private void writeIdentity(Item item, String name, boolean host, DocMap device) {
        JsonNode n = item.node();
        String roleField = n.has("role") ? "role" : "device_role"; // 4.x "role", 3.x "device_role"
        String slug = nestedText(n, roleField, "slug");
        if (host) {
            device.put("role", "host", item.at("cluster"));
        } else {
            String role = context.rules.roleOf(name, slug).orElse(slug != null && NETMOVE_ROLES.contains(slug) ? slug : null);
            if (role != null) {
                device.put("role", role, item.at(roleField));
            } else {
                context.note(ImportNote.Kind.WARNING, item.at(roleField), "device " + name + " has role " + slug
                        + ", which is no netmove role and no importRules.roles entry matches: give it devices." + name + ".role");
            }
        }
        String site = nestedText(n, "site", "slug");
        if (site != null) {
            device.put("site", site, item.at("site/slug"));
        }
        String pod = nestedText(n, "location", "name");
        if (pod != null) {
            device.put("pod", pod, item.at("location/name"));
        }
        if (host) {
            device.put("cluster", nestedText(n, "cluster", "name"), item.at("cluster/name"));
        }
    }

    private void collectRoutedIps(List<NetBoxInterface> own, boolean host) {
        for (NetBoxInterface iface : own) {
            if (host || iface.isVirtual() || iface.mode() != null) {
                continue;
            }
            Address address = addresses.own(iface.id());
            if (address != null) {
                routedIps.putIfAbsent(iface.id(), address.address());
            }
        }
    }

    private void writeSwitch(Item item, List<NetBoxInterface> own, DocMap device) {
        SortedSet<Integer> vlans = new TreeSet<>();
        Map<Integer, DocMap> svisByVlan = new TreeMap<>();
        String vtep = null;
        Origin vtepOrigin = null;
        for (NetBoxInterface iface : own) {
            if (iface.mgmtOnly()) {
                continue;
            }
            if (!iface.isVirtual()) {
                vlans.addAll(PortSettings.of(iface, interfaces, routedIps, null).used());
            }
            for (Address a : addresses.on(iface.id())) {
                if ("loopback".equals(a.role()) && vtep == null) {
                    vtep = NetBoxFields.withoutMask(a.address());
                    vtepOrigin = a.origin();
                }
            }
            int vlan = sviVlan(iface);
            if (vlan > 0 && !addresses.on(iface.id()).isEmpty()) {
                DocMap svi = new SviWriter(context, addresses).write(iface, vlan);
                if (svi != null) {
                    svisByVlan.put(vlan, svi);
                    vlans.add(vlan);
                }
            }
        }
        if (!vlans.isEmpty()) {
            device.put("vlans", NetBoxValues.vlanList(vlans), item.origin());
        }
        if (!svisByVlan.isEmpty()) {
            DocMap svis = device.map("svis", item.origin());
            svisByVlan.forEach((vlan, svi) -> svis.put(String.valueOf(vlan), svi));
            this.svis += svisByVlan.size();
        }
        writeVxlan(item, vlans, vtep, vtepOrigin, device);
    }

    private void writeVxlan(Item item, SortedSet<Integer> vlans, String vtep, Origin vtepOrigin, DocMap device) {
        if (vtep == null) {
            return;
        }
        DocMap mapped = new DocMap(item.origin());
        for (int vlan : vlans) {
            Long vni = vnis.get(vlan);
            if (vni != null) {
                mapped.put(String.valueOf(vlan), String.valueOf(vni), item.origin());
            }
        }
        if (!mapped.entries().isEmpty()) {
            DocMap vxlan = device.map("vxlan", item.origin());
            vxlan.put("vtep", vtep, vtepOrigin);
            vxlan.put("vnis", mapped);
        }
    }

    /** The VLAN of an SVI: a virtual interface's {@code untagged_vlan}, or its name ({@code Vlan110}, {@code irb.110}). */
    private static int sviVlan(NetBoxInterface iface) {
        Matcher m = VLAN_NAME.matcher(iface.name());
        if (!iface.isVirtual() && !m.matches()) {
            return -1;
        }
        if (iface.untaggedVlan() > 0) {
            return iface.untaggedVlan();
        }
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
