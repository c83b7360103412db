package dev.netmove.engine.config;

import java.util.List;
import java.util.Objects;

/**
 * A host without a port group that the hosts it is compared with have.
 *
 * @param host the host that lacks it
 * @param portGroup the port group's name
 * @param vlan the VLAN the others have it in (0 = untagged); where they disagree, the usual one
 *        (see {@link PortGroupComparison})
 * @param hostsWithIt the hosts that have it in that VLAN, in file order
 */
public record MissingPortGroup(String host, String portGroup, int vlan, List<String> hostsWithIt)
        implements PortGroupDrift {

    public MissingPortGroup {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(portGroup, "portGroup");
        hostsWithIt = List.copyOf(hostsWithIt);
        if (hostsWithIt.isEmpty()) {
            throw new IllegalArgumentException("port group " + portGroup + " is missing on " + host
                    + " but no host has it");
        }
    }

    @Override
    public String describe() {
        return "host " + host + " has no port group \"" + portGroup + "\" (" + PlainList.inVlan(vlan) + " on "
                + PlainList.of(hostsWithIt) + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
