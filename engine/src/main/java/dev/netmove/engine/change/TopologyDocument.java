package dev.netmove.engine.change;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.topology.AnycastGateway;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Fhrp;
import dev.netmove.engine.topology.Flow;
import dev.netmove.engine.topology.Glbp;
import dev.netmove.engine.topology.HostConfig;
import dev.netmove.engine.topology.Hsrp;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkLoad;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.PortOrder;
import dev.netmove.engine.topology.StaticRoute;
import dev.netmove.engine.topology.Stp;
import dev.netmove.engine.topology.Svi;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import dev.netmove.engine.topology.Vrrp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A topology as the document a topology file would hold (TOPOLOGY.md), so a change file merges over the
 * network as a scenario has shaped it, by the one merge rule. Values are written as the loader reads them
 * and only where they differ from the default the loader would give (a link's per-end settings only
 * where the end differs from the link), so that a change to a link or a profile means what it says.
 * Every node's origin is the key path in the topology's source.
 */
final class TopologyDocument {

    private final String source;

    private TopologyDocument(String source) {
        this.source = source;
    }

    /** The document of {@code topology}; what-ifs that take things down are not part of it. */
    static DocMap of(Topology topology) {
        return new TopologyDocument(topology.source()).write(topology);
    }

    private Origin at(String path) {
        return Origin.pointer(source, path);
    }

    private DocScalar text(Object value, String path) {
        return new DocScalar(String.valueOf(value), at(path));
    }

    private DocMap write(Topology topology) {
        DocMap root = new DocMap(at(""));
        root.put("topology", text(topology.name(), "topology"));
        DocMap devices = new DocMap(at("devices"));
        for (Device d : topology.devices().values()) {
            devices.put(d.name(), device(topology, d, "devices." + d.name()));
        }
        root.put("devices", devices);
        DocList links = new DocList(at("links"));
        for (int i = 0; i < topology.links().size(); i++) {
            links.add(link(topology.links().get(i), "links[" + i + "]"));
        }
        root.put("links", links);
        DocMap vms = new DocMap(at("vms"));
        for (Vm vm : topology.vms().values()) {
            vms.put(vm.name(), vm(vm, "vms." + vm.name()));
        }
        root.put("vms", vms);
        DocList flows = new DocList(at("flows"));
        for (Flow f : topology.flows()) {
            flows.add(new DocMap(at("flows")).put("from", text(f.from(), "flows")).put("to", text(f.to(), "flows"))
                    .put("rate", text(f.rate(), "flows")));
        }
        root.put("flows", flows);
        root.put("migration", migration(topology.migration()));
        return root;
    }

    private DocMap device(Topology topology, Device d, String path) {
        DocMap m = new DocMap(at(path));
        m.put("role", text(d.role(), path + ".role"));
        d.site().ifPresent(s -> m.put("site", text(s, path + ".site")));
        d.pod().ifPresent(p -> m.put("pod", text(p, path + ".pod")));
        if (d.isHost()) {
            host(topology, d, m, path);
            return m;
        }
        m.put("vlans", text(d.vlans(), path + ".vlans"));
        d.stp().ifPresent(stp -> m.put("stp", stp(stp, path + ".stp")));
        if (!d.svis().isEmpty()) {
            DocMap svis = new DocMap(at(path + ".svis"));
            d.svis().forEach((vlan, svi) -> svis.put(String.valueOf(vlan), svi(svi, path + ".svis." + vlan)));
            m.put("svis", svis);
        }
        d.vpcPeer().ifPresent(peer -> m.put("vpc", new DocMap(at(path + ".vpc")).put("peer", text(peer, path + ".vpc"))));
        d.vxlan().ifPresent(x -> {
            DocMap vnis = new DocMap(at(path + ".vxlan.vnis"));
            x.vlanToVni().forEach((vlan, vni) -> vnis.put(String.valueOf(vlan), text(vni, path + ".vxlan.vnis")));
            m.put("vxlan", new DocMap(at(path + ".vxlan")).put("vtep", text(x.vtep(), path + ".vxlan")).put("vnis", vnis));
        });
        if (!d.routes().isEmpty()) {
            DocList routes = new DocList(at(path + ".routes"));
            for (StaticRoute r : d.routes()) {
                routes.add(new DocMap(at(path + ".routes")).put("prefix", text(r.prefix(), path + ".routes"))
                        .put("via", text(r.via(), path + ".routes")));
            }
            m.put("routes", routes);
        }
        return m;
    }

