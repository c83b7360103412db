package dev.netmove.engine.imports.lldp;

import java.util.regex.Pattern;

/**
 * The neighbour's port name from what LLDP carried: the port id, which is an interface name, a MAC address
 * (servers, whose port description names the interface: {@code 3cfd.feb1.0c20} and {@code eth0}) or a number the
 * neighbour assigned (Junos and IOS-XR send the ifIndex, {@code 549}, and the name {@code ge-3/3/1} as the
 * description), and the port description.
 */
final class RemotePort {

    /** A MAC address in any usual notation: {@code 3c:fd:fe:b1:0c:20}, {@code 3c-fd-...}, {@code 3cfd.feb1.0c20}. */
    private static final Pattern MAC = Pattern.compile(
            "(?i)([0-9a-f]{2}[:-]){5}[0-9a-f]{2}|([0-9a-f]{4}\\.){2}[0-9a-f]{4}|[0-9a-f]{12}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** One word, letters then a number ({@code ge-3/3/1}, {@code Ethernet1/2}, {@code eth0}): no free text. */
    private static final Pattern INTERFACE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*?\\d+([/.:]\\d+)*");

    private RemotePort() {
    }

    static boolean isMac(String portId) {
        return portId != null && MAC.matcher(portId).matches();
    }

    /**
     * The port's name, or null when neither the id nor the description names it (a MAC address without a
     * description; neither given).
     *
     * @param portId the port id as sent, null when the neighbour sent none
     * @param description the port description, null when none
     */
    static String name(String portId, String description) {
        if (portId == null) {
            return isInterfaceName(description) ? description : null;
        }
        if (isMac(portId)) {
            return description;
        }
        if (NUMBER.matcher(portId).matches() && isInterfaceName(description)) {
            return description;
        }
        return portId;
    }

    private static boolean isInterfaceName(String text) {
        return text != null && INTERFACE.matcher(text).matches();
    }
}
