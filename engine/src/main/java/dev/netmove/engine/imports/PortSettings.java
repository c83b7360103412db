package dev.netmove.engine.imports;

import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.QuantityFormatException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ports:} a source gives its devices (the configs reader: each port's settings as the device
 * is configured), attached to the links other sources or the overlay give: each end takes its own
 * port's mode, VLANs, native VLAN and address, the link its lag, IGP cost and (where no source gave one)
 * the lower of its ends' speeds. The two ends are never made to agree. A link with a shut-down end is
 * left out (it carries nothing); a link whose two ends are vPC peer-link ports makes its devices a
 * {@code vpc} pair. What the overlay writes wins over every port. {@code ports:} is no key of TOPOLOGY.md:
 * it is taken off the sources' devices before the overlay is merged.
 */
final class PortSettings {

    private static final List<String> END_KEYS = List.of("mode", "vlans", "native", "ip");

    /** device -> port key ({@link InterfaceNames#key}) -> the port's settings. */
    private final Map<String, Map<String, DocMap>> ports = new LinkedHashMap<>();

    /** Takes the {@code ports:} off every device of {@code document} (the merged sources), keeping them here. */
    static PortSettings takeFrom(DocMap document) {
        PortSettings settings = new PortSettings();
        if (document.entries().get("devices") instanceof DocMap devices) {
            devices.entries().forEach((name, device) -> {
                if (device instanceof DocMap d && d.entries().remove("ports") instanceof DocMap portMap) {
                    Map<String, DocMap> byKey = settings.ports.computeIfAbsent(name, k -> new LinkedHashMap<>());
                    portMap.entries().forEach((port, value) -> {
                        if (value instanceof DocMap m) {
                            byKey.put(InterfaceNames.key(port), m);
                        }
                    });
                }
            });
        }
        return settings;
    }

    boolean isEmpty() {
        return ports.isEmpty();
    }

    /**
     * Attaches the ports to the links of {@code document} (sources and overlay merged); keys written in
     * {@code overlayFile} are left as written.
     */
    void attach(DocMap document, String overlayFile, List<ImportNote> notes, List<Disagreement> disagreements) {
        if (ports.isEmpty() || !(document.entries().get("links") instanceof DocList links)) {
            return;
        }
        DocMap devices = document.map("devices", document.origin());
        for (Iterator<DocNode> it = links.items().iterator(); it.hasNext();) {
            if (!(it.next() instanceof DocMap link) || !(link.entries().get("between") instanceof DocList between)
                    || LinkEnds.ends(link).isEmpty()) {
                continue;
            }
            DocMap[] found = new DocMap[2];
            for (int i = 0; i < 2; i++) {
                String end = LinkEnds.portOf(between.items().get(i));
                int colon = end.indexOf(':');
                Map<String, DocMap> device = ports.get(end.substring(0, colon));
                found[i] = device == null ? null : device.get(InterfaceNames.key(end.substring(colon + 1)));
            }
            DocScalar shut = shutdown(found[0]) != null ? shutdown(found[0]) : shutdown(found[1]);
            if (shut != null && !written(link.entries().get("between"), overlayFile)) {
                it.remove();
                notes.add(new ImportNote(ImportNote.Kind.SKIPPED, shut.origin(), "link " + LinkEnds.nameOf(link)
                        + " left out: a port of it is shut down (" + shut.origin().quoted() + ")"));
                continue;
            }
            for (int i = 0; i < 2; i++) {
                if (found[i] != null) {
                    attachEnd(link, between, i, found[i], overlayFile, disagreements);
                }
            }
            linkKey(link, "lag", found, overlayFile);
            linkKey(link, "cost", found, overlayFile);
            speed(link, found, disagreements);
            if (peerLink(found[0]) && peerLink(found[1])) {
                List<String> pair = LinkEnds.devices(link);
                vpc(devices, pair.get(0), pair.get(1), found[0].entries().get("vpcPeerLink").origin());
                vpc(devices, pair.get(1), pair.get(0), found[1].entries().get("vpcPeerLink").origin());
            }
        }
    }

