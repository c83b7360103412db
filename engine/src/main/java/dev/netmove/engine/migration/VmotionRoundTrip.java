package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.MigrationSettings;
import java.util.Optional;

/**
 * The round trip between two hosts' vMotion interfaces along the path the memory takes (twice the links'
 * latencies), and the refusal of a migration whose round trip is longer than the hypervisor supports
 * ({@code maxRoundTrip}: vSphere's long-distance vMotion, 150 ms).
 */
final class VmotionRoundTrip {

    private VmotionRoundTrip() {
    }

    /** Twice the latency of the links of {@code path}. */
    static TimeSpan of(TransferPath path) {
        long nanos = 0;
        for (Link link : path.links()) {
            nanos += link.latency().nanos();
        }
        return TimeSpan.ofNanos(2 * nanos);
    }

    /** Why a migration over {@code path} is refused, when its round trip is over the limit of {@code settings}. */
    static Optional<String> refusal(TransferPath path, MigrationSettings settings, String source, String destination) {
        if (settings.limits().maxRoundTrip().isEmpty()) {
            return Optional.empty();
        }
        TimeSpan limit = settings.limits().maxRoundTrip().get();
        TimeSpan roundTrip = of(path);
        if (roundTrip.compareTo(limit) <= 0) {
            return Optional.empty();
        }
        return Optional.of("the vMotion round trip between host " + source + " and host " + destination + " is "
                + Rounded.time(roundTrip) + ", more than the " + Rounded.time(limit) + " " + settings.profile()
                + " supports (long-distance vMotion)");
    }
}
