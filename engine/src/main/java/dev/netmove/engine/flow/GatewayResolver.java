package dev.netmove.engine.flow;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.l2.Layer2Path;
import dev.netmove.engine.l2.Layer2Reach;
import dev.netmove.engine.l2.VlanBlocked;
import dev.netmove.engine.l2.VlanGraph;
import dev.netmove.engine.topology.AnycastGateway;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Fhrp;
import dev.netmove.engine.topology.Glbp;
import dev.netmove.engine.topology.Hsrp;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Svi;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import dev.netmove.engine.topology.Vrrp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Works out which device answers a VM's default gateway, per layer-2 domain of the VM's VLAN
 * (TOPOLOGY.md, FHRP election): HSRP and VRRP elect the highest priority, then the highest interface
 * IP; GLBP's AVG hands out the group's forwarders round-robin; the vPC / VSS peer of the active
 * forwards too; with {@code anycast: true} every device with the SVI serves. FHRP hellos travel in
 * the VLAN and are dropped on {@code fhrpFilter} links, so each side of a filter elects its own.
 * Also says which devices attract routed traffic back into a VLAN. Safe to share between threads.
 */
public final class GatewayResolver {

    private static final Comparator<Candidate> ELECTION = Comparator
            .comparingInt((Candidate c) -> c.priority()).reversed()
            .thenComparing(Candidate::address, Comparator.reverseOrder())
            .thenComparing(c -> c.device().name());

    private final Layer2Analysis layer2;
    private final Topology topology;
    // hello domains per VLAN and device: one search serves every switch of a domain (a search from
    // each gateway candidate over the whole VLAN made one flow analysis cost tens of milliseconds)
    private final java.util.concurrent.ConcurrentMap<Integer, java.util.Map<String, HelloDomain>> helloDomains =
            new java.util.concurrent.ConcurrentHashMap<>();
    // per VLAN and layer-2 domain, the devices with an SVI in the VLAN
    private final java.util.concurrent.ConcurrentMap<Integer, java.util.Map<Set<String>, List<Candidate>>>
            candidatesByDomain = new java.util.concurrent.ConcurrentHashMap<>();
    // per VLAN, each device's layer-2 domain: one set per domain, shared by its members (asked many times per flow)
    private final java.util.concurrent.ConcurrentMap<Integer, java.util.Map<String, SortedSet<String>>> segments =
            new java.util.concurrent.ConcurrentHashMap<>();

    public GatewayResolver(Layer2Analysis layer2) {
        this.layer2 = layer2;
        this.topology = layer2.topology();
    }

    /** A device with an SVI in the VLAN, with the numbers its election compares. */
    private record Candidate(Device device, Svi svi) {
        Optional<Fhrp> fhrp() {
            return svi.fhrp();
        }

        int priority() {
            Fhrp f = svi.fhrp().orElse(null);
            if (f instanceof Hsrp h) {
                return h.priority();
            }
            if (f instanceof Vrrp v) {
                return v.priority();
            }
            return f instanceof Glbp g ? g.priority() : Fhrp.DEFAULT_PRIORITY;
        }

        dev.netmove.engine.topology.Ipv4Address address() {
            return svi.ip().orElseThrow().address();
        }

        /** The protocol and group, e.g. "hsrp 110"; anycast and plain SVIs have none. */
        String group() {
            return svi.fhrp().map(f -> f.protocol() + " " + groupNumber()).orElse("");
        }

        int groupNumber() {
            Fhrp f = svi.fhrp().orElse(null);
            if (f instanceof Hsrp h) {
                return h.group();
            }
            if (f instanceof Vrrp v) {
                return v.group();
            }
            return f instanceof Glbp g ? g.group() : 0;
        }
    }

