package dev.netmove.engine.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Devices by role, hosts first-class; built once per set of devices. */
final class DeviceIndex {
    final List<Device> hosts;
    final Map<Role, List<Device>> byRole;

    DeviceIndex(Map<String, Device> devices) {
        Map<Role, List<Device>> roles = new EnumMap<>(Role.class);
        for (Device device : devices.values()) {
            roles.computeIfAbsent(device.role(), r -> new ArrayList<>()).add(device);
        }
        roles.replaceAll((role, list) -> List.copyOf(list));
        this.byRole = Collections.unmodifiableMap(roles);
        this.hosts = roles.getOrDefault(Role.HOST, List.of());
    }
}
