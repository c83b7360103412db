package dev.netmove.engine.imports.netbox;

import static dev.netmove.engine.imports.netbox.NetBoxFields.id;
import static dev.netmove.engine.imports.netbox.NetBoxFields.nestedId;
import static dev.netmove.engine.imports.netbox.NetBoxFields.nestedText;
import static dev.netmove.engine.imports.netbox.NetBoxFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.netbox.NetBoxPages.Item;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Writes the {@code vms} of a NetBox export ({@code virtualization/virtual-machines.json}): the host
 * ({@code device.name}), memory in {@code importRules.memoryUnit}, the primary IPv4 without its mask;
 * and, under the document's {@code vmVlans}, the VLAN of its first interface's {@code untagged_vlan}
 * ({@code virtualization/interfaces.json}), which gives its port group only after every source and
 * the overlay are merged (IMPORT.md).
 */
final class VmBuilder {

    private final ReadContext context;
    private final InterfaceReader vlans;

    VmBuilder(ReadContext context, InterfaceReader vlans) {
        this.context = context;
        this.vlans = vlans;
    }

    /** A VM's first interface's untagged VLAN and where it was read. */
    private record FirstVlan(int vid, Origin origin, String shown) {
    }

    private final Map<Long, FirstVlan> firstVlans = new HashMap<>();

    private final java.util.Set<Long> seen = new java.util.HashSet<>();
    private int count;

    /** Reads one VM interface (all come before the VMs), keeping only each VM's first untagged VLAN. */
    void readInterface(Item item) {
        long vm = nestedId(item.node(), "virtual_machine");
        if (vm < 0 || !seen.add(vm)) {
            return;
        }
        JsonNode vlan = item.node().get("untagged_vlan");
        if (vlan == null || vlan.isNull()) {
            return;
        }
        int vid = vlans.vid(vlan);
        if (vid < 0) {
            context.problem(item.at("untagged_vlan"), "an untagged VLAN " + vlan, "a VLAN {id, vid} of ipam/vlans.json");
        } else {
            firstVlans.put(vm, new FirstVlan(vid, item.at("untagged_vlan"), String.valueOf(vid)));
        }
    }

    /** How many VMs were written. */
    int count() {
        return count;
    }

    /** Writes one VM. */
    void add(Item item, DocMap vms, DocMap vmVlans) {
        JsonNode n = item.node();
        String name = text(n, "name");
        if (!n.isObject() || name == null) {
            context.problem(item.origin(), "a virtual machine without a name", "an object of virtualization/virtual-machines.json with name");
            return;
        }
        count++;
        DocMap vm = vms.map(name, item.origin());
        String host = nestedText(n, "device", "name");
        if (host != null) {
            vm.put("host", host, item.at("device/name"));
        }
        String ip = nestedText(n, "primary_ip4", "address");
        if (ip != null) {
            vm.put("ip", NetBoxFields.withoutMask(ip), item.at("primary_ip4/address"));
        }
        try {
            OptionalLong memory = NetBoxFields.number(n, "memory");
            if (memory.isPresent()) {
                vm.put("memory", NetBoxValues.memory(memory.getAsLong(), context.rules.memoryUnitBinary()), item.at("memory"));
            }
        } catch (IllegalArgumentException e) {
            context.problem(item.at("memory"), "memory " + e.getMessage(), "the VM memory in MB, a whole number, or null");
        }
        FirstVlan first = firstVlans.get(id(n));
        if (first != null) {
            vmVlans.put(name, first.shown(), first.origin());
        } else if (host != null) {
            context.note(ImportNote.Kind.WARNING, item.origin(), "VM " + name
                    + " has no interface with an untagged VLAN: its port group must come from vCenter or vms." + name + ".portGroup",
                    ImportNote.vm(name, "portGroup"));
        }
    }
}
