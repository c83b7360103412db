package dev.netmove.engine.topology;

import java.util.Objects;

/**
 * GLBP: the highest priority is the AVG, which hands the group's forwarders out round-robin.
 *
 * @param group the GLBP group, 0-1023
 * @param vip the virtual IP that VMs use as gateway
 * @param priority 0-255, default 100
 */
public record Glbp(int group, Ipv4Address vip, int priority) implements Fhrp {
    public Glbp {
        if (group < 0 || group > 1023) {
            throw new IllegalArgumentException("GLBP group " + group + " is outside 0-1023");
        }
        Objects.requireNonNull(vip, "vip");
        Fhrp.checkPriority(priority);
    }

    @Override
    public String protocol() {
        return "glbp";
    }

    @Override
    public Ipv4Address gateway() {
        return vip;
    }
}
