package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.ValueReader.SIZE;
import static dev.netmove.engine.topology.load.ValueReader.describe;
import static dev.netmove.engine.topology.load.ValueReader.isNull;
import static dev.netmove.engine.topology.load.ValueReader.quote;
import static dev.netmove.engine.topology.load.yaml.KeyPaths.item;

import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.topology.InterfaceAddress;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a host's settings (cluster, memory, port groups, vMotion, uplinks) and, once the links are
 * read, checks that its uplinks and vMotion NICs are ports of its links.
 */
final class HostReader {

    static final Keys VMOTION_KEYS = Keys.of("vlan", "ip", "nics");

    private final ProblemList problems;
    private final ValueReader values;

    HostReader(ValueReader values) {
        this.values = values;
        this.problems = values.problems();
    }

    void readHostSettings(DeviceSpec d, MapNode m) {
        if (m.has("cluster")) {
            String cluster = values.name(m.value("cluster"), m.pathOf("cluster"), "the name of the host's cluster");
            d.cluster = cluster == null ? d.cluster : cluster;
        }
        if (m.has("memory")) {
            DataSize memory = values.quantity(m.value("memory"), m.pathOf("memory"), DataSize::parse, SIZE);
            if (memory != null && memory.bytes() <= 0) {
                problems.add(m.value("memory"), m.pathOf("memory"), "found " + ValueReader.written(m.value("memory"), memory)
                        + "; expected more than zero "
                        + "(leave memory out for unlimited)");
            } else {
                d.memory = Optional.ofNullable(memory);
            }
        }
        if (m.has("portGroups")) {
            readPortGroups(d, m.value("portGroups"), m.pathOf("portGroups"));
        }
        if (m.has("vmotion")) {
            readVmotion(d, m.value("vmotion"), m.pathOf("vmotion"));
        }
        if (m.has("uplinks")) {
            d.uplinksPath = m.pathOf("uplinks");
            d.uplinks = values.list(m.value("uplinks"), d.uplinksPath, "a list of NIC names such as [vmnic0, vmnic1]");
        }
    }

    private void readPortGroups(DeviceSpec d, YamlNode node, String path) {
        MapNode m = values.map(node, path, null, "a map of port group name to VLAN, such as { web: 110, db: 120 }");
        if (m == null) {
            d.portGroupsUnusable = true;
            return;
        }
        for (MapNode.Entry e : m.entries()) {
            String groupPath = m.pathOf(e.key());
            Integer vlan = hostVlan(e.value(), groupPath);
            if (vlan == null) {
                d.brokenPortGroups.add(e.key());
                continue;
            }
            d.portGroups.put(e.key(), new PortGroup(e.key(), vlan));
        }
    }

    /** A host-side VLAN: 1-4094, or 0 / "untagged". */
    private Integer hostVlan(YamlNode node, String path) {
        String expected = "expected a VLAN id from 1 to 4094, or 0 or \"untagged\" for untagged frames";
        if (!(node instanceof YamlNode.Scalar scalar) || isNull(node)) {
            problems.add(node, path, "found " + describe(node) + "; " + expected);
            return null;
        }
        String text = scalar.value().strip();
        if (text.equals("untagged")) {
            return PortGroup.UNTAGGED;
        }
        if (values.leadingZero(node, path)) {
            return null;
        }
        long value = ValueReader.parseWholeNumber(text);
        if (value == Long.MIN_VALUE) {
            problems.add(node, path, "found " + quote(text) + "; " + expected);
            return null;
        }
        if (value < 0 || value > 4094) {
            problems.add(node, path, "found VLAN " + value + ", outside 1-4094; " + expected);
            return null;
        }
        return (int) value;
    }

    private void readVmotion(DeviceSpec d, YamlNode node, String path) {
        MapNode m = values.map(node, path, VMOTION_KEYS, "a map such as { vlan: 900, ip: 10.9.0.11/24 }");
        if (m == null) {
            return;
        }
        boolean ok = true;
        if (values.required(m, "vlan", "the vMotion VLAN, such as 900")) {
            d.vmotionVlan = hostVlan(m.value("vlan"), m.pathOf("vlan"));
            ok = d.vmotionVlan != null;
        } else {
            ok = false;
        }
        if (values.required(m, "ip", "the vMotion interface address, such as 10.9.0.11/24")) {
            d.vmotionIp = values.address(m.value("ip"), m.pathOf("ip"), InterfaceAddress::parse,
                    "an interface address such as 10.9.0.11/24");
            ok &= d.vmotionIp != null;
        } else {
            ok = false;
        }
        if (m.has("nics")) {
            d.vmotionNicsPath = m.pathOf("nics");
            d.vmotionNics = values.list(m.value("nics"), d.vmotionNicsPath, "a list of NIC names such as [vmnic2, vmnic3]");
            ok &= d.vmotionNics != null;
        }
        d.hasVmotion = ok;
    }

    /** Reports host uplinks and vMotion NICs that no link plugs into. */
    void checkHostNics(Collection<DeviceSpec> devices, LinkReader links) {
        for (DeviceSpec d : devices) {
            if (!d.isHost()) {
                continue;
            }
            List<String> linked = links.linkedPorts(d.name);
            if (d.uplinks != null) {
                checkNics(d, d.uplinks, d.uplinksPath, linked, d.checkedUplinks);
            }
            if (d.vmotionNics != null) {
                checkNics(d, d.vmotionNics, d.vmotionNicsPath, linked, d.checkedNics);
            }
        }
    }

    private void checkNics(DeviceSpec d, List<YamlNode> nics, String path, List<String> linked, List<String> checked) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nics.size(); i++) {
            String nicPath = item(path, i);
            String nic = values.name(nics.get(i), nicPath, "a NIC name such as vmnic0");
            if (nic == null) {
                continue;
            }
            if (!seen.add(nic)) {
                problems.add(nics.get(i), nicPath, "found NIC " + quote(nic) + " twice; expected each NIC once");
            } else if (!linked.contains(nic)) {
                problems.add(nics.get(i), nicPath, "found NIC " + quote(nic) + ", but no link uses " + d.name + ":" + nic
                        + ClosestNames.didYouMean(nic, linked) + "; expected a port of one of " + d.name + "'s links: "
                        + (linked.isEmpty() ? "it has none" : String.join(", ", linked)));
            } else {
                checked.add(nic);
            }
        }
    }
}
