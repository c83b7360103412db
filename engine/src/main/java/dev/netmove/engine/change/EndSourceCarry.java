package dev.netmove.engine.change;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.Topology;
import java.util.Optional;

/**
 * Keeps where a link end's settings were read (a running-config line) across a change: an end the
 * change left as it was still comes from that line; an end the change rewrote has no source line any
 * more, since the change file now says what it is.
 */
final class EndSourceCarry {

    private EndSourceCarry() {
    }

    static Topology carry(Topology before, Topology after) {
        if (before.links().stream().noneMatch(l -> l.a().source().isPresent() || l.b().source().isPresent())) {
            return after;
        }
        return after.withEachLink(link -> {
            Optional<Link> old = before.link(link.name());
            if (old.isEmpty()) {
                return link;
            }
            LinkEnd a = carried(link.a(), old.get());
            LinkEnd b = carried(link.b(), old.get());
            return a == link.a() && b == link.b() ? link : link.withEnds(a, b);
        });
    }

    private static LinkEnd carried(LinkEnd end, Link old) {
        if (end.source().isPresent()) {
            return end;
        }
        for (LinkEnd was : new LinkEnd[] {old.a(), old.b()}) {
            if (was.source().isPresent() && was.sameSettings(end)) {
                return end.withSource(was.source().get());
            }
        }
        return end;
    }
}
