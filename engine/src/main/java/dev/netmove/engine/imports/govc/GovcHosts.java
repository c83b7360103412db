package dev.netmove.engine.imports.govc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.vcenter.SubnetMask;
import dev.netmove.engine.imports.vcenter.VcenterHost;
import dev.netmove.engine.imports.vcenter.VcenterLink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One host folder {@code hosts/<host>/}: {@code info.json} (name, memory, cluster, NIC speeds, vmk
 * masks), {@code portgroup.json} (port groups, teaming order), {@code vnic.json} (the vMotion vmk)
 * and {@code hint.json} (CDP/LLDP neighbours: the links from vmnics to switch ports).
 */
final class GovcHosts {

    private static final long BYTES_PER_MIB = 1024L * 1024L;
    private static final int VLAN_MAX = 4094;

    private final GovcImport in;

    GovcHosts(GovcImport in) {
        this.in = in;
    }

    void read(Path dir, String shownDir) {
        String folderName = dir.getFileName().toString();
        MoView info = hostSystem(view(dir, shownDir, "info.json", "govc object.collect -json of the HostSystem"),
                folderName, shownDir + "/info.json");
        String name = folderName;
        if (info != null && !info.get("name").text().isEmpty()) {
            name = info.get("name").text();
        }
        VcenterHost host = new VcenterHost(name, new Origin(info != null ? shownDir + "/info.json" : shownDir, 0, ""));
        in.hosts.put(name, host);
        in.count("hosts");
        Map<String, Long> nicSpeeds = new HashMap<>();
        Map<String, String> vmkMasks = new HashMap<>();
        if (info != null) {
            info(host, info, shownDir + "/info.json", nicSpeeds, vmkMasks);
        }
        MoView groups = view(dir, shownDir, "portgroup.json", "govc host.portgroup.info -json");
        MoView vnics = view(dir, shownDir, "vnic.json", "govc host.vnic.info -json");
        String vmotionGroup = vnics != null ? vmotion(host, vnics, shownDir + "/vnic.json", vmkMasks)
                : info != null ? vmotionFromInfo(host, info, shownDir + "/info.json") : null;
        if (groups != null) {
            portGroups(host, groups, shownDir + "/portgroup.json", vmotionGroup);
        }
        if (host.vmotion() != null && host.vmotion().vlan() == null) {
            in.note(ImportNote.Kind.WARNING, host.vmotion().origin(), "the VLAN of the vMotion port group " + vmotionGroup
                    + " of host " + host.name() + " is in no port group of portgroup.json (a distributed port group?);"
                    + " overlay key devices." + host.name() + ".vmotion.vlan");
        }
        MoView hints = view(dir, shownDir, "hint.json", "govc host.vnic.hint -json");
        if (hints != null) {
            hints(host, hints, shownDir + "/hint.json", nicSpeeds);
        }
    }

