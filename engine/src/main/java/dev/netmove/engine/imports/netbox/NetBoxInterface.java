package dev.netmove.engine.imports.netbox;

import dev.netmove.engine.imports.Origin;
import java.util.List;
import java.util.OptionalLong;
import java.util.SortedSet;

/**
 * One NetBox device interface as netmove needs it.
 *
 * @param id its NetBox id
 * @param deviceId the id of its device
 * @param device its device's name as NetBox spells it
 * @param name its name
 * @param type the {@code type} choice value ({@code 10gbase-x-sfpp}, {@code virtual}, {@code lag}), or null
 * @param speedKbps the {@code speed} field (Kbps), empty when NetBox has none
 * @param mode the 802.1Q {@code mode} value ({@code access}, {@code tagged}, {@code tagged-all}), or null
 * @param untaggedVlan the {@code untagged_vlan} VID, or -1
 * @param taggedVlans the VIDs of {@code tagged_vlans}
 * @param lagId the id of its {@code lag} parent, or -1
 * @param lagName the name of its {@code lag} parent, or null
 * @param mgmtOnly {@code mgmt_only}
 * @param endpoints the interfaces at the far end of its cable path ({@code connected_endpoints}), as (id, device, name)
 * @param origin the object in the file
 */
record NetBoxInterface(long id, long deviceId, String device, String name, String type, OptionalLong speedKbps,
        String mode, int untaggedVlan, SortedSet<Integer> taggedVlans, long lagId, String lagName, boolean mgmtOnly,
        List<Endpoint> endpoints, Origin origin) {

    /** A far interface: its id, device and name as the nested object gives them. */
    record Endpoint(long id, long deviceId, String device, String name) {
    }

    NetBoxInterface {
        taggedVlans = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(taggedVlans));
        endpoints = List.copyOf(endpoints);
    }

    boolean isVirtual() {
        return "virtual".equals(type);
    }

    Origin at(String field) {
        return origin.child(field);
    }
}
