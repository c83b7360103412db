package dev.netmove.engine.topology;

import java.util.List;

/**
 * A name that the topology does not know (or that names the wrong kind of thing), with the
 * closest names it does know.
 */
public final class UnknownNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String name;
    private final List<String> closest;

    public UnknownNameException(String kind, String name, List<String> closest, String message) {
        super(message);
        this.kind = kind;
        this.name = name;
        this.closest = List.copyOf(closest);
    }

    /** What was looked up: device, link, VM, host, port group. */
    public String kind() {
        return kind;
    }

    /** The name that was not found. */
    public String name() {
        return name;
    }

    /** Up to three known names close to it, best first. */
    public List<String> closest() {
        return closest;
    }
}
