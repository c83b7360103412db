package dev.netmove.engine.flow;

import dev.netmove.engine.l2.AlongWalk;
import dev.netmove.engine.l2.Walk;
import java.util.List;
import java.util.Objects;

/**
 * A routed walk from one device to the device that takes the traffic on (the peer, or the
 * gateway of the peer's VLAN), with what decided it: static routes taken and equal-cost choices.
 *
 * @param notes why the path is this one, e.g.
 *        {@code at agg1: equal-cost next hops core1, core2; core1 taken (its name sorts first)}
 */
public record Route(Walk walk, List<String> notes) implements AlongWalk {
    public Route {
        Objects.requireNonNull(walk, "walk");
        notes = List.copyOf(notes);
    }

    @Override
    public String toString() {
        return walk.toString();
    }
}