    private static MoView view(Path dir, String shownDir, String file, String expected) {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            return null;
        }
        List<JsonNode> values = GovcImport.readJson(path, shownDir + "/" + file, "the output of " + expected);
        return new MoView(values.get(0), "");
    }

    /**
     * The HostSystem of info.json: the file itself, or, where it was saved from {@code govc host.info -json}
     * ({@code {"hostSystems": [...]}}), its one host, or the one named as the folder is; null when none can be told.
     */
    private MoView hostSystem(MoView info, String folderName, String file) {
        if (info == null || info.node().isArray()) {
            return info;
        }
        MoView.Found list = info.get("hostSystems");
        if (!list.present() || !list.node().isArray()) {
            return info;
        }
        for (int i = 0; i < list.size(); i++) {
            MoView.Found one = list.item(i);
            if (list.size() == 1 || one.get("name").text().equalsIgnoreCase(folderName)) {
                return new MoView(one.node(), one.pointer());
            }
        }
        in.problem(file, list.pointer(), list.size() + " host systems, none named " + folderName,
                "the HostSystem of this folder's host (govc object.collect -json, or govc host.info -json of that host)");
        return null;
    }

    private void info(VcenterHost host, MoView info, String file, Map<String, Long> nicSpeeds,
            Map<String, String> vmkMasks) {
        String self = info.get("self.value").text();
        if (self.isEmpty()) {
            self = info.get("obj.value").text();
        }
        if (self.isEmpty()) {
            // a bare change list (object.collect -json <host>) has no obj: its summary names the host's MoRef
            self = info.get("summary.host.value").text();
        }
        if (!self.isEmpty()) {
            in.hostByMoRef.put(self, host.name());
        }
        MoView.Found vmRefs = info.get("vm");
        for (int i = 0; i < vmRefs.size(); i++) {
            in.hostByVmMoRef.put(vmRefs.item(i).get("value").text(), host.name());
        }
        MoView.Found memory = info.get("summary.hardware.memorySize");
        Long bytes = in.wholeNumber(file, memory, "the host's memory in bytes");
        if (bytes != null) {
            host.memoryMiB(bytes / BYTES_PER_MIB, Origin.pointer(file, memory.pointer()));
        }
        MoView.Found parent = info.get("parent");
        if (parent.get("type").text().equals("ClusterComputeResource")) {
            // object.collect names the cluster by its MoRef only; any other source or the overlay may name it
            host.clusterByMoRef(parent.get("value").text(), Origin.pointer(file, parent.pointer()));
        }
        MoView.Found pnics = info.get("config.network.pnic");
        for (int i = 0; i < pnics.size(); i++) {
            MoView.Found pnic = pnics.item(i);
            Long speed = in.wholeNumber(file, pnic.get("linkSpeed.speedMb"), "the NIC's speed in Mb/s");
            if (speed != null && speed > 0) {
                nicSpeeds.put(pnic.get("device").text(), speed);
            }
        }
        MoView.Found vnics = info.get("config.network.vnic");
        for (int i = 0; i < vnics.size(); i++) {
            MoView.Found vnic = vnics.item(i);
            vmkMasks.put(vnic.get("device").text(), vnic.get("spec.ip.subnetMask").text());
        }
    }

    /** The vMotion vmk: services naming vmotion, the vmotion TCP/IP stack, else the port group rule. */
    private String vmotion(VcenterHost host, MoView vnics, String file, Map<String, String> masks) {
        MoView.Found list = vnics.get("info");
        MoView.Found chosen = null;
        for (int pass = 0; pass < 2 && chosen == null; pass++) {
            for (int i = 0; i < list.size() && chosen == null; i++) {
                MoView.Found vnic = list.item(i);
                boolean service = vnic.get("services").present()
                        && vnic.get("services").node().toString().toLowerCase(Locale.ROOT).contains("\"vmotion\"")
                        || vnic.get("stack").text().equalsIgnoreCase("vmotion");
                boolean named = in.rules.vmotionPortGroup().matcher(vnic.get("network").text()).find();
                if (pass == 0 ? service : named) {
                    chosen = vnic;
                }
            }
        }
        if (chosen == null) {
            return null;
        }
        String device = chosen.get("device").text();
        String ip = chosen.get("address").text();
        String mask = masks.getOrDefault(device, "");
        Integer length = mask.isEmpty() ? null : SubnetMask.prefixLength(mask);
        Origin at = Origin.pointer(file, chosen.pointer());
        if (!ip.isEmpty() && length == null) {
            in.note(ImportNote.Kind.WARNING, at, "vMotion interface " + device + " of host " + host.name() + " has IP "
                    + ip + " but no subnet mask in info.json (config.network.vnic[].spec.ip.subnetMask); overlay key"
                    + " devices." + host.name() + ".vmotion.ip");
        }
        host.vmotion(new VcenterHost.VmotionFact(device, null, ip.isEmpty() ? null : ip, length, at));
        in.count("vmotion");
        return chosen.get("network").text();
    }

    /**
     * Without vnic.json: the vmk of info.json's {@code config.network.vnic} on the vmotion TCP/IP stack,
     * else the first on a port group matching {@code importRules.vmotionPortGroup}.
     */
    private String vmotionFromInfo(VcenterHost host, MoView info, String file) {
        MoView.Found list = info.get("config.network.vnic");
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < list.size(); i++) {
                MoView.Found vnic = list.item(i);
                boolean match = pass == 0 ? vnic.get("spec.netStackInstanceKey").text().equalsIgnoreCase("vmotion")
                        : in.rules.vmotionPortGroup().matcher(vnic.get("portgroup").text()).find();
                if (match) {
                    String ip = vnic.get("spec.ip.ipAddress").text();
                    host.vmotion(new VcenterHost.VmotionFact(vnic.get("device").text(), null, ip.isEmpty() ? null : ip,
                            SubnetMask.prefixLength(vnic.get("spec.ip.subnetMask").text()),
                            Origin.pointer(file, vnic.pointer())));
                    in.count("vmotion");
                    return vnic.get("portgroup").text();
                }
            }
        }
        return null;
    }

    private void portGroups(VcenterHost host, MoView groups, String file, String vmotionGroup) {
        MoView.Found list = groups.get("portgroup");
        boolean uplinksTaken = false;
        for (int i = 0; i < list.size(); i++) {
            MoView.Found group = list.item(i);
            String name = group.get("spec.name").text();
            Long vlan = in.wholeNumber(file, group.get("spec.vlanId"), "a VLAN id from 0 to 4095");
            if (name.isEmpty() || vlan == null) {
                in.problem(file, group.pointer(), "a port group without spec.name or spec.vlanId",
                        "host.portgroup.info -json objects with spec.name and spec.vlanId");
                continue;
            }
            Origin at = Origin.pointer(file, group.pointer());
            if (name.equals(vmotionGroup)) {
                VcenterHost.VmotionFact v = host.vmotion();
                host.vmotion(new VcenterHost.VmotionFact(v.device(), vlan.intValue(), v.ip(), v.prefixLength(),
                        v.origin()));
                continue;
            }
            if (vlan > VLAN_MAX) {
                in.note(ImportNote.Kind.SKIPPED, at, "port group " + name + " on host " + host.name()
                        + " trunks all VLANs to the guest (VLAN " + vlan + "): not a VM network, left out");
                continue;
            }
            host.portGroup(name, vlan.intValue(), at);
            in.count("port groups");
            if (!uplinksTaken) {
                uplinksTaken = uplinks(host, group, file);
            }
        }
    }

    /** The first VM port group with a teaming order gives the uplinks: active NICs, then standby. */
    private static boolean uplinks(VcenterHost host, MoView.Found group, String file) {
        MoView.Found order = group.get("computedPolicy.nicTeaming.nicOrder");
        if (!order.present()) {
            order = group.get("spec.policy.nicTeaming.nicOrder");
        }
        boolean any = false;
        for (String kind : new String[] {"activeNic", "standbyNic"}) {
            MoView.Found nics = order.get(kind);
            for (int i = 0; i < nics.size(); i++) {
                host.uplink(nics.item(i).text(), null, Origin.pointer(file, nics.item(i).pointer()));
                any = true;
            }
        }
        return any;
    }

    private void hints(VcenterHost host, MoView hints, String file, Map<String, Long> speeds) {
        MoView.Found list = hints.get("hint");
        for (int i = 0; i < list.size(); i++) {
            MoView.Found hint = list.item(i);
            String nic = hint.get("device").text().strip();
            SwitchPortHint neighbour = SwitchPortHint.of(hint);
            if (neighbour == null) {
                continue;
            }
            Origin lldpAt = Origin.pointer(file, hint.get("lldpInfo").pointer());
            if (neighbour.lldp() && neighbour.device().isEmpty() && !nic.isEmpty()) {
                String port = neighbour.port().isEmpty() ? neighbour.portMac() : neighbour.port();
                in.note(ImportNote.Kind.UNKNOWN_NEIGHBOUR, lldpAt, nic + " of host " + host.name() + " sees LLDP chassis "
                        + neighbour.chassis() + " port " + port + " with no system name: the link is left out; overlay key"
                        + " links (between: [" + host.name() + ":" + nic + ", <switch>:" + port + "])");
                continue;
            }
            if (!neighbour.portMac().isEmpty() && !nic.isEmpty()) {
                in.note(ImportNote.Kind.UNKNOWN_NEIGHBOUR, lldpAt, nic + " of host " + host.name() + " sees "
                        + neighbour.device() + " on port " + neighbour.portMac() + ", a MAC address, and no Port"
                        + " Description names the port: the link is left out; overlay key links (between: [" + host.name()
                        + ":" + nic + ", " + neighbour.device() + ":<port>])");
                continue;
            }
            if (nic.isEmpty() || neighbour.device().isEmpty() || neighbour.port().isEmpty()) {
                in.problem(file, hint.pointer(), "a neighbour hint without device, switch or port",
                        "device and connectedSwitchPort.devId/portId (CDP) or lldpInfo.chassisId/portId (LLDP)");
                continue;
            }
            in.links.add(new VcenterLink(host.name(), nic, neighbour.device(), neighbour.port(), speeds.get(nic),
                    Origin.pointer(file, hint.pointer())));
            in.count("links");
        }
    }
}
