package dev.netmove.engine.imports;

import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one merge rule of IMPORT.md for imports, overlays and change files: devices and VMs by name,
 * links by their two ends in either order (or by name), maps key by key recursively, a scalar or a
 * list replaces, {@code null} removes. Layers are merged in order, a later one winning; every value
 * a later layer changes is kept as a {@link Disagreement}. Names must be normalised before
 * ({@link DocumentNames}); ports are matched by {@link InterfaceNames#canonical}.
 */
public final class DocumentMerge {

    private final DocMap result;
    private final List<Disagreement> disagreements = new ArrayList<>();
    /** Whether the layer being merged is handed over: its nodes are taken as they are, not copied. */
    private boolean adopt;
    /** The merged links by their ends, kept across layers (null: to be built again, after a removal). */
    private Map<String, DocMap> byEnds;

    public DocumentMerge(Origin root) {
        this.result = new DocMap(root);
    }

    /** Merges {@code layer} over what is merged so far; {@code layer} itself is left as it is. */
    public DocumentMerge merge(DocMap layer) {
        adopt = false;
        return mergeLayer(layer);
    }

    /**
     * Merges {@code layer}, handing it over: its nodes become part of the result uncopied (an import's
     * source documents, read for this merge only), so {@code layer} must not be used afterwards.
     */
    public DocumentMerge mergeOwned(DocMap layer) {
        adopt = true;
        try {
            return mergeLayer(layer);
        } finally {
            adopt = false;
        }
    }

    private DocumentMerge mergeLayer(DocMap layer) {
        for (Map.Entry<String, DocNode> e : layer.entries().entrySet()) {
            String key = e.getKey();
            DocNode value = e.getValue();
            if (key.equals("links") && !isNull(value)) {
                mergeLinks(value);
            } else if (key.equals("devices") && value instanceof DocMap devices) {
                DocMap target = result.map("devices", devices.origin());
                for (Map.Entry<String, DocNode> d : devices.entries().entrySet()) {
                    if (isNull(d.getValue())) {
                        removeLinksOf(d.getKey());
                    }
                }
                mergeMap(target, devices, "devices");
            } else {
                if (key.equals("links")) {
                    byEnds = null; // links: null removes them all
                }
                mergeEntry(result, key, value, key);
            }
        }
        return this;
    }

    /** The merged document (live: later merges change it). */
    public DocMap result() {
        return result;
    }

    /** Every value a later layer replaced with a different one, in merge order. */
    public List<Disagreement> disagreements() {
        return List.copyOf(disagreements);
    }

    // ---- maps and values ---------------------------------------------------------------------

    private void mergeMap(DocMap target, DocMap layer, String path) {
        for (Map.Entry<String, DocNode> e : layer.entries().entrySet()) {
            mergeEntry(target, e.getKey(), e.getValue(), path + "." + e.getKey());
        }
    }

    private void mergeEntry(DocMap target, String key, DocNode value, String path) {
        DocNode existing = target.entries().get(key);
        if (isNull(value)) {
            target.entries().remove(key);
            return;
        }
        if (existing == null) {
            target.entries().put(key, adopt ? value : copy(value));
        } else if (existing instanceof DocMap base && value instanceof DocMap layer) {
            mergeMap(base, layer, path);
        } else {
            String before = text(existing);
            String after = text(value);
            if (!SameValue.same(before, after)) {
                disagreements.add(new Disagreement(path, before, existing.origin(), after, value.origin()));
            }
            target.entries().put(key, copy(value));
        }
    }

    // ---- links -------------------------------------------------------------------------------

    /** The merged links by their ends, built again when a removal dropped them. */
    private Map<String, DocMap> byEnds(DocList links) {
        if (byEnds == null) {
            byEnds = new HashMap<>();
            for (DocNode each : links.items()) {
                if (each instanceof DocMap m) {
                    String key = LinkEnds.key(m);
                    if (key != null) {
                        byEnds.putIfAbsent(key, m);
                    }
                }
            }
        }
        return byEnds;
    }

    private void mergeLinks(DocNode layer) {
        DocList links = result.list("links", layer.origin());
        if (layer instanceof DocList list) {
            for (DocNode item : list.items()) {
                if (!(item instanceof DocMap link)) {
                    links.add(adopt ? item : copy(item)); // the loader reports what is not a link
                    continue;
                }
                DocMap target = find(links, byEnds(links), link);
                if (target == null) {
                    DocMap added = adopt ? link : (DocMap) copy(link);
                    links.add(added);
                    String key = LinkEnds.key(added);
                    if (key != null) {
                        byEnds(links).putIfAbsent(key, added);
                    }
                } else {
                    mergeLink(target, link);
                }
            }
        } else if (layer instanceof DocMap byName) {
            // the change-file form: a map keyed by link name
            for (Map.Entry<String, DocNode> e : byName.entries().entrySet()) {
                DocMap target = findByName(links, e.getKey());
                if (isNull(e.getValue())) {
                    if (target != null) {
                        links.items().remove(target);
                        byEnds = null;
                    }
                } else if (e.getValue() instanceof DocMap link) {
                    if (target == null) {
                        target = find(links, byEnds(links), link);
                    }
                    if (target == null) {
                        DocMap added = (DocMap) copy(link);
                        added.entries().putIfAbsent("name", new DocScalar(e.getKey(), link.origin()));
                        links.add(added);
                        String key = LinkEnds.key(added);
                        if (key != null) {
                            byEnds(links).putIfAbsent(key, added);
                        }
                    } else {
                        mergeLink(target, link);
                    }
                }
            }
        }
    }

    private static DocMap find(DocList links, Map<String, DocMap> byEnds, DocMap link) {
        String ends = LinkEnds.key(link);
        if (ends != null && byEnds.containsKey(ends)) {
            return byEnds.get(ends);
        }
        DocNode name = link.entries().get("name");
        if (name instanceof DocScalar n && n.text() != null) {
            return findByName(links, n.text());
        }
        return null;
    }

    /**
     * The link named {@code name}; else, for a name written as ends ({@code acc1:Eth1/50--agg2:Eth1/1}), the link
     * with those ends in either order, ports compared canonically ({@code Eth1/50} = {@code Ethernet1/50}).
     */
    private static DocMap findByName(DocList links, String name) {
        for (DocNode each : links.items()) {
            if (each instanceof DocMap candidate && name.equals(LinkEnds.nameOf(candidate))) {
                return candidate;
            }
        }
        String ends = endsKey(name);
        if (ends != null) {
            for (DocNode each : links.items()) {
                if (each instanceof DocMap candidate && ends.equals(LinkEnds.key(candidate))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** The canonical identity of a name written as two ends, {@code a:p--b:p}; null for any other name. */
    private static String endsKey(String name) {
        int dashes = name.indexOf("--");
        if (dashes <= 0 || name.indexOf("--", dashes + 2) >= 0) {
            return null;
        }
        String a = name.substring(0, dashes);
        String b = name.substring(dashes + 2);
        if (a.indexOf(':') <= 0 || b.indexOf(':') <= 0) {
            return null;
        }
        String x = LinkEnds.canonical(a);
        String y = LinkEnds.canonical(b);
        return x.compareTo(y) <= 0 ? x + "--" + y : y + "--" + x;
    }

    private void mergeLink(DocMap target, DocMap layer) {
        String path = "links[" + LinkEnds.nameOf(target) + "]";
        for (Map.Entry<String, DocNode> e : layer.entries().entrySet()) {
            if (e.getKey().equals("between") && e.getValue() instanceof DocList ends
                    && target.entries().get("between") instanceof DocList base) {
                if (ends.items().size() == 2 && !Objects.equals(LinkEnds.key(layer), LinkEnds.key(target))) {
                    recable(target, base, ends, path + ".between");
                } else {
                    mergeEnds(base, ends, path);
                }
            } else {
                mergeEntry(target, e.getKey(), e.getValue(), path + "." + e.getKey());
            }
        }
    }

    /**
     * A link found by its name whose {@code between} names other ends (a re-cabling): the list replaces, as every
     * list does; an end written as a bare port that the link already had keeps that port's settings (the port
     * itself did not change). Ends that are not two {@code device:port} ends replace too, for the loader to report.
     */
    private void recable(DocMap target, DocList base, DocList ends, String path) {
        DocList recabled = new DocList(new ArrayList<>(2), ends.origin());
        for (DocNode end : ends.items()) {
            DocNode kept = null;
            String port = LinkEnds.portOf(end);
            if (end instanceof DocScalar && port != null) {
                for (DocNode mine : base.items()) {
                    String myPort = LinkEnds.portOf(mine);
                    if (mine instanceof DocMap && myPort != null
                            && LinkEnds.canonical(myPort).equals(LinkEnds.canonical(port))) {
                        kept = copy(mine);
                    }
                }
            }
            recabled.add(kept != null ? kept : copy(end));
        }
        disagreements.add(new Disagreement(path, text(base), base.origin(), text(ends), ends.origin()));
        target.entries().put("between", recabled);
        byEnds = null;
    }

    /** Per-end settings merged into the matching end; each end keeps the spelling of its first source. */
    private void mergeEnds(DocList base, DocList layer, String path) {
        for (DocNode end : layer.items()) {
            if (!(end instanceof DocMap settings)) {
                continue;
            }
            String port = LinkEnds.portOf(end);
            for (int i = 0; i < base.items().size(); i++) {
                DocNode mine = base.items().get(i);
                String myPort = LinkEnds.portOf(mine);
                if (port != null && myPort != null && LinkEnds.canonical(port).equals(LinkEnds.canonical(myPort))) {
                    DocMap target;
                    if (mine instanceof DocMap m) {
                        target = m;
                    } else {
                        target = new DocMap(mine.origin()).put("port", myPort, mine.origin());
                        base.items().set(i, target);
                    }
                    for (Map.Entry<String, DocNode> s : settings.entries().entrySet()) {
                        if (!s.getKey().equals("port")) {
                            mergeEntry(target, s.getKey(), s.getValue(), path + ".between[" + myPort + "]." + s.getKey());
                        }
                    }
                }
            }
        }
    }

    private void removeLinksOf(String device) {
        if (!(result.entries().get("links") instanceof DocList links)) {
            return;
        }
        for (Iterator<DocNode> it = links.items().iterator(); it.hasNext();) {
            DocNode link = it.next();
            if (link instanceof DocMap m && LinkEnds.devices(m).contains(device)) {
                it.remove();
                byEnds = null;
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    static boolean isNull(DocNode node) {
        return node instanceof DocScalar s && s.text() == null;
    }

    /** A deep copy, so later merges never change a layer's own document. */
    public static DocNode copy(DocNode node) {
        if (node instanceof DocMap map) {
            DocMap c = new DocMap(map.origin());
            for (Map.Entry<String, DocNode> e : map.entries().entrySet()) {
                c.entries().put(e.getKey(), copy(e.getValue()));
            }
            return c;
        }
        if (node instanceof DocList list) {
            DocList c = new DocList(new ArrayList<>(list.items().size()), list.origin());
            for (DocNode item : list.items()) {
                c.add(copy(item));
            }
            return c;
        }
        return node;
    }

    /** A value as a user would read it in the report: {@code 10Gbps}, {@code [vmnic0, vmnic1]}, {@code {vlan: 900}}. */
    public static String text(DocNode node) {
        if (node instanceof DocScalar s) {
            return s.text() == null ? "null" : s.text();
        }
        StringBuilder b = new StringBuilder();
        if (node instanceof DocList list) {
            b.append('[');
            for (int i = 0; i < list.items().size(); i++) {
                b.append(i == 0 ? "" : ", ").append(text(list.items().get(i)));
            }
            return b.append(']').toString();
        }
        DocMap map = (DocMap) node;
        b.append('{');
        String sep = "";
        for (Map.Entry<String, DocNode> e : map.entries().entrySet()) {
            b.append(sep).append(e.getKey()).append(": ").append(text(e.getValue()));
            sep = ", ";
        }
        return b.append('}').toString();
    }

}