    /** The devices in {@code device}'s layer-2 domain of {@code vlan} ({@link Layer2Analysis#segment}), computed once per domain. */
    public SortedSet<String> segment(int vlan, String device) {
        java.util.Map<String, SortedSet<String>> known = segments.computeIfAbsent(vlan,
                v -> new java.util.concurrent.ConcurrentHashMap<>());
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
        SortedSet<String> segment = segment(vlan, host);
        List<Candidate> inSegment = candidates(vlan, segment);
        if (inSegment.isEmpty()) {
            throw new FlowAnalysisException("VM " + vmName + " on host " + host + " has no default gateway: no device in "
                    + "its layer-2 domain of VLAN " + vlan + " has an SVI in VLAN " + vlan + withSvi(vlan)
                    + "; add an SVI for VLAN " + vlan + " on a switch that VLAN " + vlan + " reaches from " + host);
        }
        List<Candidate> anycast = inSegment.stream().filter(c -> c.fhrp().orElse(null) instanceof AnycastGateway).toList();
        if (!anycast.isEmpty()) {
            return nearest(vmName, vlan, host, anycast, GatewayKind.ANYCAST);
        }
        HelloDomain hellos = helloDomain(vlan, host);
        List<Candidate> local = inSegment.stream().filter(c -> hellos.devices().contains(c.device().name())).toList();
        List<Candidate> voters = local.isEmpty() ? inSegment : local;
        Optional<Candidate> reference = voters.stream().filter(c -> c.fhrp().isPresent()).findFirst();
        if (reference.isEmpty()) {
            return nearest(vmName, vlan, host, voters, GatewayKind.SVI);
        }
        String groupKey = reference.get().group();
        List<Candidate> group = voters.stream().filter(c -> c.group().equals(groupKey)).toList();
        Election election = elect(group, hellos.filters());
        Candidate winner = election.winner();
        if (winner.fhrp().get() instanceof Glbp) {
            return glbpForwarder(vmName, vlan, host, group, election);
        }
        Layer2Path toActive = pathTo(vlan, host, winner.device().name());
        Optional<Candidate> peer = vpcPeerInGroup(winner, group);
        if (peer.isPresent()) {
            Layer2Path toPeer = pathTo(vlan, host, peer.get().device().name());
            if (toPeer.hops() < toActive.hops()) {
                return new Gateway(vmName, vlan, peer.get().device().name(), GatewayKind.VPC,
                        peer.get().device().name() + " forwards for " + protocol(winner) + " group " + winner.groupNumber()
                                + " as vPC peer of " + winner.device().name() + ", and host " + host + " reaches it first ("
                                + hops(toPeer.hops()) + " against " + toActive.hops() + "); " + election.explanation(),
                        toPeer);
            }
            return new Gateway(vmName, vlan, winner.device().name(), kindOf(winner),
                    election.explanation() + "; its vPC peer " + peer.get().device().name()
                            + " forwards too, but host " + host + " reaches " + winner.device().name() + " first",
                    toActive);
        }
        return new Gateway(vmName, vlan, winner.device().name(), kindOf(winner), election.explanation(), toActive);
    }

    /**
     * The devices that attract routed traffic for VLAN {@code vlan}'s subnet and reach host
     * {@code host} in it, sorted: every anycast gateway; the HSRP / VRRP active of each hello domain
     * (and its vPC peer in the same group); every GLBP member; every plain SVI.
     */
    public List<String> attractors(int vlan, String host) {
        SortedSet<String> segment = segment(vlan, host);
        List<Candidate> all = candidates(vlan, segment);
        List<Candidate> anycast = all.stream().filter(c -> c.fhrp().orElse(null) instanceof AnycastGateway).toList();
        if (!anycast.isEmpty()) {
            return names(anycast);
        }
        Optional<Candidate> reference = all.stream().filter(c -> c.fhrp().isPresent()).findFirst();
        if (reference.isEmpty()) {
            return names(all);
        }
        List<Candidate> group = all.stream().filter(c -> c.group().equals(reference.get().group())).toList();
        if (reference.get().fhrp().get() instanceof Glbp) {
            return names(group);
        }
        TreeSet<String> chosen = new TreeSet<>();
        Set<String> assigned = new HashSet<>();
        for (Candidate candidate : group) {
            if (assigned.contains(candidate.device().name())) {
                continue;
            }
            HelloDomain domain = helloDomain(vlan, candidate.device().name());
            List<Candidate> voters = group.stream().filter(c -> domain.devices().contains(c.device().name())).toList();
            voters.forEach(c -> assigned.add(c.device().name()));
            Candidate winner = elect(voters, domain.filters()).winner();
            chosen.add(winner.device().name());
            vpcPeerInGroup(winner, voters).ifPresent(p -> chosen.add(p.device().name()));
        }
        return List.copyOf(chosen);
    }

