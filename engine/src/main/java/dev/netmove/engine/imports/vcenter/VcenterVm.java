package dev.netmove.engine.imports.vcenter;

import dev.netmove.engine.imports.Origin;
import java.util.Objects;

/** A virtual machine as a vCenter source describes it; every fact with the place it was read from. */
public final class VcenterVm {

    private final String name;
    private final Origin origin;
    private Fact<String> host;
    private Fact<String> portGroup;
    private Fact<String> ip;
    private Fact<Long> memoryMiB;
    private Fact<Long> consumedMiB;
    private boolean poweredOn = true;

    public VcenterVm(String name, Origin origin) {
        this.name = Objects.requireNonNull(name, "name");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    public String name() {
        return name;
    }

    public Origin origin() {
        return origin;
    }

    public void host(String value, Origin where) {
        host = new Fact<>(value, where);
    }

    public Fact<String> host() {
        return host;
    }

    public void portGroup(String value, Origin where) {
        portGroup = new Fact<>(value, where);
    }

    public Fact<String> portGroup() {
        return portGroup;
    }

    public void ip(String value, Origin where) {
        ip = new Fact<>(value, where);
    }

    public Fact<String> ip() {
        return ip;
    }

    public void memoryMiB(long value, Origin where) {
        memoryMiB = new Fact<>(value, where);
    }

    public Fact<Long> memoryMiB() {
        return memoryMiB;
    }

    /** Host memory the VM consumes (RVTools vMemory {@code Consumed}, govc {@code hostMemoryUsage}). */
    public void consumedMiB(long value, Origin where) {
        consumedMiB = new Fact<>(value, where);
    }

    public Fact<Long> consumedMiB() {
        return consumedMiB;
    }

    public void poweredOn(boolean value) {
        poweredOn = value;
    }

    public boolean poweredOn() {
        return poweredOn;
    }
}
