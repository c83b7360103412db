package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.TimeSpan;
import java.util.Objects;

/**
 * What bound a migration: for most of the time it was sending, a link direction with nothing more to give, the
 * per-stream cap, the host's ceiling or the TCP window over the round trip; or, where those took less time than
 * the guest's dirtying or the scan of its untouched memory, that. A value recorded as the simulation runs; the
 * sentence a user reads is written where the result is shown.
 */
public sealed interface Bottleneck permits Bottleneck.OnLink, Bottleneck.StreamCap, Bottleneck.HostCeiling,
        Bottleneck.Window, Bottleneck.DirtyRate, Bottleneck.MemoryScan {

    /**
     * A link direction was full: its speed less the background load, or its vMotion QoS cap.
     *
     * @param direction the full link direction
     * @param sharers   the most other migrations that crossed it at once while it held this one back
     */
    record OnLink(LinkDirection direction, int sharers) implements Bottleneck {

        public OnLink {
            Objects.requireNonNull(direction, "direction");
            if (sharers < 0) {
                throw new IllegalArgumentException("sharers cannot be negative: " + sharers);
            }
        }
    }

    /**
     * The stream ran at the cap every stream has (one CPU core per stream), lowered where several streams ran at
     * one host at once ({@code streamCapFalloff}).
     *
     * @param perStream the cap, as it was the last time it held the stream
     */
    record StreamCap(Bandwidth perStream) implements Bottleneck {

        public StreamCap {
            Objects.requireNonNull(perStream, "perStream");
        }
    }

    /**
     * A host's migration streams together ran at its ceiling ({@code hostCeiling}), sending and receiving.
     *
     * @param host    the host
     * @param ceiling what its streams carry together at most
     * @param sharers the most other migrations of that host that ran at once while it held this one back
     */
    record HostCeiling(String host, Bandwidth ceiling, int sharers) implements Bottleneck {

        public HostCeiling {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(ceiling, "ceiling");
            if (sharers < 0) {
                throw new IllegalArgumentException("sharers cannot be negative: " + sharers);
            }
        }
    }

    /**
     * The stream sent a TCP window per round trip ({@code streamWindow}): window / round trip.
     *
     * @param window    the window
     * @param roundTrip the round trip between the vMotion interfaces
     * @param perStream what that allows one stream
     */
    record Window(DataSize window, TimeSpan roundTrip, Bandwidth perStream) implements Bottleneck {

        public Window {
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(roundTrip, "roundTrip");
            Objects.requireNonNull(perStream, "perStream");
        }
    }

    /**
     * The guest's dirtying: the rounds after the first took longer than the first (the guest wrote memory about as
     * fast as it was sent), or it was slowed so that pre-copy converged.
     *
     * @param dirtyRate how fast the guest dirties memory
     */
    record DirtyRate(Bandwidth dirtyRate) implements Bottleneck {

        public DirtyRate {
            Objects.requireNonNull(dirtyRate, "dirtyRate");
        }
    }

    /**
     * Scanning the memory the guest never touched took longer than sending ({@code scanRate}).
     *
     * @param untouched the memory not in use
     * @param scanRate  how fast it is scanned, in bytes of guest memory per second (as a bandwidth)
     */
    record MemoryScan(DataSize untouched, Bandwidth scanRate) implements Bottleneck {

        public MemoryScan {
            Objects.requireNonNull(untouched, "untouched");
            Objects.requireNonNull(scanRate, "scanRate");
        }
    }
}
