package dev.netmove.engine.flow;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.topology.Flow;
import dev.netmove.engine.topology.Link;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What moving VMs does to the flows: each flow's path before and after, the extra traffic the core
 * carries (each flow's rate times its extra core entries, summed), and the extra load per link.
 *
 * @param changes one per flow, in the order given
 * @param extraLoadByLink per link name (sorted), the flows' rate times the extra times they cross
 *        it after the move, where that is more than zero
 */
public record MoveImpact(List<FlowChange> changes, SortedMap<String, Bandwidth> extraLoadByLink) {

    public MoveImpact {
        changes = List.copyOf(changes);
        extraLoadByLink = Collections.unmodifiableSortedMap(new TreeMap<>(extraLoadByLink));
    }

    /** The paths of {@code flows} in {@code before} and {@code after}. */
    public static MoveImpact of(FlowAnalysis before, FlowAnalysis after, List<Flow> flows) {
        List<FlowChange> changes = flows.stream().map(f -> new FlowChange(f, before.pathOf(f), after.pathOf(f))).toList();
        TreeMap<String, Long> bits = new TreeMap<>();
        for (FlowChange change : changes) {
            long rate = change.flow().rate().bitsPerSecond();
            for (Link link : change.after().links()) {
                bits.merge(link.name(), rate, Long::sum);
            }
            for (Link link : change.before().links()) {
                bits.merge(link.name(), -rate, Long::sum);
            }
        }
        TreeMap<String, Bandwidth> extra = new TreeMap<>();
        bits.forEach((link, value) -> {
            if (value > 0) {
                extra.put(link, Bandwidth.ofBitsPerSecond(value));
            }
        });
        return new MoveImpact(changes, extra);
    }

    /** Every flow's rate times the number of extra times it enters the core after the move, summed. */
    public Bandwidth extraCoreTraffic() {
        Bandwidth total = Bandwidth.ZERO;
        for (FlowChange change : changes) {
            total = total.plus(change.extraCoreTraffic());
        }
        return total;
    }
}
