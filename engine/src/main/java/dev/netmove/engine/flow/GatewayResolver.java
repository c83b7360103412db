package dev.netmove.engine.flow;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.l2.Layer2Path;
import dev.netmove.engine.l2.Layer2Reach;
import dev.netmove.engine.l2.VlanBlocked;
import dev.netmove.engine.l2.VlanGraph;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Svi;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Works out which device answers a VM's default gateway, per layer-2 domain of the VM's VLAN
 * (TOPOLOGY.md, FHRP election): HSRP and VRRP elect the highest priority, then the highest interface
 * IP ({@link FhrpElector}); GLBP's AVG hands out the group's forwarders round-robin; the vPC / VSS
 * peer of the active forwards too; with {@code anycast: true} every device with the SVI serves. FHRP
 * hellos travel in the VLAN and are dropped on {@code fhrpFilter} links, so each side of a filter
 * elects its own ({@link HelloDomains}). Also says which devices attract routed traffic back into a
 * VLAN. Safe to share between threads.
 */
final class GatewayResolver {

    private final Layer2Analysis layer2;
    private final Topology topology;
    private final HelloDomains helloDomains;
    // per VLAN and layer-2 domain, the devices with an SVI in the VLAN
    private final ConcurrentMap<Integer, Map<Set<String>, List<GatewayCandidate>>> candidatesByDomain;
    // per VLAN, each device's layer-2 domain: one set per domain, shared by its members (asked many times per flow)
    private final ConcurrentMap<Integer, Map<String, SortedSet<String>>> segments;

