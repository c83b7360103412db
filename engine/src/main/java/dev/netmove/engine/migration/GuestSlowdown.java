package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.quantity.TimeSpan;
import java.util.Objects;

/**
 * How much a migration slowed its guest so that pre-copy converges (vSphere's stun during page send,
 * KVM's auto-converge throttle).
 *
 * @param peak     the largest share of its speed the guest lost in any round (0% = never slowed)
 * @param duration how long the guest ran slowed down
 */
public record GuestSlowdown(Percent peak, TimeSpan duration) {

    /** The guest ran at full speed throughout. */
    public static final GuestSlowdown NONE = new GuestSlowdown(Percent.ZERO, TimeSpan.ZERO);

    public GuestSlowdown {
        Objects.requireNonNull(peak, "peak");
        Objects.requireNonNull(duration, "duration");
        if (peak.ppm() > 1_000_000) {
            throw new IllegalArgumentException("a guest cannot be slowed by more than 100%, not " + peak);
        }
    }

    /** Whether the guest was slowed at all. */
    public boolean happened() {
        return !peak.isZero();
    }

    /** {@code not slowed}, or {@code slowed by up to 62.5% for 3.2s}. */
    @Override
    public String toString() {
        return happened() ? "slowed by up to " + Rounded.share(peak) + " for " + Rounded.time(duration) : "not slowed";
    }
}
