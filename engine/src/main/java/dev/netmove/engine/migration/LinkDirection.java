package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.topology.Link;
import java.util.Objects;
import java.util.Optional;

/**
 * One direction of a link: traffic leaving {@code from} towards {@code to}. Links are full duplex, so
 * migration streams and background load are counted per direction.
 *
 * @param link the link
 * @param from the device the traffic leaves
 */
public record LinkDirection(Link link, String from) {

    public LinkDirection {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(from, "from");
        if (!link.touches(from)) {
            throw new IllegalArgumentException("link " + link.name() + " does not touch " + from);
        }
    }

    /** The device the traffic arrives at. */
    public String to() {
        return link.otherDevice(from);
    }

    /** The link's name. */
    public String linkName() {
        return link.name();
    }

    /** The background load in this direction. */
    public Bandwidth background() {
        return link.loadFrom(from);
    }

    /** The vMotion class's ceiling on this link (QoS), when it has one: the share times the link speed. */
    public Optional<Bandwidth> vmotionCap() {
        return link.vmotionShare().map(share -> link.speed().times(share));
    }

    /**
     * What migration streams may take in this direction: the speed minus the background load, never
     * more than the vMotion QoS cap.
     */
    public Bandwidth vmotionCapacity() {
        Bandwidth free = link.speed().minusOrZero(background());
        return vmotionCap().map(free::min).orElse(free);
    }

    /** {@code 10Gbps, 6Gbps background, vMotion QoS cap 2Gbps}: the speed, and what takes from it. */
    public String describeCapacity() {
        StringBuilder text = new StringBuilder(Rounded.rate(link.speed()));
        Bandwidth background = background();
        if (!background.isZero()) {
            text.append(", ").append(Rounded.rate(background)).append(" background");
        }
        vmotionCap().ifPresent(cap -> text.append(", vMotion QoS cap ").append(Rounded.rate(cap)));
        return text.toString();
    }

    /** {@code link "agg1-core1" from agg1 to core1}. */
    @Override
    public String toString() {
        return "link \"" + link.name() + "\" from " + from + " to " + to();
    }
}
