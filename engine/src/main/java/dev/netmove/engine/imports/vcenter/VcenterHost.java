package dev.netmove.engine.imports.vcenter;

import dev.netmove.engine.imports.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A hypervisor as a vCenter source describes it, filled sheet by sheet (or file by file); each fact
 * keeps the place it was read from. Names are kept as the source spells them.
 */
public final class VcenterHost {

    /** A port group and its VLAN as the topology writes it ({@code 0} = untagged). */
    public record PortGroupFact(String name, int vlan, Origin origin) {
    }

    /** The vMotion vmkernel interface: VLAN when known, IP with its prefix length when known. */
    public record VmotionFact(String device, Integer vlan, String ip, Integer prefixLength, Origin origin) {
    }

    /** A physical NIC (vmnic) and its speed in Mb/s, or null when the source gives none. */
    public record UplinkFact(String nic, Long speedMbps, Origin origin) {
    }

    private final String name;
    private final Origin origin;
    private Fact<String> cluster;
    private boolean clusterIsMoRef;
    private Fact<Long> memoryMiB;
    private final Map<String, PortGroupFact> portGroups = new LinkedHashMap<>();
    private VmotionFact vmotion;
    private final List<UplinkFact> uplinks = new ArrayList<>();

    public VcenterHost(String name, Origin origin) {
        this.name = Objects.requireNonNull(name, "name");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    public String name() {
        return name;
    }

    public Origin origin() {
        return origin;
    }

    public void cluster(String value, Origin where) {
        cluster = new Fact<>(value, where);
        clusterIsMoRef = false;
    }

    /** A cluster known only by its MoRef ({@code domain-c7}): a name any other source gives wins over it. */
    public void clusterByMoRef(String moRef, Origin where) {
        cluster(moRef, where);
        clusterIsMoRef = true;
    }

    /** Whether {@link #cluster()} is only the cluster's MoRef. */
    public boolean clusterIsMoRef() {
        return clusterIsMoRef;
    }

    public String cluster() {
        return cluster == null ? null : cluster.value();
    }

    Origin clusterOrigin() {
        return cluster == null ? null : cluster.origin();
    }

    public void memoryMiB(long value, Origin where) {
        memoryMiB = new Fact<>(value, where);
    }

    public Long memoryMiB() {
        return memoryMiB == null ? null : memoryMiB.value();
    }

    Origin memoryOrigin() {
        return memoryMiB == null ? null : memoryMiB.origin();
    }

    /** Adds a port group; the first one of a name wins (a host cannot have two of one name). */
    public void portGroup(String group, int vlan, Origin where) {
        portGroups.putIfAbsent(group, new PortGroupFact(group, vlan, where));
    }

    public Map<String, PortGroupFact> portGroups() {
        return portGroups;
    }

    public void vmotion(VmotionFact fact) {
        vmotion = fact;
    }

    public VmotionFact vmotion() {
        return vmotion;
    }

    /** Adds an uplink once, in the order given (a repeated NIC keeps its first place). */
    public void uplink(String nic, Long speedMbps, Origin where) {
        for (UplinkFact u : uplinks) {
            if (u.nic().equals(nic)) {
                return;
            }
        }
        uplinks.add(new UplinkFact(nic, speedMbps, where));
    }

    public List<UplinkFact> uplinks() {
        return uplinks;
    }
}
