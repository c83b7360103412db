package dev.netmove.engine.l2;

/**
 * The role rapid-PVST gives a switch port in one VLAN's tree. Root and designated ports forward,
 * an alternate port discards (it is "blocked") and takes over when the root port fails.
 */
public enum PortRole {
    /** The port with the best path to the root bridge; forwards. */
    ROOT("root"),
    /** The port that forwards on its link towards the bridges further from the root (also every port facing a host, router or firewall). */
    DESIGNATED("designated"),
    /** A redundant port: discards, so that the VLAN has no loop. */
    ALTERNATE("alternate"),
    /** A port on the link between the two switches of a vPC pair: inside the pair's one logical bridge, always forwarding. */
    PEER_LINK("vPC peer link");

    private final String text;

    PortRole(String text) {
        this.text = text;
    }

    /** Whether frames pass the port. */
    public boolean forwards() {
        return this != ALTERNATE;
    }

    /** {@code root}, {@code designated}, {@code alternate} or {@code vPC peer link}. */
    @Override
    public String toString() {
        return text;
    }
}
