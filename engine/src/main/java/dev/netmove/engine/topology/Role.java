package dev.netmove.engine.topology;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a device is in the data center; decides which settings apply to it and whether it bridges. */
public enum Role {
    HOST, ACCESS, LEAF, AGGREGATION, SPINE, CORE, BORDER, ROUTER, FIREWALL, EXTERNAL;

    /** The spelling used in topology files, e.g. {@code aggregation}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A switch bridges VLANs and runs spanning tree: access, leaf, aggregation, spine, core and border. */
    public boolean isSwitch() {
        return switch (this) {
            case ACCESS, LEAF, AGGREGATION, SPINE, CORE, BORDER -> true;
            case HOST, ROUTER, FIREWALL, EXTERNAL -> false;
        };
    }

    /** A hypervisor: it runs VMs and never forwards between its uplinks. */
    public boolean isHost() {
        return this == HOST;
    }

    /** The role written as {@code text} in a topology file (exact spelling, lower case). */
    public static Optional<Role> fromYaml(String text) {
        for (Role role : values()) {
            if (role.yamlName().equals(text)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Every spelling accepted in a topology file, in declaration order. */
    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(Role::yamlName).toList();
    }

    @Override
    public String toString() {
        return yamlName();
    }
}
