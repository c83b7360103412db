package dev.netmove.engine.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Hsrp;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.Svi;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import dev.netmove.engine.quantity.VlanSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a topology as the folder of NetBox 4.x list pages the {@code netbox:} source reads: devices,
 * interfaces (with {@code connected_endpoints}), cables, VLANs, addresses, HSRP groups and their
 * assignments, the cluster, VMs and their interfaces; 1,000 results a page, each file an array of pages.
 */
final class NetBoxPagesWriter {

    private static final int PAGE = 1000;
    private static final String API = "https://netbox.example.com/api/";
    private static final String TS = "2024-05-14T09:12:44.102355Z";

    /** An interface to write: id, device id and name, port, the link end it is, its speed. */
    private record Port(int id, int deviceId, String device, String name, LinkEnd end, long bps, int peer) {
    }

    private final Topology topology;
    private final Map<String, Integer> deviceIds = new LinkedHashMap<>();
    private final List<Port> ports = new ArrayList<>();

    NetBoxPagesWriter(Topology topology) {
        this.topology = topology;
        int id = 1;
        for (String name : topology.devices().keySet()) {
            deviceIds.put(name, id++);
        }
        for (Link link : topology.links()) {
            int a = ports.size() + 1;
            ports.add(new Port(a, deviceIds.get(link.a().device()), link.a().device(), link.a().port(), link.a(),
                    link.speed().bitsPerSecond(), a + 1));
            ports.add(new Port(a + 1, deviceIds.get(link.b().device()), link.b().device(), link.b().port(), link.b(),
                    link.speed().bitsPerSecond(), a));
        }
    }

