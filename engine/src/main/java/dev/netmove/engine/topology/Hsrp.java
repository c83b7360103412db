package dev.netmove.engine.topology;

import java.util.Objects;

/**
 * HSRP: the highest priority (then the highest interface IP) is active for the VIP.
 *
 * @param group the HSRP group, 0-4095
 * @param vip the virtual IP that VMs use as gateway
 * @param priority 0-255, default 100
 */
public record Hsrp(int group, Ipv4Address vip, int priority) implements Fhrp {
    public Hsrp {
        if (group < 0 || group > 4095) {
            throw new IllegalArgumentException("HSRP group " + group + " is outside 0-4095");
        }
        Objects.requireNonNull(vip, "vip");
        Fhrp.checkPriority(priority);
    }

    @Override
    public String protocol() {
        return "hsrp";
    }

    @Override
    public Ipv4Address gateway() {
        return vip;
    }
}
