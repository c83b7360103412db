package dev.netmove.engine.imports.vcenter;

import dev.netmove.engine.imports.Origin;

/**
 * One fact a vCenter source gives of a VM or a host, and where it was read.
 *
 * @param <T> the value's type
 */
public record Fact<T>(T value, Origin origin) {
}
