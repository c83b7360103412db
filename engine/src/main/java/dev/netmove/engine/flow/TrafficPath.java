package dev.netmove.engine.flow;

import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Role;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The devices one direction of traffic passes, in order, with the link between each neighbouring
 * pair; a device appears again each time the traffic passes it again. Knows what the steps ask
 * about it: hops, core crossings, latency and the stateful devices (firewalls) passed.
 *
 * @param devices from first to last, at least one
 * @param links {@code links.get(i)} joins {@code devices.get(i)} and {@code devices.get(i + 1)}
 * @param coreCrossings the number of entries into devices whose role is core
 * @param latency the sum of the links' one-way latencies
 * @param statefulDevices the firewalls passed, in order
 */
public record TrafficPath(List<String> devices, List<Link> links, int coreCrossings, TimeSpan latency,
                          List<String> statefulDevices) {

    public TrafficPath {
        devices = List.copyOf(devices);
        links = List.copyOf(links);
        statefulDevices = List.copyOf(statefulDevices);
        Objects.requireNonNull(latency, "latency");
        if (devices.isEmpty() || devices.size() != links.size() + 1) {
            throw new IllegalArgumentException("a path of " + links.size() + " links has " + devices.size() + " devices");
        }
        for (int i = 0; i < links.size(); i++) {
            if (!links.get(i).connects(devices.get(i), devices.get(i + 1))) {
                throw new IllegalArgumentException("link " + links.get(i).name() + " does not join "
                        + devices.get(i) + " and " + devices.get(i + 1));
            }
        }
    }

    /** The path over {@code devices} and {@code links} of {@code topology}, its numbers worked out. */
    public static TrafficPath of(Topology topology, List<String> devices, List<Link> links) {
        int crossings = 0;
        List<String> stateful = new ArrayList<>();
        boolean inCore = false;
        for (String name : devices) {
            Role role = topology.requireDevice(name).role();
            if (role == Role.CORE && !inCore) {
                crossings++;
            }
            inCore = role == Role.CORE;
            if (role == Role.FIREWALL) {
                stateful.add(name);
            }
        }
        TimeSpan latency = TimeSpan.ZERO;
        for (Link link : links) {
            latency = latency.plus(link.latency());
        }
        return new TrafficPath(devices, links, crossings, latency, stateful);
    }

    /** This path followed by {@code next}, which starts where this one ends. */
    TrafficPath then(Topology topology, List<String> nextDevices, List<Link> nextLinks) {
        if (!nextDevices.get(0).equals(to())) {
            throw new IllegalArgumentException("a path ending at " + to() + " cannot go on from " + nextDevices.get(0));
        }
        List<String> joined = new ArrayList<>(devices);
        joined.addAll(nextDevices.subList(1, nextDevices.size()));
        List<Link> joinedLinks = new ArrayList<>(links);
        joinedLinks.addAll(nextLinks);
        return of(topology, joined, joinedLinks);
    }

    public String from() {
        return devices.get(0);
    }

    public String to() {
        return devices.get(devices.size() - 1);
    }

    /** Each device reached after the first, the last included. */
    public int hops() {
        return links.size();
    }

    /** The distinct devices passed, in the order first reached. */
    public List<String> distinctDevices() {
        return List.copyOf(new LinkedHashSet<>(devices));
    }

    /** The core devices entered, in order, one per crossing. */
    public List<String> coreEntries(Topology topology) {
        List<String> entries = new ArrayList<>();
        boolean inCore = false;
        for (String name : devices) {
            boolean core = topology.requireDevice(name).role() == Role.CORE;
            if (core && !inCore) {
                entries.add(name);
            }
            inCore = core;
        }
        return entries;
    }

    /** The devices joined by {@code " > "}. */
    @Override
    public String toString() {
        return String.join(" > ", devices);
    }
}
