package dev.netmove.engine.imports.rvtools;

import static dev.netmove.engine.imports.rvtools.RvColumn.*;

import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.vcenter.GuestAddress;
import dev.netmove.engine.imports.vcenter.VcenterHost;
import dev.netmove.engine.imports.vcenter.VcenterVm;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The VM side of an RVTools export: vInfo (VMs, host, memory, power state, primary IP; templates
 * left out), vMemory (consumed memory -> inUse) and vNetwork (port group of the first connected NIC).
 */
final class RvVmSheets {

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    private final RvImport in;
    /** VMs whose port group came from vNetwork (Network #1 of vInfo is only the fallback). */
    private final Set<String> networkFromNics = new HashSet<>();

    RvVmSheets(RvImport in) {
        this.in = in;
    }

    void read(RvSheet info, RvExport export) {
        info.rows(this::vm, in.problems);
        export.sheet(VMEMORY).ifPresent(s -> s.rows(this::memory, in.problems));
        export.sheet(VNETWORK).ifPresent(s -> s.rows(this::nic, in.problems));
    }

    private void vm(RvRow row) {
        String name = in.required(row, INFO_VM, "the VM's name");
        if (name == null) {
            return;
        }
        if (RvImport.isTrue(row.get(INFO_TEMPLATE))) {
            in.count("templates left out");
            return;
        }
        VcenterVm earlier = in.vms.get(name);
        if (earlier != null) {
            in.problem(row, "VM " + name + " a second time (first at " + earlier.origin() + ")",
                    "one row per VM in sheet vInfo; VMs of two vCenters with one name need the overlay to tell them apart");
            return;
        }
        VcenterVm vm = new VcenterVm(name, row.origin());
        in.vms.put(name, vm);
        in.count("vms");
        String power = row.get(INFO_POWER);
        if (power.equalsIgnoreCase("poweredOff")) {
            vm.poweredOn(false);
            in.count("vms powered off");
            in.note(ImportNote.Kind.WARNING, row.origin(), "VM " + name
                    + " is powered off: imported (it moves with its host as well), its port group from its first NIC",
                    ImportNote.vm(name));
        }
        String hostName = row.get(INFO_HOST);
        if (!hostName.isEmpty()) {
            vm.host(hostName, row.origin());
            VcenterHost host = in.host(hostName, row.origin());
            String cluster = row.get(INFO_CLUSTER);
            if (host.cluster() == null && !cluster.isEmpty()) {
                host.cluster(cluster, row.origin());
            }
        }
        Long memory = in.wholeNumber(row, INFO_MEMORY, "MiB");
        if (memory != null) {
            vm.memoryMiB(memory, row.origin());
        }
        String ip = firstIpv4(row.get(INFO_IP));
        if (ip != null) {
            vm.ip(ip, row.origin());
        }
        String network = row.get(INFO_NETWORK1);
        if (!network.isEmpty()) {
            vm.portGroup(network, row.origin());
        }
    }

    private void memory(RvRow row) {
        VcenterVm vm = in.vms.get(row.get(MEMORY_VM));
        if (vm == null || !vm.poweredOn()) {
            return; // a template or a row already reported in vInfo; a powered-off VM consumes nothing yet
        }
        Long consumed = in.wholeNumber(row, MEMORY_CONSUMED, "MiB");
        if (consumed == null) {
            return;
        }
        if (vm.memoryMiB() == null) {
            Long size = in.wholeNumber(row, MEMORY_SIZE, "MiB");
            if (size != null) {
                vm.memoryMiB(size, row.origin());
            }
        }
        vm.consumedMiB(consumed, row.origin());
    }

    /** A NIC row: the first connected NIC gives the port group (a powered-off VM's first NIC, connected or not). */
    private void nic(RvRow row) {
        VcenterVm vm = in.vms.get(row.get(NETWORK_VM));
        if (vm == null || networkFromNics.contains(vm.name())) {
            return;
        }
        String network = row.get(NETWORK_NAME);
        if (network.isEmpty() || vm.poweredOn() && !RvImport.isTrue(row.get(NETWORK_CONNECTED))) {
            return;
        }
        networkFromNics.add(vm.name());
        vm.portGroup(network, row.origin());
        String ip = firstIpv4(row.get(NETWORK_IP));
        if (vm.ip() == null && ip != null) {
            vm.ip(ip, row.origin());
        }
    }

    /** The first IPv4 address of a cell that may list several ({@code 10.1.1.5, fe80::1}); null when none. */
    static String firstIpv4(String cell) {
        if (GuestAddress.isIpv4(cell)) {
            return cell; // the common cell: one address
        }
        for (String part : SEPARATORS.split(cell)) {
            if (GuestAddress.isIpv4(part)) {
                return part;
            }
        }
        return null;
    }
}
