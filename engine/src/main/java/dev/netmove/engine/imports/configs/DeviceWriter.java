package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.InterfaceNames;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.quantity.VlanSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one device's configuration as its entry of a topology document's {@code devices:}: role,
 * VLANs, spanning tree, SVIs and their gateways, VXLAN, static routes and {@code ports:}.
 */
final class DeviceWriter {

    private static final int DEFAULT_PRIORITY = 32_768;

    private final DeviceConfig device;
    private final List<ImportNote> notes;
    private final Map<String, Integer> counts;

    DeviceWriter(DeviceConfig device, List<ImportNote> notes, Map<String, Integer> counts) {
        this.device = device;
        this.notes = notes;
        this.counts = counts;
    }

    DocMap write(String name, Origin at, ImportRules rules) {
        DocMap doc = new DocMap(at);
        rules.roleOf(name, null).ifPresent(role -> doc.put("role", role, at));
        if (!device.vlans.isEmpty()) {
            doc.put("vlans", VlanSet.of(device.vlans.keySet()).toString(), device.vlans.values().iterator().next());
            count("vlans", device.vlans.size());
        } else {
            notes.add(new ImportNote(ImportNote.Kind.WARNING, at, "no vlan lines in the configuration of " + name
                    + " (VTP keeps them out of the running-config): its vlans come from other sources or the overlay"));
        }
        stp(doc);
        svis(doc);
        vxlan(doc);
        routes(doc);
        count("ports", PortWriter.write(device, doc));
        return doc;
    }

