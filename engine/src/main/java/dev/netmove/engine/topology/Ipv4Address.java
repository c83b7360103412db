package dev.netmove.engine.topology;

/**
 * An IPv4 address, held as its 32 bits (compare as unsigned).
 *
 * @param bits the address, most significant octet first
 */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {

    private static final String EXPECTED = "expected an IPv4 address such as 10.1.110.21";

    /** Reads dotted-quad text such as {@code 10.1.110.21}. */
    public static Ipv4Address parse(String text) {
        if (text == null || text.isBlank()) {
            throw new AddressFormatException("no address given", EXPECTED);
        }
        String s = text.strip();
        int bits = 0;
        int octets = 0;
        int i = 0;
        while (i <= s.length()) {
            int start = i;
            int value = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (i - start == 3) {
                    throw new AddressFormatException("\"" + text + "\" has an octet with more than 3 digits", EXPECTED);
                }
                value = value * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start) {
                throw new AddressFormatException("\"" + text + "\" is not an IPv4 address", EXPECTED);
            }
            if (value > 255) {
                throw new AddressFormatException("\"" + text + "\" has an octet above 255", EXPECTED);
            }
            bits = (bits << 8) | value;
            octets++;
            if (i == s.length()) {
                break;
            }
            if (s.charAt(i) != '.' || octets == 4) {
                throw new AddressFormatException("\"" + text + "\" is not an IPv4 address", EXPECTED);
            }
            i++;
        }
        if (octets != 4) {
            throw new AddressFormatException("\"" + text + "\" has " + octets + " octets, not 4", EXPECTED);
        }
        return new Ipv4Address(bits);
    }

    /** The address whose bits are the low 32 bits of {@code value}. */
    public static Ipv4Address ofBits(long value) {
        return new Ipv4Address((int) value);
    }

    /** The bits as a non-negative number, 0 to 2^32-1. */
    public long unsignedBits() {
        return Integer.toUnsignedLong(bits);
    }

    @Override
    public int compareTo(Ipv4Address other) {
        return Integer.compareUnsigned(bits, other.bits);
    }

    @Override
    public String toString() {
        return ((bits >>> 24) & 0xff) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
    }
}
