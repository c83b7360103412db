package dev.netmove.engine.config;

import java.util.List;
import java.util.Objects;

/**
 * A host with a port group in another VLAN than the hosts it is compared with: a VM moved onto it
 * lands in the wrong VLAN (and usually the wrong subnet).
 *
 * @param host the host that differs
 * @param portGroup the port group's name
 * @param vlan the VLAN it has on this host (0 = untagged)
 * @param expectedVlan the VLAN of the others (where they disagree, the usual one, see {@link PortGroupComparison})
 * @param hostsWithExpected the hosts that have it in the expected VLAN, in file order
 */
public record PortGroupInOtherVlan(String host, String portGroup, int vlan, int expectedVlan,
                                   List<String> hostsWithExpected) implements PortGroupDrift {

    public PortGroupInOtherVlan {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(portGroup, "portGroup");
        hostsWithExpected = List.copyOf(hostsWithExpected);
        if (vlan == expectedVlan) {
            throw new IllegalArgumentException("port group " + portGroup + " on " + host + " is in the expected VLAN "
                    + vlan);
        }
        if (hostsWithExpected.isEmpty()) {
            throw new IllegalArgumentException("no host has port group " + portGroup + " in VLAN " + expectedVlan);
        }
    }

    @Override
    public String describe() {
        return "host " + host + " has port group \"" + portGroup + "\" " + PlainList.inVlan(vlan) + ", not "
                + PlainList.inVlan(expectedVlan) + " as on " + PlainList.of(hostsWithExpected);
    }

    @Override
    public String toString() {
        return describe();
    }
}
