package dev.netmove.engine.imports.vcenter;

/** Dotted subnet masks as vCenter writes them ({@code 255.255.255.0}), as prefix lengths. */
public final class SubnetMask {

    private SubnetMask() {
    }

    /** {@code 255.255.255.0} -> 24; null when the text is not a contiguous dotted mask. */
    public static Integer prefixLength(String mask) {
        String[] parts = mask.strip().split("\\.");
        if (parts.length != 4) {
            return null;
        }
        long bits = 0;
        for (String p : parts) {
            if (!p.matches("\\d{1,3}") || Integer.parseInt(p) > 255) {
                return null;
            }
            bits = bits << 8 | Integer.parseInt(p);
        }
        int length = Long.bitCount(bits);
        long expected = length == 0 ? 0 : (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
        return bits == expected ? length : null;
    }
}
