package dev.netmove.engine.topology;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a port treats frames: a trunk carries its allowed VLANs tagged, an access port one VLAN untagged, a routed port none. */
public enum LinkMode {
    TRUNK, ACCESS, ROUTED;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LinkMode> fromYaml(String text) {
        return Arrays.stream(values()).filter(m -> m.yamlName().equals(text)).findFirst();
    }

    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(LinkMode::yamlName).toList();
    }

    @Override
    public String toString() {
        return yamlName();
    }
}
