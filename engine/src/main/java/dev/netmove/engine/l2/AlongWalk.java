package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import java.util.List;

/**
 * A path that is a {@link Walk} plus facts of its own (a VLAN, an IGP cost, a latency): its
 * devices, links, ends and hops are the walk's. Implementations print as their walk.
 */
public interface AlongWalk {

    /** The devices and links passed, in order. */
    Walk walk();

    /** From first to last, a device again each time it is passed again. */
    default List<String> devices() {
        return walk().devices();
    }

    /** {@code links().get(i)} joins {@code devices().get(i)} and {@code devices().get(i + 1)}. */
    default List<Link> links() {
        return walk().links();
    }

    default String from() {
        return walk().from();
    }

    default String to() {
        return walk().to();
    }

    /** The number of links crossed. */
    default int hops() {
        return walk().hops();
    }

    /** Whether the path passes {@code device} (its ends included). */
    default boolean crosses(String device) {
        return walk().crosses(device);
    }
}
