package dev.netmove.engine.topology;

import java.util.Objects;

/**
 * VRRP: the highest priority (then the highest interface IP) is master for the VIP.
 *
 * @param group the virtual router id, 1-255
 * @param vip the virtual IP that VMs use as gateway
 * @param priority 0-255, default 100
 */
public record Vrrp(int group, Ipv4Address vip, int priority) implements Fhrp {
    public Vrrp {
        if (group < 1 || group > 255) {
            throw new IllegalArgumentException("VRRP group " + group + " is outside 1-255");
        }
        Objects.requireNonNull(vip, "vip");
        Fhrp.checkPriority(priority);
    }

    @Override
    public String protocol() {
        return "vrrp";
    }

    @Override
    public Ipv4Address gateway() {
        return vip;
    }
}
