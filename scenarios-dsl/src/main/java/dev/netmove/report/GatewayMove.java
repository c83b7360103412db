package dev.netmove.report;

import java.util.List;
import java.util.Objects;

/**
 * Where a moved VM's traffic to its default gateway went before the move and where it goes after: the
 * devices from its host to the gateway and how many times that path enters the core. A move that makes
 * the path enter the core more often is a trombone.
 *
 * @param vm                  the VM
 * @param before              the devices from its original host to its gateway then, host first, gateway last
 * @param coreCrossingsBefore the entries into the core on {@code before}
 * @param after               the devices from its host now to its gateway now
 * @param coreCrossingsAfter  the entries into the core on {@code after}
 */
public record GatewayMove(String vm, List<String> before, int coreCrossingsBefore, List<String> after,
                          int coreCrossingsAfter) {

    public GatewayMove {
        Objects.requireNonNull(vm, "vm");
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (before.isEmpty() || after.isEmpty()) {
            throw new IllegalArgumentException("a gateway path of VM " + vm + " has no device: each starts at a host");
        }
        if (coreCrossingsBefore < 0 || coreCrossingsAfter < 0) {
            throw new IllegalArgumentException("core crossings must not be negative");
        }
    }

    /** The device that served the VM's gateway before the move. */
    public String gatewayBefore() {
        return before.get(before.size() - 1);
    }

    /** The device that serves the VM's gateway after the move. */
    public String gatewayAfter() {
        return after.get(after.size() - 1);
    }

    /** How many more times the path to the gateway enters the core after the move (never below 0). */
    public int extraCoreCrossings() {
        return Math.max(0, coreCrossingsAfter - coreCrossingsBefore);
    }

    /** Whether the move made the path to the gateway enter the core more often. */
    public boolean trombone() {
        return coreCrossingsAfter > coreCrossingsBefore;
    }

    /** {@code esx-b1 > acc-b1 > agg2 > core1 > agg1, 1 core crossing more}: the path after the move and its cost. */
    public String describe() {
        int extra = extraCoreCrossings();
        return String.join(" > ", after) + ", " + extra + (extra == 1 ? " core crossing" : " core crossings") + " more";
    }
}