    private static void attachEnd(DocMap link, DocList between, int i, DocMap port, String overlayFile,
            List<Disagreement> disagreements) {
        DocNode written = between.items().get(i);
        DocMap end;
        if (written instanceof DocMap m) {
            end = m;
        } else {
            end = new DocMap(written.origin()).put("port", written);
            between.items().set(i, end);
        }
        for (String key : END_KEYS) {
            if (port.entries().get(key) instanceof DocScalar value && !written(link.entries().get(key), overlayFile)
                    && !written(end.entries().get(key), overlayFile)) {
                if (end.entries().get(key) instanceof DocScalar before && before.text() != null
                        && !before.text().equals(value.text())) {
                    disagreements.add(new Disagreement("links[" + LinkEnds.nameOf(link) + "]." + LinkEnds.portOf(end)
                            + "." + key, before.text(), before.origin(), value.text(), value.origin()));
                }
                end.put(key, value);
            }
        }
        if ("routed".equals(text(port, "mode")) && !written(link.entries().get("ip"), overlayFile)) {
            link.entries().remove("ip"); // each routed end now says its own address
        }
    }

    /** A link-level key (lag, cost) from the first end's port that has it, unless the link already has one. */
    private static void linkKey(DocMap link, String key, DocMap[] found, String overlayFile) {
        if (link.entries().containsKey(key)) {
            return;
        }
        for (DocMap port : found) {
            if (port != null && port.entries().get(key) instanceof DocScalar value) {
                link.put(key, value);
                return;
            }
        }
    }

    /**
     * The lower of the ends' configured speeds, where no source and no overlay gave the link one; where one
     * did, that speed stays (a neighbour table's speed is the one negotiated) and a different configured
     * speed is a disagreement.
     */
    private static void speed(DocMap link, DocMap[] found, List<Disagreement> disagreements) {
        DocScalar lowest = null;
        for (DocMap port : found) {
            if (port != null && port.entries().get("speed") instanceof DocScalar s && s.text() != null) {
                try {
                    if (lowest == null || Bandwidth.parse(s.text()).compareTo(Bandwidth.parse(lowest.text())) < 0) {
                        lowest = s;
                    }
                } catch (QuantityFormatException e) {
                    // the loader reports a speed it cannot read, at its config line
                    lowest = s;
                }
            }
        }
        if (lowest == null) {
            return;
        }
        if (link.entries().get("speed") instanceof DocScalar given && given.text() != null) {
            if (!same(given.text(), lowest.text())) {
                disagreements.add(new Disagreement("links[" + LinkEnds.nameOf(link) + "].speed", lowest.text(),
                        lowest.origin(), given.text(), given.origin()));
            }
        } else if (!link.entries().containsKey("speed")) {
            link.put("speed", lowest);
        }
    }

    private static boolean same(String a, String b) {
        try {
            return Bandwidth.parse(a).equals(Bandwidth.parse(b));
        } catch (QuantityFormatException e) {
            return a.equals(b);
        }
    }

    private static void vpc(DocMap devices, String device, String peer, Origin at) {
        if (devices.entries().get(device) instanceof DocMap d && !d.entries().containsKey("vpc")) {
            d.put("vpc", new DocMap(at).put("peer", peer, at));
        }
    }

    private static DocScalar shutdown(DocMap port) {
        return port != null && port.entries().get("shutdown") instanceof DocScalar s && "true".equals(s.text())
                ? s : null;
    }

    private static boolean peerLink(DocMap port) {
        return port != null && "true".equals(text(port, "vpcPeerLink"));
    }

    private static String text(DocMap map, String key) {
        return map.entries().get(key) instanceof DocScalar s ? s.text() : null;
    }

    private static boolean written(DocNode node, String overlayFile) {
        return node != null && node.origin().file().equals(overlayFile);
    }
}
