package dev.netmove.engine.change;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import dev.netmove.engine.imports.DocumentMerge;
import dev.netmove.engine.imports.LinkEnds;
import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.PartialDocuments;
import dev.netmove.engine.topology.load.Problem;
import dev.netmove.engine.topology.load.TopologyLoadException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a {@link ChangeFile} to a topology: the names it uses are checked against the topology (a new
 * device, link or VM must be written in full), the change merges over the topology's document by the one
 * merge rule ({@link DocumentMerge}), and the result is read with every check of the loader. What-ifs
 * that took links or devices down stay down where the link or device is still there.
 */
public final class NetworkChange {

    private static final List<String> LINK_LEVEL_PORT_KEYS = List.of("mode", "vlans", "native");

    private NetworkChange() {
    }

    /** {@code topology} with {@code change} applied; a {@link TopologyLoadException} placed in the change file otherwise. */
    public static Topology apply(Topology topology, ChangeFile change) {
        change.topology().filter(t -> !t.equals(topology.name())).ifPresent(t -> {
            throw new TopologyLoadException(change.shown(), List.of(new Problem(change.shown(), 0, 0, "topology",
                    "change \"" + change.title() + "\" is for topology " + t + ", not " + topology.name()
                            + "; expected a change for " + topology.name() + " (or none named: topology: omitted)")));
        });
        List<Problem> problems = new ArrayList<>();
        DocMap body = (DocMap) DocumentMerge.copy(change.body());
        DocMap document = TopologyDocument.of(topology);
        checkNamed(body, "devices", "device", topology.devices().keySet(), List.of("role"), topology, problems);
        checkNamed(body, "vms", "VM", topology.vms().keySet(), List.of("host", "portGroup", "memory"), topology,
                problems);
        if (body.entries().get("links") instanceof DocMap links) {
            body.put("links", resolveLinks(links, topology, document, problems));
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new TopologyLoadException(change.shown(), problems);
        }
        DocMap merged = new DocumentMerge(document.origin()).merge(document).merge(body).result();
        Topology changed = EndSourceCarry.carry(topology, PartialDocuments.build(merged, change.shown(), topology.source()));
        for (String link : topology.downLinks()) {
            if (changed.link(link).isPresent()) {
                changed = changed.withLinkDown(link);
            }
        }
        for (String device : topology.downDevices()) {
            if (changed.device(device).isPresent()) {
                changed = changed.withDeviceDown(device);
            }
        }
        return changed;
    }

    private static void checkNamed(DocMap body, String section, String kind, Set<String> known, List<String> needs,
                                   Topology topology, List<Problem> problems) {
        if (!(body.entries().get(section) instanceof DocMap entries)) {
            return;
        }
        for (Map.Entry<String, DocNode> e : entries.entries().entrySet()) {
            if (known.contains(e.getKey())) {
                continue;
            }
            String path = section + "." + e.getKey();
            if (isNull(e.getValue())) {
                problems.add(ChangeFile.at(e.getValue(), path, "found no " + kind + " named " + e.getKey()
                        + " to remove in topology " + topology.name() + ClosestNames.didYouMeanOrKnown(e.getKey(), known)
                        + "; expected the name of an existing " + kind));
            } else if (!(e.getValue() instanceof DocMap settings) || !settings.entries().keySet().containsAll(needs)) {
                problems.add(ChangeFile.at(e.getValue(), path, "found no " + kind + " named " + e.getKey()
                        + " in topology " + topology.name() + ClosestNames.didYouMean(e.getKey(), known)
                        + "; expected an existing " + kind + ", or a new one written in full (with "
                        + String.join(", ", needs) + ")"));
            }
        }
    }

    /**
     * The change's links keyed by the names the topology's document gives them (a link may be named by its
     * ends, {@code a:p--b:p} in either order). A change to a link's mode, VLANs or native VLAN applies to
     * both ends, so those settings of each end in the document make way for it.
     */
    private static DocMap resolveLinks(DocMap links, Topology topology, DocMap document, List<Problem> problems) {
        DocMap resolved = new DocMap(links.origin());
        Collection<String> names = topology.links().stream().map(Link::name).toList();
        for (Map.Entry<String, DocNode> e : links.entries().entrySet()) {
            Link existing = LinkLookup.find(topology, e.getKey()).orElse(null);
            String path = "links." + e.getKey();
            if (existing == null) {
                if (isNull(e.getValue())) {
                    problems.add(ChangeFile.at(e.getValue(), path, "found no link named " + e.getKey()
                            + " to remove in topology " + topology.name() + ClosestNames.didYouMeanOrKnown(e.getKey(),
                            names) + "; expected the name of an existing link (its name, else a:port--b:port)"));
                } else if (!(e.getValue() instanceof DocMap settings)
                        || !settings.entries().keySet().containsAll(List.of("between", "speed"))) {
                    problems.add(ChangeFile.at(e.getValue(), path, "found no link named " + e.getKey()
                            + " in topology " + topology.name() + ClosestNames.didYouMean(e.getKey(), names)
                            + "; expected an existing link, or a new one written in full (with between and speed)"));
                } else {
                    resolved.put(e.getKey(), e.getValue());
                }
                continue;
            }
            resolved.put(existing.name(), e.getValue());
            if (e.getValue() instanceof DocMap settings) {
                clearEndSettings(document, existing.name(), settings);
            }
        }
        return resolved;
    }

    private static void clearEndSettings(DocMap document, String linkName, DocMap settings) {
        if (!(document.entries().get("links") instanceof DocList links)) {
            return;
        }
        for (DocNode each : links.items()) {
            if (!(each instanceof DocMap link) || !linkName.equals(LinkEnds.nameOf(link))
                    || !(link.entries().get("between") instanceof DocList between)) {
                continue;
            }
            for (DocNode end : between.items()) {
                if (end instanceof DocMap endSettings) {
                    for (String key : LINK_LEVEL_PORT_KEYS) {
                        if (settings.entries().containsKey(key)) {
                            endSettings.entries().remove(key);
                        }
                    }
                }
            }
        }
    }

    private static boolean isNull(DocNode node) {
        return node instanceof DocScalar s && s.text() == null;
    }
}
