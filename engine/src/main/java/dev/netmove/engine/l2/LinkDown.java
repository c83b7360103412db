package dev.netmove.engine.l2;

import dev.netmove.engine.topology.Link;
import java.util.Objects;

/** A link taken down (a what-if) while both its devices are up. */
public record LinkDown(Link link) implements VlanDrop {
    public LinkDown {
        Objects.requireNonNull(link, "link");
    }

    @Override
    public String describe() {
        return "link \"" + link.name() + "\" is down";
    }

    @Override
    public String toString() {
        return describe();
    }
}
