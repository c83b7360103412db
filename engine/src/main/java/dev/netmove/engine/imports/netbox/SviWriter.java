package dev.netmove.engine.imports.netbox;

import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.netbox.AddressIndex.Address;
import dev.netmove.engine.imports.netbox.AddressIndex.Assignment;
import dev.netmove.engine.imports.netbox.AddressIndex.Group;

/**
 * Writes one SVI of TOPOLOGY.md from a NetBox VLAN interface: its own address (not a shared gateway address of
 * role vip, hsrp, ...), {@code anycast: true}
 * for an address of role anycast, and its FHRP group assignment as {@code hsrp}, {@code vrrp} (NetBox's
 * {@code vrrp2}/{@code vrrp3}) or {@code glbp} with group number, priority and the group's first address.
 */
final class SviWriter {

    private final ReadContext context;
    private final AddressIndex addresses;

    SviWriter(ReadContext context, AddressIndex addresses) {
        this.context = context;
        this.addresses = addresses;
    }

    /** The SVI, or null when the interface has no address but loopbacks. */
    DocMap write(NetBoxInterface iface, int vlan) {
        Address own = addresses.own(iface.id());
        if (own == null) {
            return null;
        }
        boolean anycast = addresses.on(iface.id()).stream().anyMatch(a -> "anycast".equals(a.role()));
        DocMap svi = new DocMap(iface.origin());
        svi.put("ip", own.address(), own.origin());
        for (Assignment assignment : addresses.assignmentsOf(iface.id())) {
            Group group = addresses.group(assignment.groupId());
            if (group == null) {
                context.problem(assignment.origin(), "an assignment to FHRP group #" + assignment.groupId()
                        + ", which ipam/fhrp-groups.json does not have", "a group of ipam/fhrp-groups.json");
                continue;
            }
            String key = switch (group.protocol()) {
                case "hsrp" -> "hsrp";
                case "vrrp2", "vrrp3", "vrrp" -> "vrrp";
                case "glbp" -> "glbp";
                default -> null;
            };
            if (key == null) {
                context.note(ImportNote.Kind.WARNING, group.origin(), "FHRP group " + group.number() + " on "
                        + iface.device() + ":" + iface.name() + " runs " + group.protocol()
                        + ", which netmove does not model (HSRP, VRRP, GLBP): skipped");
                continue;
            }
            if (svi.entries().containsKey(key)) {
                continue; // one group per protocol on an SVI in netmove's model: the first assignment
            }
            DocMap fhrp = svi.map(key, assignment.origin());
            fhrp.put("group", String.valueOf(group.number()), group.origin());
            String vip = addresses.vipOf(group);
            if (vip != null) {
                fhrp.put("vip", vip, group.origin());
            }
            fhrp.put("priority", String.valueOf(assignment.priority()), assignment.origin());
        }
        if (anycast) {
            svi.put("anycast", "true", own.origin());
        }
        return svi;
    }
}
