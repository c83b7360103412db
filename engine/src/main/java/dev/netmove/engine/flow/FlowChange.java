package dev.netmove.engine.flow;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.topology.Flow;
import java.util.Objects;

/**
 * What a move does to one flow: its path (in the flow's direction) before and after.
 *
 * @param flow the flow
 * @param before its path with every VM on its original host
 * @param after its path now
 */
public record FlowChange(Flow flow, TrafficPath before, TrafficPath after) {
    public FlowChange {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** How many more times the flow enters the core after the move (never below 0). */
    public int extraCoreCrossings() {
        return Math.max(0, after.coreCrossings() - before.coreCrossings());
    }

    /** The flow's rate times its extra core crossings. */
    public Bandwidth extraCoreTraffic() {
        return flow.rate().times(extraCoreCrossings());
    }
}
