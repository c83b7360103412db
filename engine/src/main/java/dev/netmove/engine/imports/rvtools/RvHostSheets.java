package dev.netmove.engine.imports.rvtools;

import static dev.netmove.engine.imports.rvtools.RvColumn.*;

import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.vcenter.SubnetMask;
import dev.netmove.engine.imports.vcenter.VcenterHost;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The host side of an RVTools export: vHost (hosts, cluster, memory), vNIC (uplinks, speed, switch
 * membership), vPort and dvPort (port groups) and vSC_VMK (the vMotion vmkernel port).
 */
final class RvHostSheets {

    private static final Pattern VLAN_ID = Pattern.compile("\\d{1,4}");
    private static final int VLAN_MAX = 4094;
    /** On a standard port group, VLAN 4095 is virtual guest tagging: a trunk into the VM, no VM network. */
    private static final int VGT = 4095;

    private final RvImport in;
    /** Distributed switch -> its member hosts, from vNIC {@code Switch}. */
    private final Map<String, Set<String>> switchMembers = new LinkedHashMap<>();
    /** Distributed port group -> its VLAN, for the vMotion vmk on a distributed port group. */
    private final Map<String, Integer> distributedVlans = new LinkedHashMap<>();

    RvHostSheets(RvImport in) {
        this.in = in;
    }

    void read(RvExport export) {
        export.sheet(VHOST).ifPresent(s -> s.rows(this::host, in.problems));
        export.sheet(VNIC).ifPresent(s -> s.rows(this::nic, in.problems));
        export.sheet(VPORT).ifPresent(s -> s.rows(this::standardPortGroup, in.problems));
        export.sheet(DVPORT).ifPresent(s -> s.rows(this::distributedPortGroup, in.problems));
        export.sheet(VSC_VMK).ifPresent(this::readVmkernelPorts);
    }

    private void host(RvRow row) {
        String name = in.required(row, HOST_HOST, "the host's name");
        if (name == null) {
            return;
        }
        if (in.hosts.containsKey(name)) {
            in.problem(row, "host " + name + " a second time (first at " + in.hosts.get(name).origin() + ")",
                    "one row per host in sheet vHost");
            return;
        }
        VcenterHost host = in.host(name, row.origin());
        in.count("hosts");
        String cluster = row.get(HOST_CLUSTER);
        if (!cluster.isEmpty()) {
            host.cluster(cluster, row.origin());
        }
        Long memory = in.wholeNumber(row, HOST_MEMORY, "MiB");
        if (memory != null) {
            host.memoryMiB(memory, row.origin());
        }
    }

    private void nic(RvRow row) {
        String hostName = in.required(row, NIC_HOST, "the host's name");
        String device = in.required(row, NIC_DEVICE, "the vmnic");
        if (hostName == null || device == null) {
            return;
        }
        Long speed = in.wholeNumber(row, NIC_SPEED, "Mb/s");
        VcenterHost host = in.host(hostName, row.origin());
        host.uplink(device, speed == null || speed == 0 ? null : speed, row.origin());
        in.count("uplinks");
        String vswitch = row.get(NIC_SWITCH);
        if (!vswitch.isEmpty()) {
            switchMembers.computeIfAbsent(vswitch, k -> new LinkedHashSet<>()).add(hostName);
        }
    }

    private void standardPortGroup(RvRow row) {
        String hostName = in.required(row, PORT_HOST, "the host's name");
        String group = in.required(row, PORT_GROUP, "the port group's name");
        if (hostName == null || group == null) {
            return;
        }
        String vlanText = row.get(PORT_VLAN);
        if (!VLAN_ID.matcher(vlanText).matches() || Integer.parseInt(vlanText) > VGT) {
            in.problem(row, "VLAN \"" + vlanText + "\" of port group " + group,
                    "a VLAN id from 0 (untagged) to 4094, or 4095 (guest tagging) in column VLAN of sheet vPort");
            return;
        }
        int vlan = Integer.parseInt(vlanText);
        if (vlan == VGT) {
            in.note(ImportNote.Kind.SKIPPED, row.origin(), "port group " + group + " on host " + hostName
                    + " trunks all VLANs to the guest (VLAN 4095): not a VM network, left out");
            return;
        }
        in.host(hostName, row.origin()).portGroup(group, vlan, row.origin());
        in.count("port groups");
    }

