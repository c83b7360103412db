package dev.netmove.engine.mobility;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.l2.PortRole;
import dev.netmove.engine.l2.SpanningTree;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Asks a question of the network after each single link failure (each port-channel member on its own) or
 * each single device failure, in turn. Only failures that can matter are worked out again: a link that is
 * on no root path of the devices in play (the anchors' switches, the gateways) in any VLAN in play, and is
 * not routed, leaves their tree paths, segments and routed paths as they were (gateways count only in the VLANs
 * whose gateways the question asks about: a migration's pre-check asks about the vMotion VLANs' only) (spanning tree keeps the root
 * port of every bridge whose path to the root keeps its links), so its answer is the answer without a
 * failure; likewise a device none of whose links matter and that has no SVI in those VLANs. {@code SingleFailureSweepTest} compares the shortcut with the brute-force sweep.
 */
public final class SingleFailureSweep {

    /** One failure tried: a link or a device down. */
    public record Failure(boolean link, String name) {
        @Override
        public String toString() {
            return (link ? "link " : "device ") + name + " down";
        }
    }

    /** A failure that breaks the expectation, and why. */
    public record Broken(Failure failure, String why) {
    }

    /**
     * @param tried how many failures were tried
     * @param baseline why the expectation fails with nothing down, if it does
     * @param broken the failures that break it
     */
    public record Result(int tried, Optional<String> baseline, List<Broken> broken) {
        public Result {
            broken = List.copyOf(broken);
        }

        public boolean holds() {
            return baseline.isEmpty() && broken.isEmpty();
        }
    }

    private final Topology topology;
    private final Function<Layer2Analysis, Optional<String>> question;
    private final Set<Integer> vlans;
    private final boolean shortcut;
    private final List<String> anchors;
    private final Set<Integer> gatewayVlans;

    /**
     * A sweep of {@code question} (empty when the expectation holds, else why not) over {@code topology}, whose
     * answer depends on the VLANs of {@code anchors} (the hosts and devices the expectation names) and on the
     * gateways of {@code gatewayVlans}.
     */
    public SingleFailureSweep(Topology topology, Collection<String> anchors, Collection<Integer> gatewayVlans,
                              Function<Layer2Analysis, Optional<String>> question, boolean shortcut) {
        this.topology = topology;
        this.question = question;
        this.shortcut = shortcut;
        this.vlans = vlansOf(topology, anchors);
        this.anchors = List.copyOf(anchors);
        this.gatewayVlans = Set.copyOf(gatewayVlans);
    }

    /**
     * A sweep of a migration pre-check between {@code hosts}: it depends on their VLANs, and on gateways only
     * in their vMotion VLANs (routed vMotion).
     */
    public static SingleFailureSweep ofMigration(Topology topology, Collection<String> hosts,
                                                 Function<Layer2Analysis, Optional<String>> question, boolean shortcut) {
        Set<Integer> vmotion = new TreeSet<>();
        for (String host : hosts) {
            topology.host(host).flatMap(h -> h.hostConfig().vmotion()).ifPresent(v -> {
                if (v.vlan() == 0) {
                    vmotion.addAll(vlansOf(topology, List.of(host)));
                } else {
                    vmotion.add(v.vlan());
                }
            });
        }
        return new SingleFailureSweep(topology, hosts, vmotion, question, shortcut);
    }

    /** A sweep of a question about the default gateway of a VM on {@code host}: every VLAN of the host may matter. */
    public static SingleFailureSweep ofGateway(Topology topology, String host,
                                               Function<Layer2Analysis, Optional<String>> question, boolean shortcut) {
        return new SingleFailureSweep(topology, List.of(host), vlansOf(topology, List.of(host)), question, shortcut);
    }

    /** Each link down in turn. */
    public Result links() {
        Layer2Analysis base = new Layer2Analysis(topology);
        Optional<String> baseline = question.apply(base);
        Set<String> relevant = shortcut ? relevantLinks(base) : null;
        List<Broken> broken = new ArrayList<>();
        int tried = 0;
        for (Link link : topology.links()) {
            if (!topology.isUp(link)) {
                continue;
            }
            tried++;
            Optional<String> why = relevant != null && !relevant.contains(link.name()) ? baseline
                    : question.apply(new Layer2Analysis(topology.withLinkDown(link.name())));
            if (baseline.isEmpty() && why.isPresent()) {
                broken.add(new Broken(new Failure(true, link.name()), why.get()));
            }
        }
        return new Result(tried, baseline, broken);
    }

    /** Each device down in turn, except {@code excluded} (the hosts the expectation names). */
    public Result devices(Collection<String> excluded) {
        Layer2Analysis base = new Layer2Analysis(topology);
        Optional<String> baseline = question.apply(base);
        Set<String> relevant = shortcut ? relevantDevices(base) : null;
        List<Broken> broken = new ArrayList<>();
        int tried = 0;
        for (Device device : topology.devices().values()) {
            if (excluded.contains(device.name()) || !topology.isUp(device)) {
                continue;
            }
            tried++;
            Optional<String> why = relevant != null && !relevant.contains(device.name()) ? baseline
                    : question.apply(new Layer2Analysis(topology.withDeviceDown(device.name())));
            if (baseline.isEmpty() && why.isPresent()) {
                broken.add(new Broken(new Failure(false, device.name()), why.get()));
            }
        }
        return new Result(tried, baseline, broken);
    }

    /**
     * The links whose failure can change the answer: every routed link, every link of an anchor, and per VLAN in
     * play the root paths (root ports upward, vPC peer links included) of the anchors' neighbours and of every
     * device with an SVI in it. A bridge whose root path keeps its links keeps its root port when another link
     * goes, so the tree path between any two of those devices, and their segments, stay as they are.
     */
    private Set<String> relevantLinks(Layer2Analysis base) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> starts = new LinkedHashSet<>();
        for (String anchor : anchors) {
            for (Link link : topology.linksOf(anchor)) {
                names.add(link.name());
                starts.add(link.otherDevice(anchor));
            }
        }
        for (Link link : topology.links()) {
            if (link.a().mode() == LinkMode.ROUTED || link.b().mode() == LinkMode.ROUTED) {
                names.add(link.name());
            }
        }
        for (int vlan : vlans) {
            Set<String> from = new LinkedHashSet<>(starts);
            for (Device device : topology.devices().values()) {
                if (device.vxlan().isPresent() || gatewayVlans.contains(vlan) && device.svi(vlan).isPresent()) {
                    from.add(device.name());
                }
            }
            rootPaths(base.spanningTree(vlan), from, names);
        }
        return names;
    }

    private void rootPaths(SpanningTree tree, Set<String> from, Set<String> names) {
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(from);
        Set<String> seen = new java.util.HashSet<>(from);
        while (!queue.isEmpty()) {
            String device = queue.poll();
            for (Link link : topology.linksOf(device)) {
                if (!tree.forwards(link)) {
                    continue;
                }
                Optional<PortRole> role = tree.portRole(link, device);
                if (role.isPresent() && (role.get() == PortRole.ROOT || role.get() == PortRole.PEER_LINK)) {
                    names.add(link.name());
                    String next = link.otherDevice(device);
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
            topology.device(device).flatMap(Device::vpcPeer).filter(seen::add).ifPresent(queue::add);
        }
    }

    private Set<String> relevantDevices(Layer2Analysis base) {
        Set<String> names = new LinkedHashSet<>();
        for (String link : relevantLinks(base)) {
            Link l = topology.requireLink(link);
            names.add(l.a().device());
            names.add(l.b().device());
        }
        for (Device device : topology.devices().values()) {
            if (device.vxlan().isPresent() || device.svis().keySet().stream().anyMatch(gatewayVlans::contains)) {
                names.add(device.name());
            }
        }
        return names;
    }

    /** The VLANs of the anchors and of the ports of their links (untagged traffic travels in the native VLAN). */
    static Set<Integer> vlansOf(Topology topology, Collection<String> anchors) {
        Set<Integer> vlans = new TreeSet<>();
        for (String name : anchors) {
            Optional<Device> device = topology.device(name);
            if (device.isEmpty()) {
                continue;
            }
            device.get().effectiveVlans().stream().forEach(vlans::add);
            for (Link link : topology.linksOf(name)) {
                for (LinkEnd end : link.ends()) {
                    if (end.mode() != LinkMode.ROUTED) {
                        vlans.add(end.nativeVlan());
                    }
                }
            }
        }
        return vlans;
    }
}
