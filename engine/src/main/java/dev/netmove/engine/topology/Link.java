package dev.netmove.engine.topology;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A cable between two ports, with its speed, latency, background load and the settings of each end.
 *
 * @param name unique in the topology; by default {@code agg1:Eth1/49--core1:Eth1/1}
 * @param a the first end (the one {@code forward} load leaves from)
 * @param b the second end
 * @param speed the line rate, more than zero
 * @param latency one-way latency (default 5us)
 * @param lag the port-channel this link is a member of; links with the same lag between the same
 *        two devices form one port-channel
 * @param load background traffic per direction
 * @param vmotionShare the most of this link the vMotion class may take (QoS shaper), if limited
 * @param fhrpFilter whether FHRP hellos are dropped on this link
 * @param cost the IGP cost if configured; see {@link #igpCost()}
 */
public record Link(String name, LinkEnd a, LinkEnd b, Bandwidth speed, TimeSpan latency, Optional<String> lag,
                   LinkLoad load, Optional<Percent> vmotionShare, boolean fhrpFilter, OptionalLong cost) {

    /** The latency of a link whose file does not give one. */
    public static final TimeSpan DEFAULT_LATENCY = TimeSpan.ofNanos(5_000);

    /** The reference bandwidth of the default IGP cost: 100Gbps / speed. */
    public static final long REFERENCE_BITS_PER_SECOND = 100_000_000_000L;

    public Link {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(speed, "speed");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(lag, "lag");
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(vmotionShare, "vmotionShare");
        Objects.requireNonNull(cost, "cost");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a link needs a name");
        }
        if (a.device().equals(b.device())) {
            throw new IllegalArgumentException("link " + name + " connects " + a.device() + " to itself");
        }
        if (speed.bitsPerSecond() <= 0) {
            throw new IllegalArgumentException("link " + name + ": speed must be more than zero");
        }
        if (latency.nanos() < 0) {
            throw new IllegalArgumentException("link " + name + ": latency cannot be negative");
        }
        if (vmotionShare.isPresent() && (vmotionShare.get().ppm() <= 0 || vmotionShare.get().ppm() > 1_000_000)) {
            throw new IllegalArgumentException("link " + name + ": the vMotion share " + vmotionShare.get()
                    + " is not between 0% (exclusive) and 100%");
        }
        if (cost.isPresent() && cost.getAsLong() < 1) {
            throw new IllegalArgumentException("link " + name + ": cost " + cost.getAsLong() + " is below 1");
        }
    }

    /** The default name of a link: {@code agg1:Eth1/49--core1:Eth1/1}. */
    public static String defaultName(LinkEnd a, LinkEnd b) {
        return a.endpoint() + "--" + b.endpoint();
    }

    /** A link with defaults for everything but its ends and speed. */
    public static Link of(LinkEnd a, LinkEnd b, Bandwidth speed) {
        return new Link(defaultName(a, b), a, b, speed, DEFAULT_LATENCY, Optional.empty(), LinkLoad.NONE,
                Optional.empty(), false, OptionalLong.empty());
    }

    /** The IGP cost: as configured, else 100Gbps / speed rounded down, at least 1. */
    public long igpCost() {
        if (cost.isPresent()) {
            return cost.getAsLong();
        }
        return Math.max(1, REFERENCE_BITS_PER_SECOND / speed.bitsPerSecond());
    }

    /** Both ends, {@code a} first. */
    public List<LinkEnd> ends() {
        return List.of(a, b);
    }

    /** Whether both ends are routed ports. */
    public boolean isRouted() {
        return a.mode() == LinkMode.ROUTED && b.mode() == LinkMode.ROUTED;
    }

    /** Whether one end is on {@code device}. */
    public boolean touches(String device) {
        return a.device().equals(device) || b.device().equals(device);
    }

    /** Whether this link joins {@code x} and {@code y}, in either order. */
    public boolean connects(String x, String y) {
        return (a.device().equals(x) && b.device().equals(y)) || (a.device().equals(y) && b.device().equals(x));
    }

    /** The end on {@code device}; throws when the link does not touch it. */
    public LinkEnd end(String device) {
        if (a.device().equals(device)) {
            return a;
        }
        if (b.device().equals(device)) {
            return b;
        }
        throw new IllegalArgumentException("link " + name + " does not touch " + device
                + "; it joins " + a.device() + " and " + b.device());
    }

    /** The end opposite the one on {@code device}; throws when the link does not touch it. */
    public LinkEnd other(String device) {
        return end(device) == a ? b : a;
    }

    /** The device at the other end from {@code device}. */
    public String otherDevice(String device) {
        return other(device).device();
    }

    /** Background load leaving {@code device} on this link. */
    public Bandwidth loadFrom(String device) {
        return end(device) == a ? load.forward() : load.reverse();
    }

    /** This link with the vMotion class limited to {@code share} of it (a QoS shaper). */
    public Link withVmotionShare(Percent share) {
        return new Link(name, a, b, speed, latency, lag, load, Optional.of(share), fhrpFilter, cost);
    }

    /** This link with other ends (the same device:port each, other settings). */
    public Link withEnds(LinkEnd newA, LinkEnd newB) {
        return new Link(name, newA, newB, speed, latency, lag, load, vmotionShare, fhrpFilter, cost);
    }

    /** This link with another background load. */
    public Link withLoad(LinkLoad newLoad) {
        return new Link(name, a, b, speed, latency, lag, newLoad, vmotionShare, fhrpFilter, cost);
    }

    /**
     * The name's hash: names are unique in a topology, and links are hashed often (they are the edges
     * of every VLAN graph), so hashing both ends' VLAN sets each time would be wasted work.
     */
    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