    private static List<String> names(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.device().name()).sorted().toList();
    }

    private List<Candidate> candidates(int vlan, Set<String> segment) {
        // segments are shared per layer-2 domain, so their identity is the domain's
        java.util.Map<Set<String>, List<Candidate>> known = candidatesByDomain.computeIfAbsent(vlan,
                v -> java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>()));
        return known.computeIfAbsent(segment, s -> searchCandidates(vlan, s));
    }

    private List<Candidate> searchCandidates(int vlan, Set<String> segment) {
        List<Candidate> found = new ArrayList<>();
        for (String name : segment) {
            Device device = topology.requireDevice(name);
            if (!device.isHost() && topology.isUp(device)) {
                device.svi(vlan).filter(s -> s.ip().isPresent()).ifPresent(svi -> found.add(new Candidate(device, svi)));
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

    private Optional<Candidate> vpcPeerInGroup(Candidate winner, List<Candidate> group) {
        return winner.device().vpcPeer().flatMap(peer -> group.stream()
                .filter(c -> c.device().name().equals(peer)).findFirst());
    }

    private static GatewayKind kindOf(Candidate winner) {
        Fhrp f = winner.fhrp().orElseThrow();
        if (f instanceof Hsrp) {
            return GatewayKind.HSRP;
        }
        if (f instanceof Vrrp) {
            return GatewayKind.VRRP;
        }
        return f instanceof Glbp ? GatewayKind.GLBP : GatewayKind.ANYCAST;
    }

    private static String protocol(Candidate candidate) {
        return candidate.fhrp().map(f -> f.protocol().toUpperCase(java.util.Locale.ROOT)).orElse("SVI");
    }

    private static String role(Candidate candidate) {
        Fhrp f = candidate.fhrp().orElseThrow();
        if (f instanceof Vrrp) {
            return "master";
        }
        return f instanceof Glbp ? "AVG" : "active";
    }

    /** The winner of one group's election and the sentence that explains it. */
    private record Election(Candidate winner, String explanation) {
    }

    private Election elect(List<Candidate> group, List<Link> filters) {
        List<Candidate> ranked = new ArrayList<>(group);
        ranked.sort(ELECTION);
        Candidate winner = ranked.get(0);
        StringBuilder text = new StringBuilder(winner.device().name()).append(" is ").append(protocol(winner))
                .append(' ').append(role(winner)).append(" for group ").append(winner.groupNumber()).append(": ");
        if (ranked.size() == 1) {
            text.append("the only ").append(protocol(winner)).append(" router of VLAN ").append(winner.svi().vlan())
                    .append(" in its hello domain");
        } else {
            List<String> lower = new ArrayList<>();
            List<String> ties = new ArrayList<>();
            for (Candidate loser : ranked.subList(1, ranked.size())) {
                if (loser.priority() < winner.priority()) {
                    lower.add(loser.device().name() + "'s " + loser.priority());
                } else {
                    ties.add(loser.device().name() + "'s " + loser.address());
                }
            }
            List<String> parts = new ArrayList<>();
            if (!lower.isEmpty()) {
                parts.add("priority " + winner.priority() + " beats " + String.join(", ", lower));
            }
            if (!ties.isEmpty()) {
                parts.add((lower.isEmpty() ? "priority " + winner.priority() + " ties, and " : "")
                        + "its IP " + winner.address() + " beats " + String.join(", ", ties));
            }
            text.append(String.join("; ", parts));
        }
        if (!filters.isEmpty()) {
            text.append(" (FHRP hellos are dropped on link ")
                    .append(String.join(", ", filters.stream().map(Link::name).toList()))
                    .append(", so this side elects its own)");
        }
        return new Election(winner, text.toString());
    }

    private Gateway glbpForwarder(String vmName, int vlan, String host, List<Candidate> group, Election election) {
        List<String> forwarders = names(group);
        List<String> vmsOfVlan = topology.vms().values().stream()
                .filter(v -> topology.requireHost(v.host()).hostConfig().portGroup(v.portGroup())
                        .map(PortGroup::vlan).orElse(-1) == vlan)
                .map(Vm::name).sorted().toList();
        int index = vmsOfVlan.indexOf(vmName);
        String forwarder = forwarders.get(index % forwarders.size());
        return new Gateway(vmName, vlan, forwarder, GatewayKind.GLBP,
                forwarder + " is GLBP forwarder " + (index % forwarders.size() + 1) + " of group "
                        + election.winner().groupNumber() + " for " + vmName + ": the AVG hands out forwarders "
                        + String.join(", ", forwarders) + " round-robin to the VMs of VLAN " + vlan + " by name ("
                        + vmName + " is VM " + (index + 1) + " of " + vmsOfVlan.size() + "); "
                        + election.explanation(),
                pathTo(vlan, host, forwarder));
    }

    private Gateway nearest(String vmName, int vlan, String host, List<Candidate> candidates, GatewayKind kind) {
        Layer2Path best = null;
        for (Candidate candidate : candidates) {
            Layer2Path path = pathTo(vlan, host, candidate.device().name());
            if (best == null || path.hops() < best.hops()) {
                best = path;
            }
        }
        String served = best.to();
        List<String> others = candidates.stream().map(c -> c.device().name()).filter(n -> !n.equals(served)).toList();
        String text;
        if (kind == GatewayKind.ANYCAST) {
            text = best.to() + " serves anycast gateway " + candidates.get(0).svi().gatewayAddress().orElseThrow()
                    + " nearest to host " + host + " (" + hops(best.hops()) + ")"
                    + (others.isEmpty() ? "" : "; also anycast: " + String.join(", ", others));
        } else {
            text = best.to() + (others.isEmpty() ? " has the only SVI of VLAN " + vlan + " in the VM's layer-2 domain"
                    : " has the SVI of VLAN " + vlan + " nearest to host " + host + " (" + hops(best.hops())
                    + "; also " + String.join(", ", others) + ")");
        }
        return new Gateway(vmName, vlan, best.to(), kind, text, best);
    }

    private static String hops(int hops) {
        return hops + (hops == 1 ? " hop" : " hops");
    }

    private Layer2Path pathTo(int vlan, String from, String to) {
        Layer2Reach reach = layer2.reach(vlan, from, to);
        if (reach instanceof Layer2Path path) {
            return path;
        }
        throw new FlowAnalysisException("VLAN " + vlan + " does not take host " + from + " to gateway " + to + ": "
                + ((VlanBlocked) reach).drop().describe());
    }

    /** The devices FHRP hellos reach in a VLAN from one device, and the filtering links at its edge. */
    private record HelloDomain(Set<String> devices, List<Link> filters) {
    }

    /** Like {@link VlanGraph#segment(String)}, but hellos are dropped on {@code fhrpFilter} links. */
    private HelloDomain helloDomain(int vlan, String start) {
        java.util.Map<String, HelloDomain> known =
                helloDomains.computeIfAbsent(vlan, v -> new java.util.concurrent.ConcurrentHashMap<>());
        HelloDomain cached = known.get(start);
        if (cached != null) {
            return cached;
        }
        VlanGraph graph = layer2.vlanGraph(vlan);
        HelloDomain domain = searchHelloDomain(graph, start);
        known.put(start, domain);
        if (graph.contains(start) && graph.bridges(start)) {
            // from any bridge of the domain, the same search reaches the same devices
            for (String member : domain.devices()) {
                if (graph.bridges(member)) {
                    known.putIfAbsent(member, domain);
                }
            }
        }
        return domain;
    }

    private static HelloDomain searchHelloDomain(VlanGraph graph, String start) {
        Set<String> seen = new HashSet<>();
        TreeSet<String> filterNames = new TreeSet<>();
        List<Link> filters = new ArrayList<>();
        if (!graph.contains(start)) {
            return new HelloDomain(Set.of(start), List.of());
        }
        ArrayDeque<String> queue = new ArrayDeque<>();
        seen.add(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            if (!current.equals(start) && !graph.bridges(current)) {
                continue;
            }
            for (Link link : graph.graph().edgesOf(current)) {
                if (link.fhrpFilter()) {
                    if (filterNames.add(link.name())) {
                        filters.add(link);
                    }
                    continue;
                }
                String next = link.otherDevice(current);
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
            for (String peer : graph.tunnelPeers(current)) {
                if (seen.add(peer)) {
                    queue.add(peer);
                }
            }
        }
        filters.sort(Comparator.comparing(Link::name));
        return new HelloDomain(seen, List.copyOf(filters));
    }
}
