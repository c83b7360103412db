package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Bandwidth;
import java.util.Objects;

/**
 * What held a migration's stream back for most of the time it was sending: a link direction with nothing more
 * to give, or the per-stream cap. A value recorded as the simulation runs; the sentence a user reads is written
 * where the result is shown.
 */
public sealed interface Bottleneck permits Bottleneck.OnLink, Bottleneck.StreamCap {

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
     * The stream ran at the cap every stream has (one CPU core per stream).
     *
     * @param perStream the cap
     */
    record StreamCap(Bandwidth perStream) implements Bottleneck {

        public StreamCap {
            Objects.requireNonNull(perStream, "perStream");
        }
    }
}
