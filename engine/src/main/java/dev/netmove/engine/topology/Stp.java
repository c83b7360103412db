package dev.netmove.engine.topology;

import java.util.Map;
import java.util.SortedMap;

/**
 * A switch's spanning-tree bridge priorities (rapid-PVST: one tree per VLAN).
 *
 * @param priority the bridge priority for every VLAN without an override; 0-61440 in steps of 4096
 * @param vlanPriority per-VLAN overrides, VLAN to priority
 */
public record Stp(int priority, SortedMap<Integer, Integer> vlanPriority) {

    /** The priority a switch has when nothing is configured. */
    public static final int DEFAULT_PRIORITY = 32768;

    /** Spanning tree with the default priority on every VLAN. */
    public static final Stp DEFAULT = new Stp(DEFAULT_PRIORITY, Map.of());

    public Stp(int priority, Map<Integer, Integer> vlanPriority) {
        this(priority, Maps.sortedCopy(vlanPriority));
    }

    public Stp {
        checkPriority(priority);
        vlanPriority = Maps.sortedCopy(vlanPriority);
        vlanPriority.forEach((vlan, p) -> {
            if (vlan < 1 || vlan > 4094) {
                throw new IllegalArgumentException("VLAN " + vlan + " is outside 1-4094");
            }
            checkPriority(p);
        });
    }

    /** Spanning tree with one priority on every VLAN. */
    public static Stp of(int priority) {
        return new Stp(priority, Map.of());
    }

    /** Refuses a bridge priority a switch would refuse: 0-61440 in steps of 4096. */
    public static void checkPriority(int priority) {
        if (priority < 0 || priority > 61440 || priority % 4096 != 0) {
            throw new IllegalArgumentException("bridge priority " + priority
                    + " is not one of 0, 4096, 8192, ... 61440 (a multiple of 4096 up to 61440)");
        }
    }

    /** The bridge priority of this switch in the tree of {@code vlan}. */
    public int priorityFor(int vlan) {
        Integer p = vlanPriority.get(vlan);
        return p != null ? p : priority;
    }
}
