package dev.netmove.engine.flow;

import dev.netmove.engine.l2.AlongWalk;
import dev.netmove.engine.l2.Walk;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Role;
import dev.netmove.engine.topology.Topology;
import java.util.List;
import java.util.Objects;

/**
 * The walk one direction of traffic takes, with what the steps ask about it: core crossings,
 * latency and the stateful devices (firewalls) passed.
 *
 * @param coreCrossings the number of entries into devices whose role is core
 * @param latency the sum of the links' one-way latencies
 * @param statefulDevices the firewalls passed, in order
 */
public record TrafficPath(Walk walk, int coreCrossings, TimeSpan latency, List<String> statefulDevices)
        implements AlongWalk {

    public TrafficPath {
        Objects.requireNonNull(walk, "walk");
        Objects.requireNonNull(latency, "latency");
        statefulDevices = List.copyOf(statefulDevices);
    }

    /** The traffic over {@code walk} through {@code topology}, its numbers worked out. */
    public static TrafficPath of(Topology topology, Walk walk) {
        List<String> stateful = walk.devices().stream()
                .filter(name -> topology.requireDevice(name).role() == Role.FIREWALL).toList();
        TimeSpan latency = TimeSpan.ZERO;
        for (Link link : walk.links()) {
            latency = latency.plus(link.latency());
        }
        return new TrafficPath(walk, walk.coreCrossings(topology), latency, stateful);
    }

    /** This path followed by {@code next}, which starts where this one ends. */
    TrafficPath then(Topology topology, Walk next) {
        return of(topology, walk.then(next));
    }

    /** The core devices entered, in order, one per crossing. */
    public List<String> coreEntries(Topology topology) {
        return walk.coreEntries(topology);
    }

    /** The devices joined by {@code " > "}. */
    @Override
    public String toString() {
        return walk.toString();
    }
}
