package dev.netmove.engine.topology;

import dev.netmove.engine.names.ClosestNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The consistency a {@link Topology} is built with: every link end, VM host, port group, uplink and
 * flow endpoint names something that exists.
 */
final class TopologyConsistency {

    private TopologyConsistency() {
    }

    /** Throws {@link IllegalArgumentException} at the first inconsistency of {@code topology}. */
    static void check(Topology topology, LinkIndex linkIndex) {
        String name = topology.name();
        Map<String, Device> devices = topology.devices();
        List<Link> links = topology.links();
        Map<String, Vm> vms = topology.vms();
        if (name.isBlank()) {
            throw new IllegalArgumentException("a topology needs a name");
        }
        devices.forEach((key, device) -> {
            if (!key.equals(device.name())) {
                throw new IllegalArgumentException("device key " + key + " differs from its name " + device.name());
            }
            device.vpcPeer().ifPresent(peer -> {
                if (!devices.containsKey(peer)) {
                    throw new IllegalArgumentException(key + ": vPC peer " + peer + " is not a device");
                }
            });
        });
        if (linkIndex.byName.size() != links.size()) {
            throw new IllegalArgumentException("two links have the same name");
        }
        for (Link link : links) {
            for (LinkEnd end : link.ends()) {
                if (!devices.containsKey(end.device())) {
                    throw new IllegalArgumentException("link " + link.name() + ": " + end.device() + " is not a device");
                }
            }
        }
        if (linkIndex.portCount != 2 * links.size()) {
            throw new IllegalArgumentException("a port is used by two links");
        }
        for (Device host : topology.hosts()) {
            HostConfig config = host.hostConfig();
            List<String> nics = new ArrayList<>(config.uplinks());
            config.vmotion().ifPresent(v -> nics.addAll(v.nics()));
            for (String nic : nics) {
                if (topology.linkAt(host.name(), nic).isEmpty()) {
                    throw new IllegalArgumentException("host " + host.name() + ": NIC " + nic + " has no link");
                }
            }
        }
        vms.forEach((key, vm) -> {
            if (!key.equals(vm.name())) {
                throw new IllegalArgumentException("VM key " + key + " differs from its name " + vm.name());
            }
            if (devices.containsKey(key)) {
                throw new IllegalArgumentException("VM " + key + " has the name of a device");
            }
            checkPlacement(topology, vm, vm.host());
        });
        for (Flow flow : topology.flows()) {
            for (String end : List.of(flow.from(), flow.to())) {
                if (!vms.containsKey(end) && !devices.containsKey(end)) {
                    throw new IllegalArgumentException("flow " + flow.from() + " -> " + flow.to() + ": "
                            + end + " is neither a VM nor a device");
                }
            }
        }
    }

    /** Throws {@link UnknownNameException} unless {@code hostName} is a host with the port group of {@code vm}. */
    static void checkPlacement(Topology topology, Vm vm, String hostName) {
        HostConfig config = topology.requireHost(hostName).hostConfig();
        if (!config.portGroups().containsKey(vm.portGroup())) {
            throw new UnknownNameException("port group", vm.portGroup(),
                    ClosestNames.closest(vm.portGroup(), config.portGroups().keySet()),
                    "host " + hostName + " has no port group \"" + vm.portGroup() + "\" for VM " + vm.name()
                            + ClosestNames.didYouMean(vm.portGroup(), config.portGroups().keySet())
                            + "; its port groups: " + listOrNone(config.portGroups().keySet()));
        }
    }

    private static String listOrNone(Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
