package dev.netmove.engine.topology;

/**
 * An IPv4 address, prefix or interface address that could not be read; says what was found and
 * what was expected, like the quantity parsers do.
 */
public final class AddressFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String found;
    private final String expected;

    public AddressFormatException(String found, String expected) {
        super(found + "; " + expected);
        this.found = found;
        this.expected = expected;
    }

    /** What was wrong, e.g. {@code "10.1.300.1" has an octet above 255}. */
    public String found() {
        return found;
    }

    /** What would have been accepted, e.g. {@code expected an IPv4 address such as 10.1.110.21}. */
    public String expected() {
        return expected;
    }
}
