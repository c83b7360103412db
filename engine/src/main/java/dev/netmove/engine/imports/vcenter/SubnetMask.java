package dev.netmove.engine.imports.vcenter;

import dev.netmove.engine.topology.Ipv4Prefix;

/** Dotted subnet masks as vCenter writes them ({@code 255.255.255.0}), as prefix lengths. */
public final class SubnetMask {

    private SubnetMask() {
    }

    /** {@code 255.255.255.0} -> 24; null when the text is not a contiguous dotted mask. */
    public static Integer prefixLength(String mask) {
        // read in one pass, as String.split("\\.") with parts of \\d{1,3} would (trailing dots dropped)
        String m = mask.strip();
        int end = m.length();
        while (end > 0 && m.charAt(end - 1) == '.') {
            end--;
        }
        long bits = 0;
        int parts = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= end; i++) {
            char c = i == end ? '.' : m.charAt(i);
            if (c == '.') {
                if (digits == 0 || value > 255 || ++parts > 4) {
                    return null;
                }
                bits = bits << 8 | value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && ++digits <= 3) {
                value = value * 10 + (c - '0');
            } else {
                return null;
            }
        }
        if (parts != 4) {
            return null;
        }
        int length = Ipv4Prefix.lengthOfMask(bits);
        return length < 0 ? null : length;
    }
}
