package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.TimeSpan;

/**
 * The migration simulation was stopped from outside (its thread interrupted: the scenario's time limit ran out)
 * before it ended; the runner names the step and the limit.
 */
public final class SimulationStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SimulationStoppedException(TimeSpan simulated) {
        super("the migration simulation was stopped after " + simulated + " of simulated time: the scenario's time"
                + " limit ran out", null, false, false);
    }
}
