package dev.netmove.engine.imports;

import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import dev.netmove.engine.topology.PortOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two ends of a link in a partial document ({@code between: [agg1:Eth1/49, {port: core1:Eth1/1, ...}]}):
 * its identity in either order, its name, and the default name TOPOLOGY.md gives it.
 */
public final class LinkEnds {

    private LinkEnds() {
    }

    /** {@code agg1:Eth1/49} of an end written as text or as {@code {port: ...}}; null when neither. */
    public static String portOf(DocNode end) {
        if (end instanceof DocScalar s) {
            return s.text();
        }
        if (end instanceof DocMap m && m.entries().get("port") instanceof DocScalar s) {
            return s.text();
        }
        return null;
    }

    /** The two ends as written, or an empty list when {@code between} is not two ends. */
    public static List<String> ends(DocMap link) {
        if (!(link.entries().get("between") instanceof DocList between) || between.items().size() != 2) {
            return List.of();
        }
        List<String> ends = new ArrayList<>(2);
        for (DocNode end : between.items()) {
            String port = portOf(end);
            if (port == null || port.indexOf(':') <= 0) {
                return List.of();
            }
            ends.add(port);
        }
        return ends;
    }

    /** The devices of the link's ends. */
    public static List<String> devices(DocMap link) {
        return ends(link).stream().map(e -> e.substring(0, e.indexOf(':'))).toList();
    }

    /** {@code agg1:ethernet1/49}: the device lower-cased, the port {@link InterfaceNames#canonical canonical}. */
    public static String canonical(String end) {
        int colon = end.indexOf(':');
        if (colon < 0) {
            return end.toLowerCase(Locale.ROOT);
        }
        return end.substring(0, colon).toLowerCase(Locale.ROOT) + ":" + InterfaceNames.canonical(end.substring(colon + 1));
    }

    /** The identity of the link, the same in either order; null when it has no two ends. */
    public static String key(DocMap link) {
        List<String> ends = ends(link);
        if (ends.isEmpty()) {
            return null;
        }
        String a = canonical(ends.get(0));
        String b = canonical(ends.get(1));
        return a.compareTo(b) <= 0 ? a + "--" + b : b + "--" + a;
    }

    /** The link's {@code name}, else its default name as written ({@code a:p--b:p}); null without ends. */
    public static String nameOf(DocMap link) {
        if (link.entries().get("name") instanceof DocScalar s && s.text() != null) {
            return s.text();
        }
        List<String> ends = ends(link);
        return ends.isEmpty() ? null : ends.get(0) + "--" + ends.get(1);
    }

    /** The default name of an imported link: its ends in the order {@code between} would sort them. */
    public static String sortedName(DocMap link) {
        List<String> ends = new ArrayList<>(ends(link));
        if (ends.isEmpty()) {
            return null;
        }
        ends.sort(LinkEnds::compareEnds);
        return ends.get(0) + "--" + ends.get(1);
    }

    private static int compareEnds(String x, String y) {
        int cx = x.indexOf(':');
        int cy = y.indexOf(':');
        int c = PortOrder.NATURAL.compare(x.substring(0, cx), y.substring(0, cy));
        return c != 0 ? c : PortOrder.NATURAL.compare(x.substring(cx + 1), y.substring(cy + 1));
    }
}
