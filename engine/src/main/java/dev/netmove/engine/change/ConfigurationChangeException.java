package dev.netmove.engine.change;

/** A configuration what-if that cannot apply to the network as it is (the device lacks the VLAN, no FHRP SVI): the message says why. */
public final class ConfigurationChangeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ConfigurationChangeException(String message) {
        super(message);
    }
}
