package dev.netmove.engine.topology;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What live migration does when the guest dirties memory faster than the stream sends it. */
public enum Convergence {
    /** Slow the guest down so pre-copy converges (vSphere SDPS, KVM auto-converge). */
    SLOW_GUEST("slow-guest"),
    /** Stop pre-copy at the round or volume limit and take the longer downtime (Xen). */
    GIVE_UP("give-up"),
    /** Keep copying; the migration may never finish (KVM without auto-converge). */
    NEVER("never");

    private final String yamlName;

    Convergence(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<Convergence> fromYaml(String text) {
        return Arrays.stream(values()).filter(c -> c.yamlName.equals(text)).findFirst();
    }

    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(Convergence::yamlName).toList();
    }

    @Override
    public String toString() {
        return yamlName;
    }
}
