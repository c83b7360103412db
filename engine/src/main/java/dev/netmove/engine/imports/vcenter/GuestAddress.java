package dev.netmove.engine.imports.vcenter;

/** A guest's address as vCenter reports it (RVTools' IP cells, govc's {@code guest.ipAddress}). */
public final class GuestAddress {

    private GuestAddress() {
    }

    /** Four groups of one to three digits joined by dots: what vCenter writes for an IPv4 address. */
    public static boolean isIpv4(String text) {
        int groups = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return false;
                }
            } else if (c == '.' && digits > 0 && groups < 3) {
                groups++;
                digits = 0;
            } else {
                return false;
            }
        }
        return groups == 3 && digits > 0;
    }
}
