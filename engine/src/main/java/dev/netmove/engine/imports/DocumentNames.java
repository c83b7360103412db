package dev.netmove.engine.imports;

import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the device names a partial document uses (device keys, link ends, VM hosts, vPC peers) and
 * rewrites them to their normalised form ({@link DeviceNames}), once, before any merge.
 */
public final class DocumentNames {

    private DocumentNames() {
    }

    /** Adds every device name {@code doc} uses to {@code names}. */
    public static void collect(DocMap doc, Collection<String> names) {
        if (doc.entries().get("devices") instanceof DocMap devices) {
            names.addAll(devices.entries().keySet());
        }
        if (doc.entries().get("links") instanceof DocList links) {
            for (DocNode link : links.items()) {
                if (link instanceof DocMap m) {
                    names.addAll(LinkEnds.devices(m));
                }
            }
        }
        if (doc.entries().get("vms") instanceof DocMap vms) {
            for (DocNode vm : vms.entries().values()) {
                if (vm instanceof DocMap m && m.entries().get("host") instanceof DocScalar host && host.text() != null) {
                    names.add(host.text());
                }
            }
        }
    }

    /** Rewrites the device names of {@code doc} in place. */
    public static void rename(DocMap doc, DeviceNames names) {
        if (doc.entries().get("devices") instanceof DocMap devices) {
            Map<String, DocNode> renamed = new LinkedHashMap<>();
            for (Map.Entry<String, DocNode> e : devices.entries().entrySet()) {
                DocNode device = e.getValue();
                if (device instanceof DocMap m && m.entries().get("vpc") instanceof DocMap vpc) {
                    renameScalar(vpc, "peer", names);
                }
                renamed.merge(names.of(e.getKey()), device, (a, b) -> a instanceof DocMap first && b instanceof DocMap second
                        ? new DocumentMerge(first.origin()).merge(wrap(first)).merge(wrap(second)).result()
                                .entries().get("x") : b);
            }
            devices.entries().clear();
            devices.entries().putAll(renamed);
        }
        if (doc.entries().get("links") instanceof DocList links) {
            for (DocNode link : links.items()) {
                if (link instanceof DocMap m && m.entries().get("between") instanceof DocList between) {
                    List<DocNode> ends = new ArrayList<>(between.items());
                    for (int i = 0; i < ends.size(); i++) {
                        DocNode end = ends.get(i);
                        if (end instanceof DocScalar s && s.text() != null) {
                            String renamed = renameEnd(s.text(), names);
                            if (!renamed.equals(s.text())) {
                                between.items().set(i, new DocScalar(renamed, s.origin()));
                            }
                        } else if (end instanceof DocMap em && em.entries().get("port") instanceof DocScalar s
                                && s.text() != null) {
                            String renamed = renameEnd(s.text(), names);
                            if (!renamed.equals(s.text())) {
                                em.entries().put("port", new DocScalar(renamed, s.origin()));
                            }
                        }
                    }
                }
            }
        }
        if (doc.entries().get("vms") instanceof DocMap vms) {
            for (DocNode vm : vms.entries().values()) {
                if (vm instanceof DocMap m) {
                    renameScalar(m, "host", names);
                }
            }
        }
    }

    private static DocMap wrap(DocMap device) {
        return new DocMap(device.origin()).put("x", device);
    }

    private static String renameEnd(String end, DeviceNames names) {
        int colon = end.indexOf(':');
        if (colon <= 0) {
            return end;
        }
        String device = end.substring(0, colon);
        String renamed = names.of(device);
        return renamed.equals(device) ? end : renamed + end.substring(colon);
    }

    private static void renameScalar(DocMap map, String key, DeviceNames names) {
        if (map.entries().get(key) instanceof DocScalar s && s.text() != null) {
            String renamed = names.of(s.text());
            if (!renamed.equals(s.text())) {
                map.entries().put(key, new DocScalar(renamed, s.origin()));
            }
        }
    }
}
