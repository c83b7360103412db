package dev.netmove.engine.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Interface names canonical across Cisco NX-OS, IOS/IOS-XE and Arista EOS, abbreviations included:
 * {@code Eth1/1}, {@code ethernet1/1} and {@code Ethernet1/1} are {@code Ethernet1/1};
 * {@code Te1/0/1} is {@code TenGigabitEthernet1/0/1}; {@code Po10}, {@code port-channel10} and
 * {@code Port-Channel10} are {@code port-channel10}. A name of an unknown kind is kept as written.
 */
public final class InterfaceNames {

    private static final Map<String, String> KINDS = new HashMap<>();

    static {
        kind("Ethernet", "e", "et", "eth", "ether", "ethernet");
        kind("FastEthernet", "f", "fa", "fas", "fastethernet");
        kind("GigabitEthernet", "g", "gi", "gig", "ge", "gigabit", "gigabitethernet", "gige");
        kind("TwoGigabitEthernet", "tw", "two", "twogigabitethernet", "twogige");
        kind("FiveGigabitEthernet", "fi", "five", "fivegigabitethernet", "fivegige");
        kind("TenGigabitEthernet", "t", "te", "ten", "tengig", "tengigabitethernet", "tengige", "xe");
        kind("TwentyFiveGigE", "twe", "twentyfivegige", "twentyfivegigabitethernet");
        kind("FortyGigabitEthernet", "fo", "for", "forty", "fortygig", "fortygigabitethernet", "fortygige");
        kind("HundredGigE", "hu", "hun", "hundredgige", "hundredgigabitethernet", "hundredgigethernet");
        kind("port-channel", "po", "port", "portchannel", "port-channel", "port-channe", "port-chan");
        kind("Vlan", "vl", "vla", "vlan");
        kind("loopback", "lo", "loop", "loopback");
        kind("mgmt", "mgmt");
        kind("Management", "ma", "man", "mgt", "management");
        kind("nve", "nv", "nve");
        kind("Vxlan", "vx", "vxlan");
        kind("Tunnel", "tu", "tun", "tunnel");
        kind("Null", "nu", "null");
    }

    private InterfaceNames() {
    }

    private static void kind(String canonical, String... spellings) {
        for (String s : spellings) {
            KINDS.put(s, canonical);
        }
    }

    /**
     * The canonical spelling of an interface name: its kind written in full, then its number as written
     * ({@code 1/1}, {@code 1/0/1.100}); spaces between kind and number are dropped.
     */
    public static String canonical(String name) {
        String text = name.strip();
        int digit = 0;
        while (digit < text.length() && !Character.isDigit(text.charAt(digit))) {
            digit++;
        }
        if (digit == 0 || digit == text.length()) {
            return text;
        }
        String kind = text.substring(0, digit).strip().toLowerCase(Locale.ROOT);
        String full = KINDS.get(kind);
        if (full == null) {
            return text;
        }
        return full + text.substring(digit).replace(" ", "");
    }

    /** Whether two spellings name the same interface. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** A key for maps of interfaces: the canonical name in lower case. */
    public static String key(String name) {
        return canonical(name).toLowerCase(Locale.ROOT);
    }

    /** The port-channel number of {@code port-channel10} (any spelling), or -1 for another interface. */
    public static int portChannelNumber(String name) {
        String c = canonical(name);
        if (!c.startsWith("port-channel")) {
            return -1;
        }
        try {
            return Integer.parseInt(c.substring("port-channel".length()));
        } catch (NumberFormatException e) {
            return -1; // a sub-interface such as port-channel10.100
        }
    }

    /** The VLAN of an SVI ({@code Vlan110}, {@code vlan110}, {@code Vl110}), or -1 for another interface. */
    public static int sviVlan(String name) {
        String c = canonical(name);
        if (!c.startsWith("Vlan")) {
            return -1;
        }
        try {
            int vlan = Integer.parseInt(c.substring(4));
            return vlan >= 1 && vlan <= 4094 ? vlan : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether this is a management interface ({@code mgmt0}, {@code Management1}), outside the data plane. */
    public static boolean isManagement(String name) {
        String c = canonical(name);
        return c.startsWith("mgmt") || c.startsWith("Management");
    }

    /** Whether this interface is a physical port or port-channel that a link can end on. */
    public static boolean isPort(String name) {
        String c = canonical(name);
        return c.startsWith("port-channel") || c.contains("Ethernet") || c.contains("GigE");
    }
}