    /**
     * What the resolver works out from the network alone (layer-2 domains, hello domains, gateway candidates: no
     * VM placement), shared by the resolvers of one network state ({@link Topology#analyses()}), so that a
     * scenario that moved VMs does not search them again.
     */
    private record NetworkGateways(HelloDomains helloDomains,
                                   ConcurrentMap<Integer, Map<Set<String>, List<GatewayCandidate>>> candidatesByDomain,
                                   ConcurrentMap<Integer, Map<String, SortedSet<String>>> segments) {

        NetworkGateways(Layer2Analysis layer2) {
            this(new HelloDomains(layer2), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    public GatewayResolver(Layer2Analysis layer2) {
        this.layer2 = layer2;
        this.topology = layer2.topology();
        NetworkGateways shared = topology.analyses().get(NetworkGateways.class, () -> new NetworkGateways(layer2));
        this.helloDomains = shared.helloDomains();
        this.candidatesByDomain = shared.candidatesByDomain();
        this.segments = shared.segments();
    }

    /** The devices in {@code device}'s layer-2 domain of {@code vlan} ({@link Layer2Analysis#segment}), computed once per domain. */
    public SortedSet<String> segment(int vlan, String device) {
        Map<String, SortedSet<String>> known = segments.computeIfAbsent(vlan, v -> new ConcurrentHashMap<>());
        SortedSet<String> found = known.get(device);
        if (found == null) {
            found = layer2.segment(vlan, device);
            for (String member : found) {
                known.putIfAbsent(member, found);
            }
            known.putIfAbsent(device, found);
        }
        return found;
    }

    /** The VLAN of VM {@code vmName}'s port group on its host. */
    public int vlanOf(String vmName) {
        Vm vm = topology.requireVm(vmName);
        PortGroup group = topology.requireHost(vm.host()).hostConfig().portGroup(vm.portGroup()).orElseThrow();
        if (group.isUntagged()) {
            throw new FlowAnalysisException("VM " + vmName + " is in untagged port group \"" + group.name()
                    + "\" on host " + vm.host() + ": gateways are worked out per VLAN; give the port group its VLAN id");
        }
        return group.vlan();
    }

    /** The device that serves VM {@code vmName}'s default gateway, and why; throws {@link FlowAnalysisException} when none does. */
    public Gateway resolve(String vmName) {
        Vm vm = topology.requireVm(vmName);
        int vlan = vlanOf(vmName);
        String host = vm.host();
        List<GatewayCandidate> inSegment = candidates(vlan, segment(vlan, host));
        if (inSegment.isEmpty()) {
            throw new FlowAnalysisException("VM " + vmName + " on host " + host + " has no default gateway: no device in "
                    + "its layer-2 domain of VLAN " + vlan + " has an SVI in VLAN " + vlan + withSvi(vlan)
                    + "; add an SVI for VLAN " + vlan + " on a switch that VLAN " + vlan + " reaches from " + host);
        }
        List<GatewayCandidate> anycast = inSegment.stream().filter(GatewayCandidate::isAnycast).toList();
        if (!anycast.isEmpty()) {
            return nearest(vmName, vlan, host, anycast, GatewayKind.ANYCAST);
        }
        VlanGraph.Domain hellos = helloDomains.of(vlan, host);
        List<GatewayCandidate> local = inSegment.stream().filter(c -> hellos.devices().contains(c.name())).toList();
        List<GatewayCandidate> voters = local.isEmpty() ? inSegment : local;
        Optional<GatewayCandidate> reference = voters.stream().filter(c -> c.protocol().isPresent()).findFirst();
        if (reference.isEmpty()) {
            return nearest(vmName, vlan, host, voters, GatewayKind.SVI);
        }
        List<GatewayCandidate> group = voters.stream().filter(c -> c.sameGroup(reference.get())).toList();
        FhrpElector.Outcome outcome = FhrpElector.elect(group, hellos.refused());
        GatewayCandidate winner = outcome.winner();
        if (winner.isGlbp()) {
            return glbpForwarder(vmName, vlan, host, group, outcome.election());
        }
        Layer2Path toActive = pathTo(vlan, host, winner.name());
        GatewayKind kind = winner.protocol().orElseThrow().kind();
        Optional<GatewayCandidate> peer = vpcPeerInGroup(winner, group);
        if (peer.isPresent()) {
            String peerName = peer.get().name();
            Layer2Path toPeer = pathTo(vlan, host, peerName);
            if (toPeer.hops() < toActive.hops()) {
                return new Gateway(vmName, vlan, peerName, GatewayKind.VPC, new GatewayReason.VpcPeerNearer(peerName,
                        host, toPeer.hops(), toActive.hops(), outcome.election()), toPeer);
            }
            return new Gateway(vmName, vlan, winner.name(), kind, new GatewayReason.Elected(outcome.election(),
                    Optional.of(new GatewayReason.FartherVpcPeer(peerName, host))), toActive);
        }
        return new Gateway(vmName, vlan, winner.name(), kind,
                new GatewayReason.Elected(outcome.election(), Optional.empty()), toActive);
    }

    /**
     * The devices that attract routed traffic for VLAN {@code vlan}'s subnet and reach host
     * {@code host} in it, sorted: every anycast gateway; the HSRP / VRRP active of each hello domain
     * (and its vPC peer in the same group); every GLBP member; every plain SVI.
     */
    public List<String> attractors(int vlan, String host) {
        List<GatewayCandidate> all = candidates(vlan, segment(vlan, host));
        List<GatewayCandidate> anycast = all.stream().filter(GatewayCandidate::isAnycast).toList();
        if (!anycast.isEmpty()) {
            return names(anycast);
        }
        Optional<GatewayCandidate> reference = all.stream().filter(c -> c.protocol().isPresent()).findFirst();
        if (reference.isEmpty()) {
            return names(all);
        }
        List<GatewayCandidate> group = all.stream().filter(c -> c.sameGroup(reference.get())).toList();
        if (reference.get().isGlbp()) {
            return names(group);
        }
        TreeSet<String> chosen = new TreeSet<>();
        Set<String> assigned = new HashSet<>();
        for (GatewayCandidate candidate : group) {
            if (assigned.contains(candidate.name())) {
                continue;
            }
            VlanGraph.Domain domain = helloDomains.of(vlan, candidate.name());
            List<GatewayCandidate> voters = group.stream().filter(c -> domain.devices().contains(c.name())).toList();
            voters.forEach(c -> assigned.add(c.name()));
            GatewayCandidate winner = FhrpElector.elect(voters, domain.refused()).winner();
            chosen.add(winner.name());
            vpcPeerInGroup(winner, voters).ifPresent(p -> chosen.add(p.name()));
        }
        return List.copyOf(chosen);
    }

    private static List<String> names(List<GatewayCandidate> candidates) {
        return candidates.stream().map(GatewayCandidate::name).sorted().toList();
    }

    private List<GatewayCandidate> candidates(int vlan, Set<String> segment) {
        // segments are shared per layer-2 domain, so their identity is the domain's
        Map<Set<String>, List<GatewayCandidate>> known = candidatesByDomain.computeIfAbsent(vlan,
                v -> Collections.synchronizedMap(new IdentityHashMap<>()));
        return known.computeIfAbsent(segment, s -> searchCandidates(vlan, s));
    }

    private List<GatewayCandidate> searchCandidates(int vlan, Set<String> segment) {
        List<GatewayCandidate> found = new ArrayList<>();
        for (String name : segment) {
            Device device = topology.requireDevice(name);
            if (!device.isHost() && topology.isUp(device)) {
                device.svi(vlan).filter(s -> s.ip().isPresent())
                        .ifPresent(svi -> found.add(new GatewayCandidate(device, svi)));
            }
        }
        return List.copyOf(found);
    }

    private String withSvi(int vlan) {
        List<String> elsewhere = topology.devices().values().stream()
                .filter(d -> d.svi(vlan).flatMap(Svi::ip).isPresent()).map(Device::name).toList();
        return elsewhere.isEmpty() ? " (no device has one)" : " (" + String.join(", ", elsewhere)
                + " " + (elsewhere.size() == 1 ? "has one, but is" : "have one, but are") + " not in that domain)";
    }

    private static Optional<GatewayCandidate> vpcPeerInGroup(GatewayCandidate winner, List<GatewayCandidate> group) {
        return winner.device().vpcPeer().flatMap(peer -> group.stream().filter(c -> c.name().equals(peer)).findFirst());
    }

    private Gateway glbpForwarder(String vmName, int vlan, String host, List<GatewayCandidate> group,
                                  FhrpElection election) {
        List<String> forwarders = names(group);
        List<String> vmsOfVlan = topology.vms().values().stream()
                .filter(v -> topology.requireHost(v.host()).hostConfig().portGroup(v.portGroup())
                        .map(PortGroup::vlan).orElse(-1) == vlan)
                .map(Vm::name).sorted().toList();
        int index = vmsOfVlan.indexOf(vmName);
        String forwarder = forwarders.get(index % forwarders.size());
        return new Gateway(vmName, vlan, forwarder, GatewayKind.GLBP, new GatewayReason.GlbpForwarder(forwarder,
                index % forwarders.size() + 1, forwarders, vmName, index + 1, vmsOfVlan.size(), election),
                pathTo(vlan, host, forwarder));
    }

    private Gateway nearest(String vmName, int vlan, String host, List<GatewayCandidate> candidates, GatewayKind kind) {
        Layer2Path best = null;
        for (GatewayCandidate candidate : candidates) {
            Layer2Path path = pathTo(vlan, host, candidate.name());
            if (best == null || path.hops() < best.hops()) {
                best = path;
            }
        }
        String served = best.to();
        List<String> others = candidates.stream().map(GatewayCandidate::name).filter(n -> !n.equals(served)).toList();
        GatewayReason reason = kind == GatewayKind.ANYCAST
                ? new GatewayReason.NearestAnycast(served, candidates.get(0).svi().gatewayAddress().orElseThrow(), host,
                        best.hops(), others)
                : new GatewayReason.NearestSvi(served, vlan, host, best.hops(), others);
        return new Gateway(vmName, vlan, served, kind, reason, best);
    }

    private Layer2Path pathTo(int vlan, String from, String to) {
        Layer2Reach reach = layer2.reach(vlan, from, to);
        if (reach instanceof Layer2Path path) {
            return path;
        }
        throw new FlowAnalysisException("VLAN " + vlan + " does not take host " + from + " to gateway " + to + ": "
                + ((VlanBlocked) reach).drop().describe());
    }
}
