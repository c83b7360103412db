package dev.netmove.engine.topology.load.yaml;

/** The text leaves the subset the fast parser reads; SnakeYAML must read it. */
final class UnsupportedYaml extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedYaml() {
        super(null, null, false, false);
    }
}
