package dev.netmove.engine.imports.netbox;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.netbox.CableTracer.Connection;
import dev.netmove.engine.topology.PortOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Writes the {@code links} of a NetBox export: one entry per connection between two kept devices, its
 * ends in the order {@code between} sorts them, the lower of the two ends' speeds (the {@code speed}
 * field in Kbps, else the nominal rate of the interface {@code type}), the LAG, and each end's own
 * 802.1Q settings: a setting both ends share is written on the link, one that differs on its end.
 */
final class LinkBuilder {

    private static final Comparator<NetBoxInterface> END_ORDER = Comparator.comparing(NetBoxInterface::device,
            PortOrder.NATURAL).thenComparing(NetBoxInterface::name, PortOrder.NATURAL);

    private final ReadContext context;
    private final Map<Long, NetBoxInterface> interfaces;
    private final Map<Long, String> routedIps;

    LinkBuilder(ReadContext context, Map<Long, NetBoxInterface> interfaces, Map<Long, String> routedIps) {
        this.context = context;
        this.interfaces = interfaces;
        this.routedIps = routedIps;
    }

    /** Writes the links whose two devices are kept; returns how many. */
    int build(List<Connection> connections, Map<Long, DeviceBuilder.Kept> kept, DocList links) {
        List<Connection> sorted = new ArrayList<>();
        for (Connection c : connections) {
            if (kept.containsKey(c.a().deviceId()) && kept.containsKey(c.b().deviceId())) {
                sorted.add(END_ORDER.compare(c.a(), c.b()) <= 0 ? c : new Connection(c.b(), c.a(), c.origin()));
            } else {
                context.note(ImportNote.Kind.SKIPPED, c.origin(), "connection " + endpoint(c.a()) + " -- " + endpoint(c.b())
                        + " joins a device that is not imported: left out");
            }
        }
        sorted.sort(Comparator.comparing(Connection::a, END_ORDER).thenComparing(Connection::b, END_ORDER));
        for (Connection c : sorted) {
            links.add(link(c));
        }
        return sorted.size();
    }

    private DocMap link(Connection c) {
        Origin where = c.origin();
        PortSettings a = PortSettings.of(c.a(), interfaces, routedIps, context);
        PortSettings b = PortSettings.of(c.b(), interfaces, routedIps, context);
        DocMap link = new DocMap(where);
        DocList between = link.list("between", where);
        DocMap endA = new DocMap(c.a().origin());
        DocMap endB = new DocMap(c.b().origin());
        OptionalLong speed = lower(rate(c.a()), rate(c.b()));
        if (speed.isPresent()) {
            link.put("speed", NetBoxValues.bandwidth(speed.getAsLong()), speedOrigin(c));
        }
        setting(link, endA, endB, "mode", a.mode(), b.mode(), a.origin(), b.origin());
        setting(link, endA, endB, "vlans", a.vlans(), b.vlans(), a.origin(), b.origin());
        setting(link, endA, endB, "native", a.nativeVlan() < 0 ? null : String.valueOf(a.nativeVlan()),
                b.nativeVlan() < 0 ? null : String.valueOf(b.nativeVlan()), a.origin(), b.origin());
        if (a.ip() != null) {
            endA.put("ip", a.ip(), a.origin());
        }
        if (b.ip() != null) {
            endB.put("ip", b.ip(), b.origin());
        }
        between.add(end(c.a(), endA));
        between.add(end(c.b(), endB));
        String lag = c.a().lagName() != null ? c.a().lagName() : c.b().lagName();
        if (lag != null) {
            link.put("lag", lag, c.a().lagName() != null ? c.a().at("lag") : c.b().at("lag"));
        }
        return link;
    }

    /** Both ends equal: on the link; else each end that has it writes it on itself. */
    private static void setting(DocMap link, DocMap endA, DocMap endB, String key, String a, String b, Origin oa, Origin ob) {
        if (a != null && a.equals(b)) {
            link.put(key, a, oa);
            return;
        }
        if (a != null) {
            endA.put(key, a, oa);
        }
        if (b != null) {
            endB.put(key, b, ob);
        }
    }

    private static DocNode end(NetBoxInterface iface, DocMap settings) {
        DocScalar port = new DocScalar(endpoint(iface), iface.origin());
        if (settings.entries().isEmpty()) {
            return port;
        }
        DocMap end = new DocMap(iface.origin());
        end.put("port", port);
        settings.entries().forEach(end::put);
        return end;
    }

    private static String endpoint(NetBoxInterface iface) {
        return iface.device() + ":" + iface.name();
    }

    private static OptionalLong rate(NetBoxInterface iface) {
        if (iface.speedKbps().isPresent() && iface.speedKbps().getAsLong() > 0) {
            return OptionalLong.of(iface.speedKbps().getAsLong() * 1000);
        }
        return NetBoxValues.typeRate(iface.type());
    }

    private static OptionalLong lower(OptionalLong a, OptionalLong b) {
        if (a.isPresent() && b.isPresent()) {
            return OptionalLong.of(Math.min(a.getAsLong(), b.getAsLong()));
        }
        return a.isPresent() ? a : b;
    }

    private static Origin speedOrigin(Connection c) {
        OptionalLong a = rate(c.a());
        OptionalLong b = rate(c.b());
        NetBoxInterface slower = !a.isPresent() || b.isPresent() && b.getAsLong() < a.getAsLong() ? c.b() : c.a();
        return slower.speedKbps().isPresent() ? slower.at("speed") : slower.at("type");
    }

}
