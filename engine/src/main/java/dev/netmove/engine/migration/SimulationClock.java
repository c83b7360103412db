package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.TimeSpan;
import java.util.Objects;

/**
 * The clock of one simulation: the simulation counts seconds from zero as doubles, its results are times on
 * the scenario's clock, starting when the migrations were asked for.
 *
 * @param start when the migrations were asked for
 */
record SimulationClock(TimeSpan start) {

    SimulationClock {
        Objects.requireNonNull(start, "start");
    }

    /** The time {@code seconds} into the simulation. */
    TimeSpan at(double seconds) {
        return start.plus(PreCopyProcess.seconds(seconds));
    }
}
