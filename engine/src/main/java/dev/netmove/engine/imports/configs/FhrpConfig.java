package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.Origin;

/** One first-hop redundancy group of an SVI as configured: HSRP, VRRP or GLBP, its group, VIP and priority. */
final class FhrpConfig {

    final String protocol;
    final int group;
    final Origin origin;
    Located<String> vip;
    Located<Integer> priority;

    FhrpConfig(String protocol, int group, Origin origin) {
        this.protocol = protocol;
        this.group = group;
        this.origin = origin;
    }
}