    private DocMap stp(Stp stp, String path) {
        DocMap m = new DocMap(at(path)).put("priority", text(stp.priority(), path + ".priority"));
        if (!stp.vlanPriority().isEmpty()) {
            DocMap vlans = new DocMap(at(path + ".vlans"));
            stp.vlanPriority().forEach((vlan, p) -> vlans.put(String.valueOf(vlan), text(p, path + ".vlans")));
            m.put("vlans", vlans);
        }
        return m;
    }

    private DocMap svi(Svi svi, String path) {
        DocMap m = new DocMap(at(path));
        svi.ip().ifPresent(ip -> m.put("ip", text(ip, path + ".ip")));
        svi.fhrp().ifPresent(f -> fhrp(f, m, path));
        if (svi.transit()) {
            m.put("transit", text("true", path + ".transit"));
        }
        return m;
    }

    private void fhrp(Fhrp fhrp, DocMap svi, String path) {
        if (fhrp instanceof AnycastGateway) {
            svi.put("anycast", text("true", path + ".anycast"));
            return;
        }
        int group;
        int priority;
        if (fhrp instanceof Hsrp h) {
            group = h.group();
            priority = h.priority();
        } else if (fhrp instanceof Vrrp v) {
            group = v.group();
            priority = v.priority();
        } else {
            Glbp g = (Glbp) fhrp;
            group = g.group();
            priority = g.priority();
        }
        String p = path + "." + fhrp.protocol();
        svi.put(fhrp.protocol(), new DocMap(at(p)).put("group", text(group, p + ".group"))
                .put("vip", text(fhrp.gateway(), p + ".vip")).put("priority", text(priority, p + ".priority")));
    }

    private void host(Topology topology, Device d, DocMap m, String path) {
        HostConfig h = d.hostConfig();
        m.put("cluster", text(h.cluster(), path + ".cluster"));
        h.memory().ifPresent(mem -> m.put("memory", text(mem, path + ".memory")));
        DocMap groups = new DocMap(at(path + ".portGroups"));
        for (PortGroup g : h.portGroups().values()) {
            groups.put(g.name(), text(g.vlan(), path + ".portGroups." + g.name()));
        }
        m.put("portGroups", groups);
        h.vmotion().ifPresent(v -> {
            DocMap vm = new DocMap(at(path + ".vmotion")).put("vlan", text(v.vlan(), path + ".vmotion.vlan"))
                    .put("ip", text(v.ip(), path + ".vmotion.ip"));
            if (!v.nics().isEmpty()) {
                vm.put("nics", list(v.nics(), path + ".vmotion.nics"));
            }
            m.put("vmotion", vm);
        });
        List<String> natural = new ArrayList<>();
        for (Link link : topology.linksOf(d.name())) {
            natural.add(link.end(d.name()).port());
        }
        natural.sort(PortOrder.NATURAL);
        if (!h.uplinks().equals(natural)) {
            m.put("uplinks", list(h.uplinks(), path + ".uplinks"));
        }
    }

    private DocList list(List<String> items, String path) {
        DocList l = new DocList(at(path));
        items.forEach(i -> l.add(text(i, path)));
        return l;
    }

    private DocMap link(Link link, String path) {
        DocMap m = new DocMap(at(path)).put("name", text(link.name(), path + ".name"));
        LinkEnd a = link.a();
        LinkEnd b = link.b();
        DocList between = new DocList(at(path + ".between"));
        between.add(end(a, a, path + ".between[0]", link.isRouted()));
        between.add(end(b, a, path + ".between[1]", link.isRouted()));
        m.put("between", between);
        m.put("speed", text(link.speed(), path + ".speed"));
        m.put("latency", text(link.latency(), path + ".latency"));
        m.put("mode", text(a.mode(), path + ".mode"));
        if (a.mode() == LinkMode.TRUNK) {
            m.put("vlans", text(a.vlans(), path + ".vlans"));
            if (a.nativeVlan() != 1) {
                m.put("native", text(a.nativeVlan(), path + ".native"));
            }
        } else if (a.mode() == LinkMode.ACCESS) {
            m.put("vlans", text(a.nativeVlan(), path + ".vlans"));
        }
        if (link.isRouted()) {
            m.put("ip", new DocList(at(path + ".ip")).add(text(a.ip().orElseThrow(), path + ".ip"))
                    .add(text(b.ip().orElseThrow(), path + ".ip")));
        }
        if (!link.load().equals(LinkLoad.NONE)) {
            m.put("load", new DocMap(at(path + ".load")).put("forward", text(link.load().forward(), path + ".load"))
                    .put("reverse", text(link.load().reverse(), path + ".load")));
        }
        link.lag().ifPresent(lag -> m.put("lag", text(lag, path + ".lag")));
        link.vmotionShare().ifPresent(s -> m.put("qos", new DocMap(at(path + ".qos")).put("vmotion",
                text(s, path + ".qos.vmotion"))));
        if (link.fhrpFilter()) {
            m.put("fhrpFilter", text("true", path + ".fhrpFilter"));
        }
        if (link.cost().isPresent()) {
            m.put("cost", text(link.cost().getAsLong(), path + ".cost"));
        }
        return m;
    }

