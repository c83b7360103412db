package dev.netmove.engine.imports.configs;

import dev.netmove.engine.quantity.QuantityFormatException;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.InterfaceAddress;
import dev.netmove.engine.topology.Ipv4Address;
import dev.netmove.engine.topology.Ipv4Prefix;
import java.util.Locale;

/** The values of configuration lines, read the way all three dialects write them. */
final class Values {

    private Values() {
    }

    static int integer(String text, int min, int max, String what) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new Unreadable(what + " between " + min + " and " + max);
        }
        if (value < min || value > max) {
            throw new Unreadable(what + " between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    static int vlan(String text) {
        return integer(text, 1, 4094, "a VLAN ID");
    }

    /** {@code 110,120-130}, {@code all}, {@code none}. */
    static VlanSet vlanList(String text) {
        try {
            return VlanSet.parse(text);
        } catch (QuantityFormatException e) {
            throw new Unreadable("a VLAN list of IDs 1-4094 such as 110,120-130 (" + e.found() + ")");
        }
    }

    static boolean isAddress(String text) {
        int dots = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return dots == 3;
    }

    static String address(String text) {
        try {
            return Ipv4Address.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw new Unreadable("an IPv4 address such as 10.1.110.1");
        }
    }

    /** The prefix length of a dotted mask ({@code 255.255.255.0} is 24). */
    static int maskLength(String mask) {
        long bits;
        try {
            bits = Ipv4Address.parse(mask).unsignedBits();
        } catch (IllegalArgumentException e) {
            throw new Unreadable("a subnet mask such as 255.255.255.0");
        }
        int length = Ipv4Prefix.lengthOfMask(bits);
        if (length < 0) {
            throw new Unreadable("a subnet mask of contiguous ones such as 255.255.255.0, not " + mask);
        }
        return length;
    }

    /** {@code 10.1.1.2/24} or {@code 10.1.1.2 255.255.255.0}, as {@code 10.1.1.2/24}. */
    static String interfaceAddress(String address, String mask) {
        String text = mask == null ? address : address + "/" + maskLength(mask);
        try {
            return InterfaceAddress.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw new Unreadable("an interface address such as 10.1.110.2/24 or 10.1.110.2 255.255.255.0");
        }
    }

    /** {@code 0.0.0.0/0} or {@code 0.0.0.0 0.0.0.0}, as {@code 0.0.0.0/0}. */
    static String prefix(String address, String mask) {
        String text = mask == null ? address : address + "/" + maskLength(mask);
        try {
            return Ipv4Prefix.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw new Unreadable("a prefix such as 10.2.0.0/16 or 10.2.0.0 255.255.0.0");
        }
    }

    /**
     * A {@code speed} in Mb/s ({@code 10000}), or with EOS's and NX-OS's units ({@code 10g}, {@code 100gfull},
     * {@code 1000full}), as a topology bandwidth ({@code 10Gbps}); null for {@code auto}.
     */
    static String speed(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("auto")) {
            return null;
        }
        if (t.endsWith("full") || t.endsWith("half")) {
            t = t.substring(0, t.length() - 4);
        }
        long mbps;
        try {
            if (t.endsWith("g")) {
                mbps = Long.parseLong(t.substring(0, t.length() - 1)) * 1000;
            } else if (t.endsWith("m")) {
                mbps = Long.parseLong(t.substring(0, t.length() - 1));
            } else {
                mbps = Long.parseLong(t);
            }
        } catch (NumberFormatException e) {
            mbps = 0;
        }
        if (mbps <= 0) {
            throw new Unreadable("a speed in Mb/s such as 10000, or 10g, 100g or auto");
        }
        return mbps % 1000 == 0 ? mbps / 1000 + "Gbps" : mbps + "Mbps";
    }

    /** {@code 10110}, {@code 10110-10112,10200}: numbers and ranges of numbers. */
    static int[] numbers(String text, int min, int max, String what) {
        return java.util.Arrays.stream(text.split(",")).flatMapToInt(part -> {
            int dash = part.indexOf('-');
            int from = integer(dash < 0 ? part : part.substring(0, dash), min, max, what);
            int to = dash < 0 ? from : integer(part.substring(dash + 1), from, max, what);
            return java.util.stream.IntStream.rangeClosed(from, to);
        }).toArray();
    }
}