    void writeTo(Path folder) {
        try {
            writeDevices(folder);
            writeInterfacesAndAddresses(folder);
            writeCables(folder);
            writeVms(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes page bodies of {@code count} results, each written by {@code body}. */
    private interface Body {
        void write(JsonGenerator g, int index) throws IOException;
    }

    private static void pages(Path folder, String endpoint, int count, Body body) throws IOException {
        Path file = folder.resolve(endpoint + ".json");
        Files.createDirectories(file.getParent());
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            g.writeStartArray();
            for (int offset = 0; offset < Math.max(count, 1); offset += PAGE) {
                g.writeStartObject();
                g.writeNumberField("count", count);
                if (offset + PAGE < count) {
                    g.writeStringField("next", API + endpoint + "/?limit=" + PAGE + "&offset=" + (offset + PAGE));
                } else {
                    g.writeNullField("next");
                }
                g.writeNullField("previous");
                g.writeArrayFieldStart("results");
                for (int i = offset; i < Math.min(count, offset + PAGE); i++) {
                    g.writeStartObject();
                    body.write(g, i);
                    g.writeStringField("created", TS);
                    g.writeStringField("last_updated", TS);
                    g.writeArrayFieldStart("tags");
                    g.writeEndArray();
                    g.writeObjectFieldStart("custom_fields");
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void head(JsonGenerator g, String endpoint, int id, String display) throws IOException {
        g.writeNumberField("id", id);
        g.writeStringField("url", API + endpoint + "/" + id + "/");
        g.writeStringField("display", display);
    }

    private static void named(JsonGenerator g, String field, String endpoint, int id, String name, String slug) throws IOException {
        g.writeObjectFieldStart(field);
        head(g, endpoint, id, name);
        g.writeStringField("name", name);
        if (slug != null) {
            g.writeStringField("slug", slug);
        }
        g.writeStringField("description", "");
        g.writeEndObject();
    }

    private static void choice(JsonGenerator g, String field, String value, String label) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("value", value);
        g.writeStringField("label", label);
        g.writeEndObject();
    }

    private void writeDevices(Path folder) throws IOException {
        List<Device> devices = new ArrayList<>(topology.devices().values());
        Map<String, Integer> clusters = new LinkedHashMap<>();
        pages(folder, "dcim/devices", devices.size(), (g, i) -> {
            Device d = devices.get(i);
            head(g, "dcim/devices", i + 1, d.name());
            g.writeStringField("name", d.name());
            named(g, "device_type", "dcim/device-types", 1, "N9K-C93180YC-FX", "n9k-c93180yc-fx");
            named(g, "role", "dcim/device-roles", d.role().ordinal() + 1, d.role().yamlName(), d.role().yamlName());
            named(g, "site", "dcim/sites", 1, d.site().orElse("dc1"), d.site().orElse("dc1"));
            if (d.pod().isPresent()) {
                named(g, "location", "dcim/locations", 1, d.pod().get(), d.pod().get());
            } else {
                g.writeNullField("location");
            }
            g.writeNullField("rack");
            choice(g, "status", "active", "Active");
            if (d.isHost()) {
                String cluster = d.hostConfig().cluster();
                int id = clusters.computeIfAbsent(cluster, c -> clusters.size() + 1);
                named(g, "cluster", "virtualization/clusters", id, cluster, null);
            } else {
                g.writeNullField("cluster");
            }
            g.writeNullField("primary_ip4");
        });
        List<String> names = new ArrayList<>(clusters.keySet());
        pages(folder, "virtualization/clusters", names.size(), (g, i) -> {
            head(g, "virtualization/clusters", i + 1, names.get(i));
            g.writeStringField("name", names.get(i));
            named(g, "type", "virtualization/cluster-types", 1, "VMware vSphere", "vmware-vsphere");
        });
    }

    private void writeInterfacesAndAddresses(Path folder) throws IOException {
        // SVIs follow the cabled ports; each HSRP group (vlan, group, vip) is one NetBox FHRP group
        record SviPort(int id, int deviceId, String device, Svi svi) {
        }
        List<SviPort> svis = new ArrayList<>();
        for (Device d : topology.devices().values()) {
            for (Svi svi : d.svis().values()) {
                svis.add(new SviPort(ports.size() + svis.size() + 1, deviceIds.get(d.name()), d.name(), svi));
            }
        }
        TreeSet<Integer> vlans = new TreeSet<>();
        topology.devices().values().forEach(d -> d.vlans().stream().forEach(vlans::add));
        List<Integer> vlanList = new ArrayList<>(vlans);
        pages(folder, "ipam/vlans", vlanList.size(), (g, i) -> {
            head(g, "ipam/vlans", vlanList.get(i), "vlan" + vlanList.get(i));
            g.writeNumberField("vid", vlanList.get(i));
            g.writeStringField("name", "vlan" + vlanList.get(i));
            choice(g, "status", "active", "Active");
        });
        pages(folder, "dcim/interfaces", ports.size() + svis.size(), (g, i) -> {
            if (i < ports.size()) {
                writePort(g, ports.get(i));
            } else {
                SviPort s = svis.get(i - ports.size());
                head(g, "dcim/interfaces", s.id(), "Vlan" + s.svi().vlan());
                named(g, "device", "dcim/devices", s.deviceId(), s.device(), null);
                g.writeStringField("name", "Vlan" + s.svi().vlan());
                choice(g, "type", "virtual", "Virtual");
                g.writeNullField("speed");
                g.writeNullField("mode");
                g.writeBooleanField("mgmt_only", false);
                g.writeNullField("lag");
            }
        });
        Map<String, Integer> groupIds = new LinkedHashMap<>();
        Map<Integer, Hsrp> groups = new HashMap<>();
        List<int[]> assignments = new ArrayList<>(); // sviId, groupId, priority
        for (SviPort s : svis) {
            if (s.svi().fhrp().orElse(null) instanceof Hsrp hsrp) {
                int id = groupIds.computeIfAbsent(s.svi().vlan() + "/" + hsrp.group() + "/" + hsrp.vip(), k -> groupIds.size() + 1);
                groups.put(id, hsrp);
                assignments.add(new int[] {s.id(), id, hsrp.priority()});
            }
        }
        pages(folder, "ipam/ip-addresses", svis.size(), (g, i) -> {
            SviPort s = svis.get(i);
            head(g, "ipam/ip-addresses", i + 1, String.valueOf(s.svi().ip().orElseThrow()));
            g.writeStringField("address", String.valueOf(s.svi().ip().orElseThrow()));
            g.writeNullField("role");
            g.writeStringField("assigned_object_type", "dcim.interface");
            g.writeNumberField("assigned_object_id", s.id());
        });
        pages(folder, "ipam/fhrp-groups", groups.size(), (g, i) -> {
            Hsrp h = groups.get(i + 1);
            head(g, "ipam/fhrp-groups", i + 1, "HSRP: " + h.group());
            choice(g, "protocol", "hsrp", "HSRP");
            g.writeNumberField("group_id", h.group());
            g.writeArrayFieldStart("ip_addresses");
            g.writeStartObject();
            g.writeStringField("address", h.vip() + "/16");
            g.writeEndObject();
            g.writeEndArray();
        });
        pages(folder, "ipam/fhrp-group-assignments", assignments.size(), (g, i) -> {
            int[] a = assignments.get(i);
            head(g, "ipam/fhrp-group-assignments", i + 1, "assignment");
            g.writeObjectFieldStart("group");
            g.writeNumberField("id", a[1]);
            g.writeEndObject();
            g.writeStringField("interface_type", "dcim.interface");
            g.writeNumberField("interface_id", a[0]);
            g.writeNumberField("priority", a[2]);
        });
    }

    private void writePort(JsonGenerator g, Port p) throws IOException {
        head(g, "dcim/interfaces", p.id(), p.name());
        named(g, "device", "dcim/devices", p.deviceId(), p.device(), null);
        g.writeStringField("name", p.name());
        long gbps = p.bps() / 1_000_000_000L;
        String type = gbps >= 100 ? "100gbase-x-qsfp28" : gbps >= 40 ? "40gbase-x-qsfpp" : gbps >= 25 ? "25gbase-x-sfp28"
                : gbps >= 10 ? "10gbase-x-sfpp" : "1000base-t";
        choice(g, "type", type, type);
        if (topology.devices().get(p.device()).isHost()) {
            g.writeNumberField("speed", p.bps() / 1000);
        } else {
            g.writeNullField("speed");
        }
        LinkEnd end = p.end();
        if (end.mode() == LinkMode.ACCESS) {
            choice(g, "mode", "access", "Access");
            vlan(g, "untagged_vlan", end.vlans().stream().findFirst().orElse(1));
        } else if (end.mode() == LinkMode.TRUNK && end.vlans().equals(VlanSet.ALL)) {
            choice(g, "mode", "tagged-all", "Tagged (All)");
        } else if (end.mode() == LinkMode.TRUNK) {
            choice(g, "mode", "tagged", "Tagged");
            if (end.vlans().contains(end.nativeVlan())) {
                vlan(g, "untagged_vlan", end.nativeVlan());
            }
            g.writeArrayFieldStart("tagged_vlans");
            for (int v : end.vlans().toList()) {
                if (v != end.nativeVlan()) {
                    g.writeStartObject();
                    g.writeNumberField("id", v);
                    g.writeNumberField("vid", v);
                    g.writeStringField("name", "vlan" + v);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        } else {
            g.writeNullField("mode");
        }
        g.writeBooleanField("mgmt_only", false);
        g.writeNullField("lag");
        Port peer = ports.get(p.peer() - 1);
        g.writeArrayFieldStart("connected_endpoints");
        g.writeStartObject();
        head(g, "dcim/interfaces", peer.id(), peer.name());
        named(g, "device", "dcim/devices", peer.deviceId(), peer.device(), null);
        g.writeStringField("name", peer.name());
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("connected_endpoints_type", "dcim.interface");
        g.writeBooleanField("connected_endpoints_reachable", true);
    }

    private static void vlan(JsonGenerator g, String field, int vid) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("id", vid);
        g.writeNumberField("vid", vid);
        g.writeStringField("name", "vlan" + vid);
        g.writeEndObject();
    }

    private void writeCables(Path folder) throws IOException {
        pages(folder, "dcim/cables", ports.size() / 2, (g, i) -> {
            head(g, "dcim/cables", i + 1, "#" + (i + 1));
            for (int side = 0; side < 2; side++) {
                Port p = ports.get(2 * i + side);
                g.writeArrayFieldStart(side == 0 ? "a_terminations" : "b_terminations");
                g.writeStartObject();
                g.writeStringField("object_type", "dcim.interface");
                g.writeNumberField("object_id", p.id());
                g.writeObjectFieldStart("object");
                head(g, "dcim/interfaces", p.id(), p.name());
                named(g, "device", "dcim/devices", p.deviceId(), p.device(), null);
                g.writeStringField("name", p.name());
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
            }
            choice(g, "status", "connected", "Connected");
        });
    }

    private void writeVms(Path folder) throws IOException {
        List<Vm> vms = new ArrayList<>(topology.vms().values());
        pages(folder, "virtualization/virtual-machines", vms.size(), (g, i) -> {
            Vm vm = vms.get(i);
            head(g, "virtualization/virtual-machines", i + 1, vm.name());
            g.writeStringField("name", vm.name());
            choice(g, "status", "active", "Active");
            named(g, "cluster", "virtualization/clusters", 1, topology.devices().get(vm.host()).hostConfig().cluster(), null);
            named(g, "device", "dcim/devices", deviceIds.get(vm.host()), vm.host(), null);
            g.writeNumberField("memory", vm.memory().bytes() / (1024 * 1024));
            if (vm.ip().isPresent()) {
                g.writeObjectFieldStart("primary_ip4");
                g.writeStringField("address", vm.ip().get() + "/16");
                g.writeEndObject();
            } else {
                g.writeNullField("primary_ip4");
            }
        });
        pages(folder, "virtualization/interfaces", vms.size(), (g, i) -> {
            Vm vm = vms.get(i);
            head(g, "virtualization/interfaces", i + 1, "eth0");
            named(g, "virtual_machine", "virtualization/virtual-machines", i + 1, vm.name(), null);
            g.writeStringField("name", "eth0");
            choice(g, "mode", "access", "Access");
            int vid = topology.devices().get(vm.host()).hostConfig().portGroup(vm.portGroup()).orElseThrow().vlan();
            vlan(g, "untagged_vlan", vid);
        });
    }
}
