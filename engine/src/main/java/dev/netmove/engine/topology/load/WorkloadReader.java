package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.ValueReader.SHARE;
import static dev.netmove.engine.topology.load.ValueReader.SIZE;
import static dev.netmove.engine.topology.load.ValueReader.quote;
import static dev.netmove.engine.topology.load.yaml.KeyPaths.child;
import static dev.netmove.engine.topology.load.yaml.KeyPaths.item;

import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.topology.Flow;
import dev.netmove.engine.topology.Ipv4Address;
import dev.netmove.engine.topology.Vm;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code vms:} and {@code flows:} of a topology file, checking them against its devices. */
final class WorkloadReader {

    static final Keys VM_KEYS = Keys.of("host", "portGroup", "ip", "memory", "inUse", "dirtyRate", "workingSet");
    static final Keys FLOW_KEYS = Keys.of("from", "to", "rate");

    private final ProblemList problems;
    private final ValueReader values;
    private final Map<String, DeviceSpec> devices;
    private final Map<String, Vm> vms = new LinkedHashMap<>();
    private final List<Flow> flows = new ArrayList<>();

    WorkloadReader(ValueReader values, Map<String, DeviceSpec> devices) {
        this.values = values;
        this.problems = values.problems();
        this.devices = devices;
    }

    Map<String, Vm> vms() {
        return vms;
    }

    List<Flow> flows() {
        return flows;
    }

    void readVms(YamlNode node) {
        MapNode map = values.map(node, "vms", null, "a map of VM name to its settings, such as web01: { host: esx-a1, "
                + "portGroup: web, memory: 16GiB }");
        if (map == null) {
            return;
        }
        for (MapNode.Entry e : map.entries()) {
            readVm(e);
        }
    }

    private void readVm(MapNode.Entry entry) {
        String name = entry.key();
        String path = child("vms", name);
        MapNode m = values.map(entry.value(), path, VM_KEYS, "a map such as { host: esx-a1, portGroup: web, memory: 16GiB }");
        if (m == null) {
            return;
        }
        boolean ok = true;
        if (name.isEmpty() || !name.strip().equals(name)) {
            problems.add(entry.keyNode(), path, "found the VM name " + quote(name)
                    + "; expected a name without surrounding spaces, as steps and flows write it");
            ok = false;
        }
        if (devices.containsKey(name)) {
            problems.add(entry.keyNode(), path, "found VM " + quote(name) + " with the name of a device; expected VM "
                    + "names that differ from device names (flows name both)");
            ok = false;
        }
        DeviceSpec host = null;
        if (values.required(m, "host", "the host it runs on, such as esx-a1")) {
            host = vmHost(m.value("host"), m.pathOf("host"));
            ok &= host != null;
        } else {
            ok = false;
        }
        String portGroup = null;
        if (values.required(m, "portGroup", "the port group of its network, such as web")) {
            portGroup = values.name(m.value("portGroup"), m.pathOf("portGroup"), "the name of a port group of its host");
            if (portGroup != null && host != null && host.brokenPortGroups.contains(portGroup)) {
                // the port group's VLAN is wrong, and already reported where it is written
                portGroup = null;
            } else if (portGroup != null && host != null && !host.portGroupsUnusable
                    && !host.portGroups.containsKey(portGroup)) {
                problems.add(m.value("portGroup"), m.pathOf("portGroup"), "found port group " + quote(portGroup)
                        + ", which host " + host.name + " does not have"
                        + ClosestNames.didYouMean(portGroup, host.portGroups.keySet())
                        + "; expected one of its port groups: "
                        + (host.portGroups.isEmpty() ? "it has none" : String.join(", ", host.portGroups.keySet())));
                portGroup = null;
            }
            ok &= portGroup != null;
        } else {
            ok = false;
        }
        Ipv4Address ip = null;
        if (m.has("ip")) {
            ip = values.address(m.value("ip"), m.pathOf("ip"), Ipv4Address::parse, "an IPv4 address such as 10.1.110.21");
            ok &= ip != null;
        }
        DataSize memory = null;
        if (values.required(m, "memory", "the VM's memory, such as 16GiB")) {
            memory = values.quantity(m.value("memory"), m.pathOf("memory"), DataSize::parse, SIZE);
            if (memory != null && memory.bytes() <= 0) {
                problems.add(m.value("memory"), m.pathOf("memory"), "found memory " + ValueReader.written(m.value("memory"), memory)
                        + "; expected more than zero");
                memory = null;
            }
        }
        ok &= memory != null;
        Percent inUse = Percent.HUNDRED;
        if (m.has("inUse")) {
            inUse = values.quantity(m.value("inUse"), m.pathOf("inUse"), Percent::parse, SHARE);
            if (inUse != null && (inUse.ppm() < 0 || inUse.ppm() > 1_000_000)) {
                problems.add(m.value("inUse"), m.pathOf("inUse"), "found " + inUse + "; expected a share from 0% to 100%");
                inUse = null;
            }
            ok &= inUse != null;
        }
        Bandwidth dirtyRate = Bandwidth.ZERO;
        if (m.has("dirtyRate")) {
            dirtyRate = values.quantity(m.value("dirtyRate"), m.pathOf("dirtyRate"), Bandwidth::parse,
                    "a rate such as 150MB/s");
            if (dirtyRate != null && dirtyRate.bitsPerSecond() < 0) {
                problems.add(m.value("dirtyRate"), m.pathOf("dirtyRate"), "found " + dirtyRate + "; expected zero or more");
                dirtyRate = null;
            }
            ok &= dirtyRate != null;
        }
        DataSize workingSet = null;
        if (m.has("workingSet")) {
            workingSet = values.quantity(m.value("workingSet"), m.pathOf("workingSet"), DataSize::parse, SIZE);
            if (workingSet != null && memory != null && (workingSet.bytes() < 0 || workingSet.bytes() > memory.bytes())) {
                problems.add(m.value("workingSet"), m.pathOf("workingSet"), "found workingSet " + workingSet
                        + ", more than the VM's memory " + memory + "; expected at most " + memory);
                workingSet = null;
            }
            ok &= workingSet != null;
        } else if (memory != null) {
            workingSet = memory.times(Vm.DEFAULT_WORKING_SET_SHARE);
        }
        if (ok) {
            try {
                vms.put(name, new Vm(name, host.name, portGroup, Optional.ofNullable(ip), memory, inUse, dirtyRate,
                        workingSet));
            } catch (IllegalArgumentException e) {
                problems.add(entry.keyNode(), path, e.getMessage());
            }
        }
    }

