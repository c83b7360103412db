package dev.netmove.engine.topology.load;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.load.yaml.YamlNode;

/** A link as read, with where its parts are for later cross-checks. */
final class LinkSpec {
    final YamlNode node;
    final String path;
    String name;
    boolean explicitName;
    YamlNode nameNode;
    EndSpec a;
    EndSpec b;
    Bandwidth speed;
    YamlNode lagNode;
    String lag;
    Link link;

    LinkSpec(YamlNode node, String path) {
        this.node = node;
        this.path = path;
    }

    boolean endsKnown() {
        return a != null && b != null && a.deviceKnown && b.deviceKnown;
    }

    String otherDevice(String device) {
        return a.device.equals(device) ? b.device : a.device;
    }
}
