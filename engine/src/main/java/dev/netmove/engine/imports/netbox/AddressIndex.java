package dev.netmove.engine.imports.netbox;

import static dev.netmove.engine.imports.netbox.NetBoxFields.choice;
import static dev.netmove.engine.imports.netbox.NetBoxFields.id;
import static dev.netmove.engine.imports.netbox.NetBoxFields.nested;
import static dev.netmove.engine.imports.netbox.NetBoxFields.nestedId;
import static dev.netmove.engine.imports.netbox.NetBoxFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.netbox.NetBoxPages.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The addresses of a NetBox export by the interface they are assigned to ({@code ipam/ip-addresses.json}
 * {@code assigned_object_type}/{@code assigned_object_id}), and its FHRP groups with their assignments
 * to interfaces ({@code ipam/fhrp-groups.json}, {@code ipam/fhrp-group-assignments.json}).
 */
final class AddressIndex {

    /** An address on an interface: {@code 10.1.110.2/24}, its role choice value ({@code loopback}, {@code anycast}) or null. */
    record Address(String address, String role, Origin origin) {
    }

    /** An FHRP group: protocol value ({@code hsrp}, {@code vrrp3}, {@code glbp}, {@code carp}), number and first VIP. */
    record Group(long id, String protocol, long number, String vip, Origin origin) {
    }

    /** One interface's membership of a group, with its priority. */
    record Assignment(long groupId, long priority, Origin origin) {
    }

    private final ReadContext context;
    private final Map<Long, List<Address>> byInterface = new HashMap<>();
    private final Map<Long, String> firstVipOfGroup = new HashMap<>();
    private final Map<Long, Group> groups = new HashMap<>();
    private final Map<Long, List<Assignment>> assignments = new HashMap<>();

    AddressIndex(ReadContext context) {
        this.context = context;
    }

    void readAddresses(List<Item> items) {
        for (Item item : items) {
            JsonNode n = item.node();
            String address = text(n, "address");
            if (address == null) {
                context.problem(item.origin(), "an IP address without its address", "an object with address such as 10.1.110.2/24");
                continue;
            }
            String type = text(n, "assigned_object_type");
            long target = n.path("assigned_object_id").asLong(-1);
            if (target < 0) {
                target = nestedId(n, "assigned_object");
            }
            if ("dcim.interface".equals(type) && target >= 0) {
                byInterface.computeIfAbsent(target, k -> new ArrayList<>()).add(new Address(address, choice(n, "role"), item.origin()));
            } else if ("ipam.fhrpgroup".equals(type) && target >= 0) {
                firstVipOfGroup.putIfAbsent(target, NetBoxFields.withoutMask(address));
            }
        }
    }

    void readGroups(List<Item> items) {
        for (Item item : items) {
            JsonNode n = item.node();
            String protocol = choice(n, "protocol");
            if (id(n) < 0 || protocol == null || !n.path("group_id").canConvertToLong()) {
                context.problem(item.origin(), "an FHRP group without id, protocol or group_id",
                        "an object of ipam/fhrp-groups.json with id, protocol and group_id");
                continue;
            }
            String vip = null;
            JsonNode ips = n.path("ip_addresses");
            if (ips.isArray() && ips.size() > 0 && text(ips.get(0), "address") != null) {
                vip = NetBoxFields.withoutMask(text(ips.get(0), "address"));
            }
            groups.put(id(n), new Group(id(n), protocol, n.path("group_id").asLong(), vip, item.origin()));
        }
    }

    void readAssignments(List<Item> items) {
        for (Item item : items) {
            JsonNode n = item.node();
            long group = nestedId(n, "group");
            long iface = n.path("interface_id").asLong(-1);
            if (iface < 0) {
                iface = nestedId(n, "interface");
            }
            if (group < 0 || iface < 0 || !n.path("priority").canConvertToLong()) {
                context.problem(item.origin(), "an FHRP group assignment without group, interface or priority",
                        "an object of ipam/fhrp-group-assignments.json with group, interface_id and priority");
                continue;
            }
            if (!"dcim.interface".equals(text(n, "interface_type")) && n.has("interface_type")) {
                continue; // virtual machine interfaces: not a switch's gateway
            }
            JsonNode nestedGroup = nested(n, "group");
            if (!groups.containsKey(group) && nestedGroup != null && choice(nestedGroup, "protocol") != null) {
                groups.put(group, new Group(group, choice(nestedGroup, "protocol"), nestedGroup.path("group_id").asLong(),
                        null, item.at("group")));
            }
            assignments.computeIfAbsent(iface, k -> new ArrayList<>()).add(new Assignment(group, n.path("priority").asLong(), item.origin()));
        }
    }

    List<Address> on(long interfaceId) {
        return byInterface.getOrDefault(interfaceId, List.of());
    }

    /**
     * The interface's own address, or null when it has none but loopbacks: the first without a role (or of role
     * anycast), else the first secondary, else the first shared one. An address of role vip, vrrp, hsrp, glbp or carp
     * is the gateway that the switches of a group share (NetBox lists addresses by address, so the gateway .1 comes
     * before the switch's own .2), and a secondary one is not the interface's first subnet.
     */
    Address own(long interfaceId) {
        Address best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Address a : on(interfaceId)) {
            int rank = ownRank(a.role());
            if (rank < bestRank) {
                best = a;
                bestRank = rank;
            }
        }
        return best;
    }

    private static int ownRank(String role) {
        if (role == null || "anycast".equals(role)) {
            return 0;
        }
        return switch (role) {
            case "loopback" -> Integer.MAX_VALUE;
            case "secondary" -> 1;
            default -> 2; // vip, vrrp, hsrp, glbp, carp: shared with the group's other members
        };
    }

    List<Assignment> assignmentsOf(long interfaceId) {
        return assignments.getOrDefault(interfaceId, List.of());
    }

    Group group(long id) {
        return groups.get(id);
    }

    /** The group's first address: from the group's own {@code ip_addresses}, else the first address assigned to it. */
    String vipOf(Group group) {
        return group.vip() != null ? group.vip() : firstVipOfGroup.get(group.id());
    }
}