    /** The host a VM names, or null (reported, unless the named device is itself broken). */
    private DeviceSpec vmHost(YamlNode node, String path) {
        String name = values.name(node, path, "the name of a host");
        if (name == null) {
            return null;
        }
        DeviceSpec d = devices.get(name);
        List<String> hostNames = null;
        if (d == null) {
            hostNames = hostNames();
            problems.add(node, path, "unknown host " + quote(name) + ClosestNames.didYouMean(name, hostNames)
                    + "; expected the name of a device with role: host");
            return null;
        }
        if (d.role == null) {
            return null; // its role is reported already
        }
        if (!d.isHost()) {
            hostNames = hostNames();
            problems.add(node, path, "found " + quote(name) + ", a device with role " + d.role + ", not a host"
                    + ClosestNames.didYouMean(name, hostNames) + "; expected the name of a device with role: host");
            return null;
        }
        return d;
    }

    private List<String> hostNames() {
        return devices.values().stream().filter(DeviceSpec::isHost).map(d -> d.name).toList();
    }

    /** Reads {@code flows:}; call after {@link #readVms}, as flows name VMs. */
    void readFlows(YamlNode node) {
        List<YamlNode> items = values.list(node, "flows", "a list of flows such as - { from: web01, to: db01, rate: 300Mbps }");
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String path = item("flows", i);
            MapNode m = values.map(items.get(i), path, FLOW_KEYS, "a map such as { from: web01, to: db01, rate: 300Mbps }");
            if (m == null) {
                continue;
            }
            String from = values.required(m, "from", "a VM or device name, such as web01") ? flowEnd(m, "from") : null;
            String to = values.required(m, "to", "a VM or device name, such as db01") ? flowEnd(m, "to") : null;
            Bandwidth rate = null;
            if (values.required(m, "rate", "the flow's rate, such as 300Mbps")) {
                rate = values.quantity(m.value("rate"), m.pathOf("rate"), Bandwidth::parse, "a rate such as 300Mbps");
                if (rate != null && rate.bitsPerSecond() < 0) {
                    problems.add(m.value("rate"), m.pathOf("rate"), "found rate " + rate + "; expected zero or more");
                    rate = null;
                }
            }
            if (from != null && from.equals(to)) {
                problems.add(m.value("to"), m.pathOf("to"), "found a flow from " + from + " to itself; expected two "
                        + "different endpoints");
                continue;
            }
            if (from != null && to != null && rate != null) {
                flows.add(new Flow(from, to, rate));
            }
        }
    }

    private String flowEnd(MapNode m, String key) {
        String name = values.name(m.value(key), m.pathOf(key), "the name of a VM or a device");
        if (name == null || vms.containsKey(name) || devices.containsKey(name)) {
            return name;
        }
        List<String> known = new ArrayList<>(vms.keySet());
        known.addAll(devices.keySet());
        problems.add(m.value(key), m.pathOf(key), "unknown VM or device " + quote(name)
                + ClosestNames.didYouMean(name, known) + "; expected the name of a VM or a device");
        return null;
    }
}
