package dev.netmove.engine.migration;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.network.FairShareAllocator;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs migrations at the same time over the network of a topology: the pre-copy model of each
 * ({@link PreCopyProcess}) on streams whose rates are max-min fair shares ({@link FairShareAllocator})
 * of what background load leaves free on each link direction, never above a link's vMotion QoS cap
 * nor the per-stream cap; a stream delivers its rate times the stream efficiency.
 *
 * <p>The simulation is event-driven and exact for the fluid model: rates change only when a stream
 * starts or ends, and between events every stream keeps its rate, so the next event (a round or a
 * switchover finishing, a setup or resume ending) is computed, not stepped towards. A host runs at
 * most {@code concurrentPerHost} migrations at once (as source or destination); the others wait and
 * start in the order asked for, each as soon as both its hosts have a free slot.
 */
public final class MigrationSimulator {

    private static final MigrationPrecheck PRECHECK = new MigrationPrecheck();

    private final Layer2Analysis layer2;
    private final Topology topology;
    private final StreamRoutes routes;

    /** A simulator on the analysis's topology, with that topology's {@code migration:} settings. */
    public MigrationSimulator(Layer2Analysis layer2) {
        this.layer2 = Objects.requireNonNull(layer2, "layer2");
        this.topology = layer2.topology();
        this.routes = new StreamRoutes(layer2);
    }

    /** Pre-checks each request and runs those that pass, all asked for at once at time zero. */
    public SimulationResult run(List<MigrationRequest> requests) {
        return run(requests, TimeSpan.ZERO);
    }

    /**
     * Pre-checks each request ({@link MigrationPrecheck}) and runs those that pass, all asked for at once at
     * {@code startAt}. Unknown names throw {@link dev.netmove.engine.topology.UnknownNameException}.
     *
     * @throws IllegalArgumentException when a VM is asked to move twice
     */
    public SimulationResult run(List<MigrationRequest> requests, TimeSpan startAt) {
        List<MigrationVerdict> verdicts = new ArrayList<>(requests.size());
        for (MigrationRequest request : requests) {
            verdicts.add(PRECHECK.check(layer2, request.vm(), request.destinationHost()));
        }
        return simulate(verdicts, startAt);
    }

    /**
     * Runs the migrations whose pre-check passed (the others are only carried into the result), all asked
     * for at once at {@code startAt}, in the order given.
     *
     * @throws IllegalArgumentException when a VM is asked to move twice
     */
    public SimulationResult simulate(List<MigrationVerdict> verdicts, TimeSpan startAt) {
        Objects.requireNonNull(startAt, "startAt");
        Set<String> seen = new HashSet<>();
        for (MigrationVerdict verdict : verdicts) {
            if (!seen.add(verdict.vm())) {
                throw new IllegalArgumentException("VM " + verdict.vm() + " is asked to migrate twice at the same time");
            }
        }
        return new SimulationRun(topology, routes, verdicts, new SimulationClock(startAt)).run();
    }
}
