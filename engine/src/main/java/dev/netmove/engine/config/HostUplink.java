package dev.netmove.engine.config;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import java.util.Objects;

/**
 * A host's port and the switch port across its link: where server and switch configuration meet.
 *
 * @param link the link between them
 * @param hostEnd the host's end (its NIC)
 * @param switchEnd the other end
 * @param switchDevice the device of the other end, usually a switch
 */
public record HostUplink(Link link, LinkEnd hostEnd, LinkEnd switchEnd, Device switchDevice) {

    public HostUplink {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(hostEnd, "hostEnd");
        Objects.requireNonNull(switchEnd, "switchEnd");
        Objects.requireNonNull(switchDevice, "switchDevice");
        if (!switchDevice.name().equals(switchEnd.device())) {
            throw new IllegalArgumentException(switchEnd.endpoint() + " is not on " + switchDevice.name());
        }
    }

    /** The host's name. */
    public String host() {
        return hostEnd.device();
    }

    /** {@code host esx-b2 port vmnic0 -> switch acc-b1 port Eth1/2}. */
    public String describe() {
        return "host " + hostEnd.device() + " port " + hostEnd.port() + " -> " + deviceWord() + " "
                + switchDevice.name() + " port " + switchEnd.port();
    }

    /** "switch", or the role of a device across that is not a switch ("router", "firewall"). */
    String deviceWord() {
        return switchDevice.isSwitch() ? "switch" : switchDevice.role().yamlName();
    }

    @Override
    public String toString() {
        return describe();
    }
}
