package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.TimeSpan;
import java.util.Objects;

/** How a simulated migration ended: it switched over, or it never would. */
public sealed interface MigrationOutcome permits MigrationOutcome.Completed, MigrationOutcome.NeverCompletes {

    /** Whether the VM runs on its new host at the end. */
    boolean completes();

    /**
     * The VM was paused, the rest sent, and it resumed on the destination.
     *
     * @param reason      why pre-copy stopped
     * @param rest        the memory still dirty when the guest was paused
     * @param switchover  what was sent while paused: the rest plus the device state
     * @param downtime    how long the guest was paused: sending {@code switchover}, the path's latency and the resume
     */
    record Completed(SwitchoverReason reason, DataSize rest, DataSize switchover, TimeSpan downtime)
            implements MigrationOutcome {
        public Completed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(rest, "rest");
            Objects.requireNonNull(switchover, "switchover");
            Objects.requireNonNull(downtime, "downtime");
        }

        @Override
        public boolean completes() {
            return true;
        }
    }

    /**
     * The migration would copy forever: the guest dirties memory faster than its stream sends it and
     * nothing slows the guest (or the stream gets no bandwidth at all); or it was stopped because its share of
     * the network fell below what each concurrent migration needs ({@link #insufficientBandwidth()}). The simulation stops its stream
     * at {@code MigrationResult.endedAt()}, as an operator would cancel it.
     *
     * @param why the numbers that show it, e.g. the dirty rate, the goodput and the switchover target
     */
    record NeverCompletes(String why) implements MigrationOutcome {

        /** How {@link #why()} begins for a migration stopped because its share fell below {@code minShare}. */
        public static final String INSUFFICIENT_BANDWIDTH = "insufficient bandwidth";

        public NeverCompletes {
            Objects.requireNonNull(why, "why");
        }

        /** Whether it was stopped because its share fell below what each concurrent migration needs. */
        public boolean insufficientBandwidth() {
            return why.startsWith(INSUFFICIENT_BANDWIDTH);
        }

        @Override
        public boolean completes() {
            return false;
        }
    }
}
