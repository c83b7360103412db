package dev.netmove.engine.imports.netbox;

import java.util.Iterator;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes NetBox's numbers as a user writes them in a topology file: interface speeds (Kbps) and the
 * nominal rate of an interface {@code type} as bandwidths, VM memory as a size, VLAN sets as lists.
 */
final class NetBoxValues {

    /** NetBox's interface type values name their rate first: {@code 1000base-t}, {@code 10gbase-x-sfpp}, {@code 2.5gbase-t}. */
    private static final Pattern TYPE_RATE = Pattern.compile("^(\\d+(?:\\.\\d+)?)([mgt]?)base-");

    private static final String[] UNITS = {"Tbps", "Gbps", "Mbps", "Kbps"};
    private static final long[] FACTORS = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};

    private NetBoxValues() {
    }

    /** The nominal rate in bits per second of an interface type ({@code 25gbase-x-sfp28} -> 25 Gbit/s); empty if it has none. */
    static OptionalLong typeRate(String type) {
        if (type == null) {
            return OptionalLong.empty();
        }
        Matcher m = TYPE_RATE.matcher(type);
        if (!m.find()) {
            return OptionalLong.empty();
        }
        double number = Double.parseDouble(m.group(1));
        long unit = switch (m.group(2)) {
            case "t" -> 1_000_000_000_000L;
            case "g" -> 1_000_000_000L;
            default -> 1_000_000L; // "1000base-t", "100base-tx", "m" alike: NetBox writes megabits without a letter
        };
        return OptionalLong.of(Math.round(number * unit));
    }

    /** {@code 10000000000} -> {@code 10Gbps}, {@code 2500000000} -> {@code 2500Mbps}. */
    static String bandwidth(long bitsPerSecond) {
        for (int i = 0; i < UNITS.length; i++) {
            if (bitsPerSecond >= FACTORS[i] && bitsPerSecond % FACTORS[i] == 0) {
                return bitsPerSecond / FACTORS[i] + UNITS[i];
            }
        }
        return bitsPerSecond + "bps";
    }

    /** NetBox VM memory ({@code 16384}) in MB (decimal, NetBox's unit) or MiB as {@code importRules.memoryUnit} says. */
    static String memory(long amount, boolean binary) {
        if (binary) {
            return amount % 1024 == 0 && amount > 0 ? amount / 1024 + "GiB" : amount + "MiB";
        }
        return amount % 1000 == 0 && amount > 0 ? amount / 1000 + "GB" : amount + "MB";
    }

    /** {@code [100, 101, 102, 110]} -> {@code 100-102,110}. */
    static String vlanList(SortedSet<Integer> vlans) {
        StringBuilder out = new StringBuilder();
        Iterator<Integer> it = vlans.iterator();
        int start = -1;
        int previous = -1;
        while (it.hasNext()) {
            int vlan = it.next();
            if (start >= 0 && vlan == previous + 1) {
                previous = vlan;
                continue;
            }
            append(out, start, previous);
            start = vlan;
            previous = vlan;
        }
        append(out, start, previous);
        return out.toString();
    }

    private static void append(StringBuilder out, int start, int end) {
        if (start < 0) {
            return;
        }
        if (out.length() > 0) {
            out.append(',');
        }
        out.append(start);
        if (end > start) {
            out.append(end == start + 1 ? "," : "-").append(end);
        }
    }
}
