package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Role;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A walk through the network: the devices in order and the link between each neighbouring pair,
 * checked once here. A device appears again each time the walk passes it again. Every path of the
 * engine (a VLAN's forwarding path, a routed path, a migration's transfer path, a flow's traffic
 * path) is a walk plus facts of its own. Printed as STEPS.md writes paths:
 * {@code esx-a1 > acc-a1 > agg1 > core1}.
 *
 * @param devices from first to last, at least one
 * @param links {@code links.get(i)} joins {@code devices.get(i)} and {@code devices.get(i + 1)}
 */
public record Walk(List<String> devices, List<Link> links) {

    public Walk {
        devices = List.copyOf(devices);
        links = List.copyOf(links);
        if (devices.isEmpty() || devices.size() != links.size() + 1) {
            throw new IllegalArgumentException("a path of " + links.size() + " links has " + (links.size() + 1)
                    + " devices, not " + devices.size());
        }
        for (int i = 0; i < links.size(); i++) {
            if (!links.get(i).connects(devices.get(i), devices.get(i + 1))) {
                throw new IllegalArgumentException("link " + links.get(i).name() + " does not join "
                        + devices.get(i) + " and " + devices.get(i + 1));
            }
        }
    }

    /** The walk that stays at {@code device}: no hop. */
    public static Walk at(String device) {
        return new Walk(List.of(Objects.requireNonNull(device, "device")), List.of());
    }

    public String from() {
        return devices.get(0);
    }

    public String to() {
        return devices.get(devices.size() - 1);
    }

    /** Each device reached after the first, the last included: the number of links crossed. */
    public int hops() {
        return links.size();
    }

    /** Whether the walk passes {@code device} (its ends included). */
    public boolean crosses(String device) {
        return devices.contains(device);
    }

    /** This walk followed by {@code next}, which starts where this one ends. */
    public Walk then(Walk next) {
        if (!next.from().equals(to())) {
            throw new IllegalArgumentException("a path ending at " + to() + " cannot go on from " + next.from());
        }
        if (next.hops() == 0) {
            return this;
        }
        List<String> joinedDevices = new ArrayList<>(devices.size() + next.hops());
        joinedDevices.addAll(devices);
        joinedDevices.addAll(next.devices.subList(1, next.devices.size()));
        List<Link> joinedLinks = new ArrayList<>(links.size() + next.hops());
        joinedLinks.addAll(links);
        joinedLinks.addAll(next.links);
        return new Walk(joinedDevices, joinedLinks);
    }

    /** The same walk taken the other way. */
    public Walk reversed() {
        List<String> backDevices = new ArrayList<>(devices);
        Collections.reverse(backDevices);
        List<Link> backLinks = new ArrayList<>(links);
        Collections.reverse(backLinks);
        return new Walk(backDevices, backLinks);
    }

    /**
     * The core devices entered, in order, one per crossing (STEPS.md: "the core" is the devices
     * whose role is core; a walk crosses it once for each entry into it). Devices {@code topology}
     * does not know count as outside the core.
     */
    public List<String> coreEntries(Topology topology) {
        List<String> entries = new ArrayList<>();
        boolean inCore = false;
        for (String name : devices) {
            boolean core = topology.device(name).map(Device::role).orElse(null) == Role.CORE;
            if (core && !inCore) {
                entries.add(name);
            }
            inCore = core;
        }
        return List.copyOf(entries);
    }

    /** How many times the walk enters the core of {@code topology}; see {@link #coreEntries(Topology)}. */
    public int coreCrossings(Topology topology) {
        return coreEntries(topology).size();
    }

    /** The devices joined by {@code " > "}. */
    @Override
    public String toString() {
        return String.join(" > ", devices);
    }

    /** A walk to be built hop by hop from {@code start}; it is checked when {@linkplain Builder#build() built}. */
    public static Builder from(String start) {
        return new Builder(start);
    }

    /** Builds a walk hop by hop, without copying it at each hop. Not safe to share between threads. */
    public static final class Builder {
        private final List<String> devices = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();

        private Builder(String start) {
            devices.add(Objects.requireNonNull(start, "start"));
        }

        /** Where the walk is so far. */
        public String at() {
            return devices.get(devices.size() - 1);
        }

        /** One hop over {@code link} to {@code next}. */
        public Builder step(Link link, String next) {
            links.add(Objects.requireNonNull(link, "link"));
            devices.add(Objects.requireNonNull(next, "next"));
            return this;
        }

        /** The first {@code hops} hops of {@code more}, which starts where this walk is. */
        public Builder then(Walk more, int hops) {
            if (!more.from().equals(at())) {
                throw new IllegalArgumentException("a path at " + at() + " cannot go on from " + more.from());
            }
            devices.addAll(more.devices.subList(1, hops + 1));
            links.addAll(more.links.subList(0, hops));
            return this;
        }

        /** All of {@code more}, which starts where this walk is. */
        public Builder then(Walk more) {
            return then(more, more.hops());
        }

        public Walk build() {
            return new Walk(devices, links);
        }

        /** The devices so far joined by {@code " > "}. */
        @Override
        public String toString() {
            return String.join(" > ", devices);
        }
    }
}
