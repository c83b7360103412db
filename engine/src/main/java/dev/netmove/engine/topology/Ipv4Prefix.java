package dev.netmove.engine.topology;

import java.util.Objects;

/**
 * An IPv4 network: an address whose host bits are zero, and a prefix length 0-32.
 *
 * @param network the first address of the network
 * @param length the prefix length
 */
public record Ipv4Prefix(Ipv4Address network, int length) implements Comparable<Ipv4Prefix> {

    private static final String EXPECTED = "expected an IPv4 prefix such as 10.1.110.0/24";

    public Ipv4Prefix {
        Objects.requireNonNull(network, "network");
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length " + length + " is outside 0-32");
        }
        if ((network.bits() & ~mask(length)) != 0) {
            throw new IllegalArgumentException(network + "/" + length + " has host bits set; the network is "
                    + new Ipv4Address(network.bits() & mask(length)) + "/" + length);
        }
    }

    /** Reads {@code 10.1.110.0/24}; a prefix with host bits set is refused with the network it meant. */
    public static Ipv4Prefix parse(String text) {
        AddressAndLength parsed = AddressAndLength.parse(text, "no prefix given", EXPECTED);
        Ipv4Address address = parsed.address();
        int length = parsed.length();
        int masked = address.bits() & mask(length);
        if (masked != address.bits()) {
            throw new AddressFormatException("\"" + text + "\" has host bits set",
                    "expected the network address: " + new Ipv4Address(masked) + "/" + length);
        }
        return new Ipv4Prefix(address, length);
    }

    private static int parseLength(String text, String digits, String expected) {
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new AddressFormatException("\"" + text + "\" has no valid prefix length", expected);
        }
        int length = Integer.parseInt(digits);
        if (length > 32) {
            throw new AddressFormatException("\"" + text + "\" has a prefix length above 32", expected);
        }
        return length;
    }

    /** The netmask of a prefix length as bits, e.g. 24 gives 0xffffff00. */
    public static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    /**
     * The prefix length of a netmask given as its 32 bits ({@code 0xffffff00} is 24), or -1 when its ones are
     * not contiguous from the left: the one rule for dotted masks, whoever reads them (configs, vCenter).
     */
    public static int lengthOfMask(long bits) {
        int length = Long.bitCount(bits & 0xFFFFFFFFL);
        return (mask(length) & 0xFFFFFFFFL) == bits ? length : -1;
    }

    /** Whether {@code address} lies in this network. */
    public boolean contains(Ipv4Address address) {
        return (address.bits() & mask(length)) == network.bits();
    }

    /** Whether {@code other} lies entirely inside this network. */
    public boolean contains(Ipv4Prefix other) {
        return other.length >= length && contains(other.network);
    }

    @Override
    public int compareTo(Ipv4Prefix other) {
        int c = network.compareTo(other.network);
        return c != 0 ? c : Integer.compare(length, other.length);
    }

    @Override
    public String toString() {
        return network + "/" + length;
    }

    /** The two halves of {@code a.b.c.d/n}, shared by prefixes and interface addresses. */
    record AddressAndLength(Ipv4Address address, int length) {

        /** Splits {@code text}; {@code missing} is the message for an empty text, {@code expected} ends every error. */
        static AddressAndLength parse(String text, String missing, String expected) {
            if (text == null || text.isBlank()) {
                throw new AddressFormatException(missing, expected);
            }
            String s = text.strip();
            int slash = s.indexOf('/');
            if (slash < 0) {
                throw new AddressFormatException("\"" + text + "\" has no prefix length", expected);
            }
            Ipv4Address address;
            try {
                address = Ipv4Address.parse(s.substring(0, slash));
            } catch (AddressFormatException e) {
                throw new AddressFormatException(e.found(), expected);
            }
            return new AddressAndLength(address, parseLength(text, s.substring(slash + 1), expected));
        }
    }
}
