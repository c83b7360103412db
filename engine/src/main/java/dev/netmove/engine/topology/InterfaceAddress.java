package dev.netmove.engine.topology;

import java.util.Objects;

/**
 * The address of an interface together with the length of its subnet, as configured:
 * {@code 10.1.110.2/24}.
 *
 * @param address the interface's own address
 * @param prefixLength the length of the attached subnet, 0-32
 */
public record InterfaceAddress(Ipv4Address address, int prefixLength) {

    private static final String EXPECTED = "expected an interface address with its prefix length such as 10.1.110.2/24";

    public InterfaceAddress {
        Objects.requireNonNull(address, "address");
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " is outside 0-32");
        }
        String why = unusable(address, prefixLength);
        if (why != null) {
            throw new IllegalArgumentException(address + "/" + prefixLength + " is " + why);
        }
    }

    /** Reads {@code 10.1.110.2/24}; the network and broadcast addresses of a /30 or larger are refused. */
    public static InterfaceAddress parse(String text) {
        Ipv4Prefix.AddressAndLength parsed = Ipv4Prefix.AddressAndLength.parse(text, "no address given", EXPECTED);
        Ipv4Address address = parsed.address();
        int length = parsed.length();
        String why = unusable(address, length);
        if (why != null) {
            throw new AddressFormatException("\"" + text + "\" is " + why,
                    "expected an address between the network and broadcast addresses of its subnet");
        }
        return new InterfaceAddress(address, length);
    }

    private static String unusable(Ipv4Address address, int length) {
        if (length > 30) {
            return null; // point-to-point /31 and host /32 use every address
        }
        int host = address.bits() & ~Ipv4Prefix.mask(length);
        if (host == 0) {
            return "the network address of its subnet";
        }
        if (host == ~Ipv4Prefix.mask(length)) {
            return "the broadcast address of its subnet";
        }
        return null;
    }

    /** The attached subnet, e.g. 10.1.110.0/24 for 10.1.110.2/24. */
    public Ipv4Prefix subnet() {
        return new Ipv4Prefix(new Ipv4Address(address.bits() & Ipv4Prefix.mask(prefixLength)), prefixLength);
    }

    /** Whether {@code other} is in this interface's subnet. */
    public boolean sameSubnet(InterfaceAddress other) {
        return subnet().equals(other.subnet());
    }

    @Override
    public String toString() {
        return address + "/" + prefixLength;
    }
}
