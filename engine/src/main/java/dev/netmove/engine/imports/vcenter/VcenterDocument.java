package dev.netmove.engine.imports.vcenter;

import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import dev.netmove.engine.imports.ImportPipeline;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.quantity.Percent;
import java.util.Collection;
import java.util.List;

/**
 * Writes what a vCenter source gave as a partial topology document in TOPOLOGY.md's shape and key
 * order: {@code devices} (hosts: role, cluster, memory, portGroups, vmotion, uplinks), {@code links}
 * (vmnic to switch port) and {@code vms} (host, portGroup, ip, memory, inUse), and the speed of every
 * uplink under {@link ImportPipeline#PORT_SPEEDS} (a link's speed where no source gives one), a cluster
 * known only by its MoRef under {@link ImportPipeline#CLUSTER_HINTS}. Quantities are written
 * as a user writes them ({@code 512GiB}, {@code 10Gbps}, {@code 62.5%}).
 */
public final class VcenterDocument {

    private static final long MIB_PER_GIB = 1024;
    private static final long PPM_WHOLE = 1_000_000L;
    /** inUse is written to a tenth of a percent: finer is noise in a consumed-memory counter. */
    private static final long PPM_STEP = 1_000L;

    private VcenterDocument() {
    }

    /** The document for these hosts, links and VMs, each in the order given. */
    public static DocMap write(Origin source, Collection<VcenterHost> hosts, List<VcenterLink> links,
            Collection<VcenterVm> vms) {
        DocMap doc = new DocMap(source);
        if (!hosts.isEmpty()) {
            DocMap devices = doc.map("devices", source);
            for (VcenterHost host : hosts) {
                devices.put(host.name(), host(host));
                if (host.clusterIsMoRef()) {
                    doc.map(ImportPipeline.CLUSTER_HINTS, source).put(host.name(), host.cluster(), host.clusterOrigin());
                }
            }
        }
        if (!links.isEmpty()) {
            DocList list = doc.list("links", source);
            for (VcenterLink link : links) {
                list.add(link(link));
            }
        }
        if (!vms.isEmpty()) {
            DocMap map = doc.map("vms", source);
            for (VcenterVm vm : vms) {
                map.put(vm.name(), vm(vm));
            }
        }
        for (VcenterHost host : hosts) {
            for (VcenterHost.UplinkFact u : host.uplinks()) {
                if (u.speedMbps() != null) {
                    doc.map(ImportPipeline.PORT_SPEEDS, source).put(host.name() + ":" + u.nic(), speed(u.speedMbps()),
                            u.origin());
                }
            }
        }
        return doc;
    }

    private static DocMap host(VcenterHost host) {
        Origin at = host.origin();
        DocMap m = new DocMap(at).put("role", "host", at);
        if (host.cluster() != null && !host.clusterIsMoRef()) {
            m.put("cluster", host.cluster(), host.clusterOrigin());
        }
        if (host.memoryMiB() != null) {
            m.put("memory", size(host.memoryMiB()), host.memoryOrigin());
        }
        if (!host.portGroups().isEmpty()) {
            DocMap groups = m.map("portGroups", at);
            for (VcenterHost.PortGroupFact g : host.portGroups().values()) {
                groups.put(g.name(), Integer.toString(g.vlan()), g.origin());
            }
        }
        VcenterHost.VmotionFact vmotion = host.vmotion();
        if (vmotion != null && (vmotion.vlan() != null || vmotion.prefixLength() != null)) {
            DocMap v = m.map("vmotion", vmotion.origin());
            if (vmotion.vlan() != null) {
                v.put("vlan", Integer.toString(vmotion.vlan()), vmotion.origin());
            }
            if (vmotion.ip() != null && vmotion.prefixLength() != null) {
                v.put("ip", vmotion.ip() + "/" + vmotion.prefixLength(), vmotion.origin());
            }
        }
        if (!host.uplinks().isEmpty()) {
            DocList uplinks = m.list("uplinks", host.uplinks().get(0).origin());
            for (VcenterHost.UplinkFact u : host.uplinks()) {
                uplinks.add(new DocScalar(u.nic(), u.origin()));
            }
        }
        return m;
    }

    private static DocMap link(VcenterLink link) {
        Origin at = link.origin();
        DocList between = new DocList(at)
                .add(new DocScalar(link.host() + ":" + link.nic(), at))
                .add(new DocScalar(link.neighbour() + ":" + link.neighbourPort(), at));
        DocMap m = new DocMap(at).put("between", between);
        if (link.speedMbps() != null) {
            m.put("speed", speed(link.speedMbps()), at);
        }
        return m;
    }

    private static DocMap vm(VcenterVm vm) {
        DocMap m = new DocMap(vm.origin());
        if (vm.host() != null) {
            m.put("host", vm.host().value(), vm.host().origin());
        }
        if (vm.portGroup() != null) {
            m.put("portGroup", vm.portGroup().value(), vm.portGroup().origin());
        }
        if (vm.ip() != null) {
            m.put("ip", vm.ip().value(), vm.ip().origin());
        }
        if (vm.memoryMiB() != null) {
            m.put("memory", size(vm.memoryMiB().value()), vm.memoryMiB().origin());
            if (vm.consumedMiB() != null && vm.memoryMiB().value() > 0) {
                m.put("inUse", inUse(vm.consumedMiB().value(), vm.memoryMiB().value()), vm.consumedMiB().origin());
            }
        }
        return m;
    }

    /** {@code 16GiB} when whole gibibytes, else {@code 1536MiB}. */
    public static String size(long mib) {
        return mib % MIB_PER_GIB == 0 ? mib / MIB_PER_GIB + "GiB" : mib + "MiB";
    }

    /** {@code 10Gbps} when whole gigabits, else {@code 100Mbps}. */
    public static String speed(long mbps) {
        return mbps % 1000 == 0 ? mbps / 1000 + "Gbps" : mbps + "Mbps";
    }

    /** Consumed over configured memory, at most 100%, rounded down to a tenth of a percent. */
    static String inUse(long consumedMiB, long memoryMiB) {
        long ppm = Math.min(PPM_WHOLE, Math.max(0, consumedMiB) * PPM_WHOLE / memoryMiB);
        return Percent.ofPpm(ppm / PPM_STEP * PPM_STEP).toString();
    }
}
