package dev.netmove.engine.topology.load;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the link ends of an imported topology the place their VLANs were read where that source quotes
 * its own words (a config line: {@code switchport trunk allowed vlan 110,900 at configs/agg3.cfg:212}),
 * so the checks can name it. The model's links are the merged document's, in the same order.
 */
final class EndSources {

    private EndSources() {
    }

    static Topology attach(Topology topology, DocMap document) {
        if (!(document.entries().get("links") instanceof DocList written)
                || written.items().size() != topology.links().size()) {
            return topology;
        }
        List<Link> links = new ArrayList<>(topology.links().size());
        boolean changed = false;
        for (int i = 0; i < topology.links().size(); i++) {
            Link link = topology.links().get(i);
            if (!(written.items().get(i) instanceof DocMap doc) || !(doc.entries().get("between") instanceof DocList ends)
                    || ends.items().size() != 2) {
                links.add(link);
                continue;
            }
            LinkEnd a = withSource(link.a(), ends.items().get(0), doc);
            LinkEnd b = withSource(link.b(), ends.items().get(1), doc);
            if (a != link.a() || b != link.b()) {
                changed = true;
                link = new Link(link.name(), a, b, link.speed(), link.latency(), link.lag(), link.load(),
                        link.vmotionShare(), link.fhrpFilter(), link.cost());
            }
            links.add(link);
        }
        return changed ? new Topology(topology.name(), topology.devices(), links, topology.vms(), topology.flows(),
                topology.migration(), topology.source()) : topology;
    }

    private static LinkEnd withSource(LinkEnd end, DocNode written, DocMap link) {
        DocNode vlans = written instanceof DocMap m && m.entries().containsKey("vlans") ? m.entries().get("vlans")
                : link.entries().get("vlans");
        if (vlans instanceof DocScalar s && !s.origin().text().isEmpty()) {
            return end.withSource(s.origin().quoted());
        }
        return end;
    }
}