    private void stp(DocMap doc) {
        if (device.stp.isEmpty()) {
            return;
        }
        VlanSet universe = VlanSet.of(device.vlans.keySet());
        if (universe.isEmpty()) {
            for (DeviceConfig.StpPriority p : device.stp) {
                universe = universe.union(p.vlans());
            }
        }
        Map<Integer, DeviceConfig.StpPriority> perVlan = new TreeMap<>();
        for (DeviceConfig.StpPriority p : device.stp) {
            p.vlans().intersect(universe).stream().forEach(v -> perVlan.put(v, p));
        }
        Map<Integer, Integer> frequency = new HashMap<>();
        universe.stream().forEach(v -> frequency.merge(perVlan.containsKey(v) ? perVlan.get(v).priority()
                : DEFAULT_PRIORITY, 1, Integer::sum));
        int base = frequency.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(b.getKey(), a.getKey())
                        : Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey).orElse(device.stp.get(0).priority());
        Origin baseAt = device.stp.stream().filter(p -> p.priority() == base).map(DeviceConfig.StpPriority::origin)
                .findFirst().orElse(device.stp.get(0).origin());
        DocMap stp = doc.map("stp", device.stp.get(0).origin());
        stp.put("priority", Integer.toString(base), baseAt);
        universe.stream().forEach(v -> {
            DeviceConfig.StpPriority p = perVlan.get(v);
            int priority = p == null ? DEFAULT_PRIORITY : p.priority();
            if (priority != base) {
                Origin where = p == null ? baseAt : p.origin();
                stp.map("vlans", where).put(Integer.toString(v), Integer.toString(priority), where);
            }
        });
    }

    private void svis(DocMap doc) {
        DocMap svis = null;
        for (InterfaceConfig iface : device.interfaces.values()) {
            int vlan = InterfaceNames.sviVlan(iface.canonical);
            if (vlan < 0) {
                continue;
            }
            if (iface.shutdown != null && iface.shutdown.value()) {
                notes.add(new ImportNote(ImportNote.Kind.SKIPPED, iface.shutdown.origin(),
                        "SVI " + iface.canonical + " is shut down: left out"));
                continue;
            }
            Located<String> ip = iface.ip != null ? iface.ip : iface.virtualIp;
            if (ip == null) {
                notes.add(new ImportNote(ImportNote.Kind.SKIPPED, iface.origin,
                        "SVI " + iface.canonical + " has no IPv4 address: left out"));
                continue;
            }
            if (svis == null) {
                svis = doc.map("svis", iface.origin);
            }
            DocMap svi = svis.map(Integer.toString(vlan), iface.origin);
            svi.put("ip", ip.value(), ip.origin());
            Located<Boolean> anycast = iface.anycast != null ? iface.anycast
                    : iface.virtualIp != null ? new Located<>(true, iface.virtualIp.origin()) : null;
            if (anycast != null) {
                svi.put("anycast", "true", anycast.origin());
            }
            fhrp(iface, svi, anycast != null);
            count("svis", 1);
        }
    }

    private void fhrp(InterfaceConfig iface, DocMap svi, boolean anycast) {
        boolean written = anycast;
        for (FhrpConfig f : iface.fhrps) {
            if (f.vip == null) {
                notes.add(new ImportNote(ImportNote.Kind.SKIPPED, f.origin, f.protocol.toUpperCase() + " group " + f.group
                        + " of " + iface.canonical + " has no virtual IP (it would learn it from a peer): left out"));
                continue;
            }
            if (written) {
                notes.add(new ImportNote(ImportNote.Kind.WARNING, f.origin, f.protocol.toUpperCase() + " group " + f.group
                        + " of " + iface.canonical + ": one gateway per SVI is modelled, the first one written is kept"));
                continue;
            }
            DocMap g = svi.map(f.protocol, f.origin);
            g.put("group", Integer.toString(f.group), f.origin);
            g.put("vip", f.vip.value(), f.vip.origin());
            if (f.priority != null) {
                g.put("priority", f.priority.value().toString(), f.priority.origin());
            }
            written = true;
        }
    }

    private void vxlan(DocMap doc) {
        for (InterfaceConfig iface : device.interfaces.values()) {
            if (!iface.canonical.startsWith("nve") && !iface.canonical.startsWith("Vxlan")) {
                continue;
            }
            Map<Integer, Located<Integer>> vnis = new TreeMap<>(iface.vlanVnis);
            device.vnSegments.forEach((vlan, vni) -> {
                if (iface.memberVnis.containsKey(vni.value())) {
                    vnis.put(vlan, vni);
                }
            });
            if (vnis.isEmpty()) {
                continue;
            }
            Origin at = iface.sourceInterface == null ? iface.origin : iface.sourceInterface.origin();
            InterfaceConfig loopback = iface.sourceInterface == null ? null
                    : device.interfaces.get(iface.sourceInterface.value());
            if (loopback == null || loopback.ip == null) {
                device.problems.add(new ImportProblem(at, iface.sourceInterface == null ? "interface " + iface.name
                        + " without source-interface" : "source-interface " + iface.sourceInterface.value()
                        + " without an ip address", "the VTEP's loopback with an ip address, such as interface loopback1 / "
                        + "ip address 10.0.0.11/32"));
                return;
            }
            DocMap vx = doc.map("vxlan", iface.origin);
            String vtep = loopback.ip.value();
            vx.put("vtep", vtep.substring(0, vtep.indexOf('/')), loopback.ip.origin());
            DocMap map = vx.map("vnis", iface.origin);
            vnis.forEach((vlan, vni) -> map.put(Integer.toString(vlan), vni.value().toString(), vni.origin()));
            count("vnis", vnis.size());
            return;
        }
    }

    private void routes(DocMap doc) {
        if (device.routes.isEmpty()) {
            return;
        }
        DocList list = doc.list("routes", device.routes.get(0).origin());
        for (DeviceConfig.RouteConfig r : device.routes) {
            list.add(new DocMap(r.origin()).put("prefix", r.prefix(), r.origin()).put("via", r.via(), r.origin()));
        }
        count("routes", device.routes.size());
    }

    private void count(String key, int n) {
        if (n > 0) {
            counts.merge(key, n, Integer::sum);
        }
    }
}