    /** An end: its port, and the settings where it differs from the link's (the first end's). */
    private DocNode end(LinkEnd end, LinkEnd link, String path, boolean ipAtLink) {
        DocMap m = new DocMap(at(path)).put("port", text(end.endpoint(), path));
        boolean otherMode = end.mode() != link.mode();
        if (otherMode) {
            m.put("mode", text(end.mode(), path + ".mode"));
        }
        if (end.mode() == LinkMode.TRUNK) {
            if (otherMode || !end.vlans().equals(link.vlans())) {
                m.put("vlans", text(end.vlans(), path + ".vlans"));
            }
            int linkNative = link.mode() == LinkMode.TRUNK ? link.nativeVlan() : 1;
            if (end.nativeVlan() != linkNative) {
                m.put("native", text(end.nativeVlan(), path + ".native"));
            }
        } else if (end.mode() == LinkMode.ACCESS && (otherMode || end.nativeVlan() != link.nativeVlan())) {
            m.put("vlans", text(end.nativeVlan(), path + ".vlans"));
        }
        if (end.ip().isPresent() && !ipAtLink) {
            m.put("ip", text(end.ip().get(), path + ".ip"));
        }
        return m.entries().size() == 1 ? m.entries().get("port") : m;
    }

    private DocMap vm(Vm vm, String path) {
        DocMap m = new DocMap(at(path)).put("host", text(vm.host(), path + ".host"))
                .put("portGroup", text(vm.portGroup(), path + ".portGroup"));
        vm.ip().ifPresent(ip -> m.put("ip", text(ip, path + ".ip")));
        m.put("memory", text(vm.memory(), path + ".memory"));
        m.put("inUse", text(vm.inUse(), path + ".inUse"));
        m.put("dirtyRate", text(vm.dirtyRate(), path + ".dirtyRate"));
        if (!vm.workingSet().equals(vm.memory().times(Vm.DEFAULT_WORKING_SET_SHARE))) {
            m.put("workingSet", text(vm.workingSet(), path + ".workingSet"));
        }
        return m;
    }

    private DocMap migration(MigrationSettings s) {
        MigrationSettings d = MigrationSettings.defaults(s.profile());
        DocMap m = new DocMap(at("migration")).put("profile", text(s.profile(), "migration.profile"));
        put(m, "maxDowntime", s.maxDowntime().map(Object::toString).orElse("none"),
                d.maxDowntime().map(Object::toString).orElse("none"));
        put(m, "maxRounds", s.maxRounds().isPresent() ? String.valueOf(s.maxRounds().getAsInt()) : "none",
                d.maxRounds().isPresent() ? String.valueOf(d.maxRounds().getAsInt()) : "none");
        put(m, "setupTime", s.setupTime(), d.setupTime());
        put(m, "deviceState", s.deviceState(), d.deviceState());
        put(m, "resumeTime", s.resumeTime(), d.resumeTime());
        put(m, "streamEfficiency", s.streamEfficiency(), d.streamEfficiency());
        put(m, "streamCap", s.streamCap().map(Object::toString).orElse("none"),
                d.streamCap().map(Object::toString).orElse("none"));
        put(m, "concurrentPerHost", s.concurrentPerHost().isPresent()
                ? String.valueOf(s.concurrentPerHost().getAsInt()) : "auto",
                d.concurrentPerHost().isPresent() ? String.valueOf(d.concurrentPerHost().getAsInt()) : "auto");
        put(m, "convergence", s.convergence(), d.convergence());
        return m;
    }

    private void put(DocMap m, String key, Object value, Object defaultValue) {
        if (!Objects.equals(String.valueOf(value), String.valueOf(defaultValue))) {
            m.put(key, text(value, "migration." + key));
        }
    }

}
