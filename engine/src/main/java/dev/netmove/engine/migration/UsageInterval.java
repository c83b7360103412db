package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.TimeSpan;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of time during which migration traffic on a link direction stayed the same.
 *
 * @param from    when it began
 * @param to      when it ended
 * @param vmotion the migration streams' rate on the wire
 * @param vms     the VMs whose streams were on the link, sorted by name
 */
public record UsageInterval(TimeSpan from, TimeSpan to, Bandwidth vmotion, List<String> vms) {
    public UsageInterval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(vmotion, "vmotion");
        vms = List.copyOf(vms);
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("an interval cannot end (" + to + ") before it begins (" + from + ")");
        }
    }
}
