package dev.netmove.engine.quantity;

import java.util.Objects;

/**
 * A quantity, share or VLAN list written by a user that cannot be read: it says what was found and
 * what was expected, so that the caller can add where (file, line, key or step) and show it as is.
 */
public class QuantityFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String found;
    private final String expected;

    /**
     * @param found    what was wrong, e.g. {@code "10" has no unit}
     * @param expected what would have been right and how to write it, e.g.
     *                 {@code write a bandwidth with its unit, e.g. 10Gbps; accepted units: bps, ...}
     */
    public QuantityFormatException(String found, String expected) {
        super(Objects.requireNonNull(found, "found") + "; " + Objects.requireNonNull(expected, "expected"));
        this.found = found;
        this.expected = expected;
    }

    /** What was wrong with the text, e.g. {@code unknown unit "Gbit" in "10Gbit"}. */
    public String found() {
        return found;
    }

    /** What the text should have been, with the accepted units and a suggestion where one is close. */
    public String expected() {
        return expected;
    }
}
