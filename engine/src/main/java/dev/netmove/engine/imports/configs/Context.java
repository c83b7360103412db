package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.Origin;

/** Where the interpreter is: the device, the block it is in and the line at hand. */
final class Context {

    final DeviceConfig device;
    final ConfigsOptions options;
    InterfaceConfig iface;
    FhrpConfig fhrp;
    int[] vlanBlock;
    ConfigLine line;

    Context(DeviceConfig device, ConfigsOptions options) {
        this.device = device;
        this.options = options;
    }

    Origin here() {
        return device.at(line);
    }

    <T> Located<T> at(T value) {
        return new Located<>(value, here());
    }
}
