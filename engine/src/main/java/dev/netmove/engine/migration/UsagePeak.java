package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.Rounded;
import java.util.Objects;
import java.util.Optional;

/**
 * The busiest moment of a link direction: (background + migration traffic on the wire) / speed.
 *
 * @param direction   the link direction
 * @param utilization the peak share of the link's speed in use
 * @param background  the background load
 * @param vmotion     the migration traffic at the peak (0 when no migration crossed the link)
 * @param during      the first stretch of time at the peak, when migration traffic made it
 */
public record UsagePeak(LinkDirection direction, Percent utilization, Bandwidth background, Bandwidth vmotion,
                        Optional<UsageInterval> during) {
    public UsagePeak {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(utilization, "utilization");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(vmotion, "vmotion");
        Objects.requireNonNull(during, "during");
    }

    /**
     * {@code 100% from agg1 to core1 at 1s-25.3s: 6Gbps background + 4Gbps migration traffic (VMs web01, db01)
     * on 10Gbps} (without background: {@code 10Gbps migration traffic (VM web01) on 10Gbps}), or
     * {@code 60% from agg1 to core1: 6Gbps background, no migration traffic, on 10Gbps}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder(Rounded.share(utilization)).append(" from ").append(direction.from())
                .append(" to ").append(direction.to());
        if (during.isPresent()) {
            UsageInterval at = during.get();
            text.append(" at ").append(Rounded.time(at.from())).append("-").append(Rounded.time(at.to())).append(": ");
            if (!background.isZero()) {
                text.append(Rounded.rate(background)).append(" background + ");
            }
            text.append(Rounded.rate(vmotion))
                    .append(" migration traffic (VM").append(at.vms().size() == 1 ? " " : "s ")
                    .append(String.join(", ", at.vms())).append(") on ");
        } else {
            text.append(": ").append(Rounded.rate(background)).append(" background, no migration traffic, on ");
        }
        return text.append(Rounded.rate(direction.link().speed())).toString();
    }
}
