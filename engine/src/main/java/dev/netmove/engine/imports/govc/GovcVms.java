package dev.netmove.engine.imports.govc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.vcenter.GuestAddress;
import dev.netmove.engine.imports.vcenter.VcenterVm;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code vms.json}: {@code govc vm.info -json -r} ({@code {"virtualMachines": [...]}}) or
 * {@code govc object.collect -json -type m} (one ObjectUpdate per VM, one after another or in a list), or
 * {@code govc object.collect -json <vm>} run per VM (the bare list of one VM's changes, one list after another).
 * Templates are left out; a powered-off VM is imported with the network of its first NIC.
 */
final class GovcVms {

    private final GovcImport in;

    GovcVms(GovcImport in) {
        this.in = in;
    }

    /** The VM objects of the file's values, each with its JSON pointer; empty when the file has none. */
    static List<MoView> objects(List<JsonNode> values) {
        List<MoView> out = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            String base = values.size() == 1 ? "" : "/" + v;
            MoView top = new MoView(values.get(v), base);
            MoView.Found list = top.get("virtualMachines");
            if (list.present() && list.node().isArray()) {
                for (int i = 0; i < list.size(); i++) {
                    out.add(new MoView(list.item(i).node(), list.item(i).pointer()));
                }
            } else if (isChangeList(values.get(v))) {
                out.add(top); // object.collect -json of one VM: its changes, without their ObjectUpdate
            } else if (values.get(v).isArray()) {
                for (int i = 0; i < values.get(v).size(); i++) {
                    out.add(new MoView(values.get(v).get(i), base + "/" + i));
                }
            } else if (values.get(v).isObject()) {
                out.add(top);
            }
        }
        out.removeIf(vm -> !vm.get("name").present() && !vm.get("config").present() && !vm.get("summary").present()
                && !vm.get("obj").present());
        return out;
    }

    /** Whether {@code value} is a list of property changes ({@code [{"name", "op", "val"}, ...]}): one object's. */
    private static boolean isChangeList(JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            return false;
        }
        for (JsonNode item : value) {
            MoView.Found change = new MoView.Found(item, "");
            boolean named = change.get("name").present() && change.get("name").node().isTextual();
            if (!item.isObject() || !named || !change.get("op").present() && !change.get("val").present()) {
                return false;
            }
        }
        return true;
    }

    void read(List<MoView> vms, String file) {
        for (MoView vm : vms) {
            vm(vm, file);
        }
    }

    private void vm(MoView vm, String file) {
        String name = first(vm, "name", "summary.config.name", "config.name");
        if (name.isEmpty()) {
            in.problem(file, vm.pointer(), "a virtual machine without a name",
                    "an object with name (or summary.config.name), as govc vm.info -json writes it");
            return;
        }
        if (first(vm, "config.template", "summary.config.template").equals("true")) {
            in.count("templates left out");
            return;
        }
        if (in.vms.containsKey(name)) {
            in.problem(file, vm.pointer(), "VM " + name + " a second time (first at " + in.vms.get(name).origin() + ")",
                    "one object per VM");
            return;
        }
        Origin at = Origin.pointer(file, vm.pointer());
        VcenterVm out = new VcenterVm(name, at);
        in.vms.put(name, out);
        in.count("vms");
        if (first(vm, "runtime.powerState", "summary.runtime.powerState").equals("poweredOff")) {
            out.poweredOn(false);
            in.count("vms powered off");
            in.note(ImportNote.Kind.WARNING, at, "VM " + name
                    + " is powered off: imported (it moves with its host as well), its port group from its first NIC",
                    ImportNote.vm(name));
        }
        host(vm, out, file);
        MoView.Found memory = found(vm, "config.hardware.memoryMB", "summary.config.memorySizeMB");
        Long mib = in.wholeNumber(file, memory, "the VM's memory in MB (MiB, as vSphere counts it)");
        if (mib != null) {
            out.memoryMiB(mib, Origin.pointer(file, memory.pointer()));
        }
        MoView.Found consumed = vm.get("summary.quickStats.hostMemoryUsage");
        Long used = in.wholeNumber(file, consumed, "the host memory the VM consumes in MB");
        if (used != null && out.poweredOn()) {
            out.consumedMiB(used, Origin.pointer(file, consumed.pointer()));
        }
        MoView.Found ip = found(vm, "guest.ipAddress", "summary.guest.ipAddress");
        if (GuestAddress.isIpv4(ip.text())) {
            out.ip(ip.text(), Origin.pointer(file, ip.pointer()));
        }
        network(vm, out, file);
    }

    private void host(MoView vm, VcenterVm out, String file) {
        MoView.Found ref = found(vm, "runtime.host", "summary.runtime.host");
        String moRef = ref.get("value").text();
        String host = in.hostByMoRef.get(moRef);
        if (host == null) {
            String self = first(vm, "self.value", "obj.value");
            host = in.hostByVmMoRef.get(self);
        }
        if (host != null) {
            out.host(host, Origin.pointer(file, ref.pointer()));
        } else {
            in.note(ImportNote.Kind.WARNING, out.origin(), "VM " + out.name() + " runs on host " + moRef
                    + ", which no hosts/<host>/info.json names; overlay key vms." + out.name() + ".host",
                    ImportNote.vm(out.name(), "host"));
        }
    }

    /** The first connected guest NIC's network; a powered-off VM: its first ethernet card's backing. */
    private void network(MoView vm, VcenterVm out, String file) {
        MoView.Found nets = vm.get("guest.net");
        for (int i = 0; i < nets.size(); i++) {
            MoView.Found net = nets.item(i);
            if (net.get("network").text().isEmpty() || out.poweredOn() && !net.get("connected").text().equals("true")) {
                continue;
            }
            out.portGroup(net.get("network").text(), Origin.pointer(file, net.get("network").pointer()));
            MoView.Found addresses = net.get("ipAddress");
            for (int a = 0; a < addresses.size() && out.ip() == null; a++) {
                if (GuestAddress.isIpv4(addresses.item(a).text())) {
                    out.ip(addresses.item(a).text(), Origin.pointer(file, addresses.item(a).pointer()));
                }
            }
            return;
        }
        MoView.Found devices = vm.get("config.hardware.device");
        for (int i = 0; i < devices.size(); i++) {
            MoView.Found backing = devices.item(i).get("backing");
            if (!devices.item(i).get("macAddress").present() || !backing.present()) {
                continue;
            }
            MoView.Found deviceName = backing.get("deviceName");
            if (!deviceName.text().isEmpty()) {
                out.portGroup(deviceName.text(), Origin.pointer(file, deviceName.pointer()));
            } else {
                in.note(ImportNote.Kind.WARNING, Origin.pointer(file, backing.pointer()), "VM " + out.name()
                        + "'s first NIC is on distributed port group " + backing.get("port.portgroupKey").text()
                        + ", which vms.json names by key only; overlay key vms." + out.name() + ".portGroup",
                        ImportNote.vm(out.name(), "portGroup"));
            }
            return;
        }
    }

    private static String first(MoView vm, String... paths) {
        return found(vm, paths).text();
    }

    private static MoView.Found found(MoView vm, String... paths) {
        MoView.Found f = vm.get(paths[0]);
        for (int i = 1; i < paths.length && !f.present(); i++) {
            f = vm.get(paths[i]);
        }
        return f;
    }
}
