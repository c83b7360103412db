package dev.netmove.engine.imports;

import java.util.Locale;
import java.util.Map;

/**
 * Interface names as one key across sources and dialects: {@code Eth1/1}, {@code Ethernet1/1} and
 * {@code ethernet1/1} are one port, so are {@code Te1/0/1} and {@code TenGigabitEthernet1/0/1},
 * {@code Po10}, {@code port-channel10} and {@code Port-Channel10}. The key is for matching only;
 * what a user sees is the spelling the first source wrote.
 */
public final class InterfaceNames {

    /** Written prefix (lower case, no hyphen or space) -> the canonical long form. */
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("e", "ethernet"), Map.entry("et", "ethernet"), Map.entry("eth", "ethernet"),
            Map.entry("ethernet", "ethernet"),
            Map.entry("fa", "fastethernet"), Map.entry("fastethernet", "fastethernet"),
            Map.entry("gi", "gigabitethernet"), Map.entry("gig", "gigabitethernet"), Map.entry("ge", "gigabitethernet"),
            Map.entry("gige", "gigabitethernet"), Map.entry("gigabitethernet", "gigabitethernet"),
            Map.entry("te", "tengigabitethernet"), Map.entry("ten", "tengigabitethernet"),
            Map.entry("tengig", "tengigabitethernet"), Map.entry("tengige", "tengigabitethernet"),
            Map.entry("tengigabitethernet", "tengigabitethernet"),
            Map.entry("twe", "twentyfivegigabitethernet"), Map.entry("twentyfivegige", "twentyfivegigabitethernet"),
            Map.entry("twentyfivegigabitethernet", "twentyfivegigabitethernet"),
            Map.entry("fo", "fortygigabitethernet"), Map.entry("fortygige", "fortygigabitethernet"),
            Map.entry("fortygigabitethernet", "fortygigabitethernet"),
            Map.entry("hu", "hundredgigabitethernet"), Map.entry("hundredgige", "hundredgigabitethernet"),
            Map.entry("hundredgigabitethernet", "hundredgigabitethernet"),
            Map.entry("po", "port-channel"), Map.entry("portchannel", "port-channel"),
            Map.entry("vl", "vlan"), Map.entry("vlan", "vlan"),
            Map.entry("lo", "loopback"), Map.entry("loopback", "loopback"),
            Map.entry("mgmt", "mgmt"), Map.entry("management", "mgmt"));

    private InterfaceNames() {
    }

    /** The matching key of an interface name: {@code Te1/0/1} -> {@code tengigabitethernet1/0/1}. */
    public static String canonical(String name) {
        String trimmed = name.strip();
        int digit = 0;
        while (digit < trimmed.length() && !Character.isDigit(trimmed.charAt(digit))) {
            digit++;
        }
        String prefix = trimmed.substring(0, digit).toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "")
                .replace("_", "");
        String rest = trimmed.substring(digit).toLowerCase(Locale.ROOT).replace(" ", "");
        if (rest.isEmpty()) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        return PREFIXES.getOrDefault(prefix, prefix) + rest;
    }

    /** Whether two spellings name the same interface. */
    public static boolean same(String a, String b) {
        return canonical(a).equals(canonical(b));
    }
}
