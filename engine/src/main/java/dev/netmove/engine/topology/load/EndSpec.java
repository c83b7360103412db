package dev.netmove.engine.topology.load;

import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.InterfaceAddress;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.load.yaml.YamlNode;

/** One end of a link as written: where it plugs in and the settings written on the end itself. */
final class EndSpec {
    final YamlNode node;
    final String path;
    String device;
    String port;
    boolean deviceKnown;
    boolean hasMode;
    LinkMode mode;
    YamlNode vlansNode;
    VlanSet vlans;
    YamlNode nativeNode;
    Integer nativeVlan;
    YamlNode ipNode;
    InterfaceAddress ip;

    EndSpec(YamlNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String endpoint() {
        return device + ":" + port;
    }
}
