package dev.netmove.engine.l2;

import java.util.Objects;

/** No cable path at all joins the two devices (hosts never count as transit). */
public record NoPhysicalPath(String from, String to) implements VlanDrop {
    public NoPhysicalPath {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String describe() {
        return "no physical path between " + from + " and " + to;
    }

    @Override
    public String toString() {
        return describe();
    }
}
