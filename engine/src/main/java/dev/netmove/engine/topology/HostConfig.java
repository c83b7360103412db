package dev.netmove.engine.topology;

import dev.netmove.engine.quantity.DataSize;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What a hypervisor host has beyond a device: its cluster, memory, VM networks, vMotion
 * interface and NIC teaming.
 *
 * @param cluster the cluster the host belongs to (default {@value #DEFAULT_CLUSTER})
 * @param memory memory available to VMs; empty = unlimited
 * @param portGroups port groups by name
 * @param vmotion the vMotion interface; without it the host can neither send nor receive a migration
 * @param uplinks the NICs VM traffic uses, first one up wins (active/standby); as loaded from a
 *        file this is never empty for a host with links (default: its links' ports in natural order)
 */
public record HostConfig(String cluster, Optional<DataSize> memory, SortedMap<String, PortGroup> portGroups,
                         Optional<VmotionInterface> vmotion, List<String> uplinks) {

    /** The cluster of a host that names none. */
    public static final String DEFAULT_CLUSTER = "default";

    public HostConfig(String cluster, Optional<DataSize> memory, Map<String, PortGroup> portGroups,
                      Optional<VmotionInterface> vmotion, List<String> uplinks) {
        this(cluster, memory, Maps.sortedCopy(portGroups), vmotion, uplinks);
    }

    public HostConfig {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(vmotion, "vmotion");
        portGroups = Maps.sortedCopy(portGroups);
        portGroups.forEach((name, group) -> {
            if (!name.equals(group.name())) {
                throw new IllegalArgumentException("port group key " + name + " differs from its name " + group.name());
            }
        });
        uplinks = List.copyOf(uplinks);
        if (uplinks.stream().distinct().count() != uplinks.size()) {
            throw new IllegalArgumentException("uplinks " + uplinks + " name a NIC twice");
        }
    }

    public Optional<PortGroup> portGroup(String name) {
        return Optional.ofNullable(portGroups.get(name));
    }
}