    private void distributedPortGroup(RvRow row) {
        String group = in.required(row, DVPORT_PORT, "the distributed port group's name");
        if (group == null) {
            return;
        }
        String vswitch = row.get(DVPORT_SWITCH);
        String vlanText = row.get(DVPORT_VLAN).replace(" ", "");
        if (!VLAN_ID.matcher(vlanText).matches() || Integer.parseInt(vlanText) > VLAN_MAX) {
            in.note(ImportNote.Kind.SKIPPED, row.origin(), "distributed port group " + group + " has VLAN \""
                    + row.get(DVPORT_VLAN) + "\" (a trunk range, private VLAN or uplink group): not a VM network, left out");
            return;
        }
        int vlan = Integer.parseInt(vlanText);
        distributedVlans.putIfAbsent(group, vlan);
        Set<String> members = switchMembers.getOrDefault(vswitch, Set.of());
        if (members.isEmpty()) {
            in.note(ImportNote.Kind.WARNING, row.origin(), "distributed port group " + group + " of switch " + vswitch
                    + " is on no host: no vmnic of sheet vNIC names that switch; overlay key devices.<host>.portGroups."
                    + group);
            return;
        }
        for (String hostName : members) {
            in.host(hostName, row.origin()).portGroup(group, vlan, row.origin());
            in.count("port groups");
        }
    }

    /**
     * The vMotion vmk of each host: the one whose Services name vMotion where the export has the column,
     * else the first whose port group matches {@code importRules.vmotionPortGroup}.
     */
    private void readVmkernelPorts(RvSheet sheet) {
        Map<String, RvRow> byService = new LinkedHashMap<>();
        Map<String, RvRow> byName = new LinkedHashMap<>();
        sheet.rows(row -> {
            String hostName = in.required(row, VMK_HOST, "the host's name");
            if (hostName == null) {
                return;
            }
            if (row.get(VMK_SERVICES).toLowerCase(Locale.ROOT).contains("vmotion")) {
                byService.putIfAbsent(hostName, row);
            } else if (in.rules.vmotionPortGroup().matcher(row.get(VMK_PORT_GROUP)).find()) {
                byName.putIfAbsent(hostName, row);
            }
        }, in.problems);
        Map<String, RvRow> chosen = new LinkedHashMap<>(byName);
        chosen.putAll(byService);
        for (Map.Entry<String, RvRow> e : chosen.entrySet()) {
            vmotion(in.host(e.getKey(), e.getValue().origin()), e.getValue());
        }
    }

    private void vmotion(VcenterHost host, RvRow row) {
        String group = row.get(VMK_PORT_GROUP);
        VcenterHost.PortGroupFact standard = host.portGroups().get(group);
        Integer vlan = standard != null ? Integer.valueOf(standard.vlan()) : distributedVlans.get(group);
        // the vmkernel port group carries no VMs: it is the vMotion interface, not a VM network
        host.portGroups().remove(group);
        String ip = row.get(VMK_IP);
        Integer length = null;
        if (!ip.isEmpty()) {
            length = SubnetMask.prefixLength(row.get(VMK_MASK));
            if (length == null) {
                in.problem(row, "Subnet mask \"" + row.get(VMK_MASK) + "\" of " + row.get(VMK_DEVICE),
                        "a dotted subnet mask such as 255.255.255.0 in column Subnet mask of sheet vSC_VMK");
            }
        }
        if (vlan == null) {
            in.note(ImportNote.Kind.WARNING, row.origin(), "the VLAN of vMotion port group " + group + " on host "
                    + host.name() + " is in neither vPort nor dvPort; overlay key devices." + host.name() + ".vmotion.vlan");
        }
        host.vmotion(new VcenterHost.VmotionFact(row.get(VMK_DEVICE), vlan, ip.isEmpty() ? null : ip, length,
                row.origin()));
        in.count("vmotion");
    }
}
