package dev.netmove.engine.imports.govc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The switch and port that one vmnic's {@code host.vnic.hint} entry names: CDP's {@code connectedSwitchPort}
 * ({@code devId}, else {@code systemName}; {@code portId}) or LLDP's {@code lldpInfo} (the System Name parameter;
 * {@code portId}, or the Port Description parameter where the port id is a MAC address).
 *
 * @param lldp whether the neighbour is told by LLDP (else CDP)
 * @param device the switch's name, "" when the neighbour sent none
 * @param port the switch port, "" when it cannot be told
 * @param portMac the port id when it is a MAC address that no Port Description names, else ""
 * @param chassis LLDP's chassis id ("" for CDP)
 */
record SwitchPortHint(boolean lldp, String device, String port, String portMac, String chassis) {

    /** A MAC address in any usual notation: {@code 3c:fd:fe:b1:0c:20}, {@code 3c-fd-...}, {@code 3cfd.feb1.0c20}. */
    private static final Pattern MAC = Pattern.compile(
            "(?i)([0-9a-f]{2}[:-]){5}[0-9a-f]{2}|([0-9a-f]{4}\\.){2}[0-9a-f]{4}|[0-9a-f]{12}");

    /** NX-OS and some IOS releases send the device id as {@code hostname(serial)}: {@code acc1(FDO21120U8N)}. */
    private static final Pattern SERIAL_SUFFIX = Pattern.compile("^(.+?)\\s*\\([0-9A-Za-z]{6,}\\)$");

    /** The neighbour a hint names, or null when it has neither CDP nor LLDP. */
    static SwitchPortHint of(MoView.Found hint) {
        MoView.Found cdp = hint.get("connectedSwitchPort");
        MoView.Found lldp = hint.get("lldpInfo");
        if (cdp.present()) {
            String device = withoutSerial(cdp.get("devId").text().strip());
            if (device.isEmpty()) {
                device = cdp.get("systemName").text().strip();
            }
            return new SwitchPortHint(false, device, cdp.get("portId").text().strip(), "", "");
        }
        if (!lldp.present()) {
            return null;
        }
        String port = lldp.get("portId").text().strip();
        String portMac = "";
        if (MAC.matcher(port).matches()) {
            portMac = port;
            port = parameter(lldp, "Port Description");
            if (!port.isEmpty()) {
                portMac = "";
            }
        }
        return new SwitchPortHint(true, parameter(lldp, "System Name"), port, portMac,
                lldp.get("chassisId").text().strip());
    }

    private static String withoutSerial(String devId) {
        Matcher m = SERIAL_SUFFIX.matcher(devId);
        return m.matches() ? m.group(1) : devId;
    }

    /** An LLDP parameter's value ({@code "System Name"}), stripped; "" when absent or empty. */
    private static String parameter(MoView.Found lldp, String key) {
        MoView.Found params = lldp.get("parameter");
        for (int i = 0; i < params.size(); i++) {
            if (params.item(i).get("key").text().strip().equalsIgnoreCase(key)) {
                String value = params.item(i).get("value").text().strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return "";
    }
}
