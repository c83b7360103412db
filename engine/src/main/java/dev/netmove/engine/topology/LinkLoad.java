package dev.netmove.engine.topology;

import dev.netmove.engine.quantity.Bandwidth;
import java.util.Objects;

/**
 * Background traffic on a link, per direction.
 *
 * @param forward from the link's first end ({@code a}) to its second ({@code b})
 * @param reverse from {@code b} to {@code a}
 */
public record LinkLoad(Bandwidth forward, Bandwidth reverse) {

    /** No background traffic. */
    public static final LinkLoad NONE = new LinkLoad(Bandwidth.ZERO, Bandwidth.ZERO);

    public LinkLoad {
        Objects.requireNonNull(forward, "forward");
        Objects.requireNonNull(reverse, "reverse");
        if (forward.bitsPerSecond() < 0 || reverse.bitsPerSecond() < 0) {
            throw new IllegalArgumentException("a load cannot be negative: " + forward + ", " + reverse);
        }
    }

    /** The same load in both directions. */
    public static LinkLoad of(Bandwidth each) {
        return new LinkLoad(each, each);
    }
}
