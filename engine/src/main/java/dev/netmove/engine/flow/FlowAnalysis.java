package dev.netmove.engine.flow;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.l2.Layer2Path;
import dev.netmove.engine.l2.Layer2Reach;
import dev.netmove.engine.l2.VlanBlocked;
import dev.netmove.engine.l2.Walk;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Flow;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.Svi;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The gateway and flow questions about one topology: which device serves a VM's default gateway,
 * and the path of its traffic to a peer and back: layer 2 to the gateway, routed onward to the
 * device that attracts the peer's subnet (or the peer device), then layer 2 to the peer's host.
 *
 * <p>The way back enters the VM's VLAN at the attracting device nearest the sender by IGP cost:
 * every anycast gateway, the HSRP / VRRP active of each hello domain and its vPC peer, every GLBP
 * member, every plain SVI. Peers in the VM's own layer-2 domain are reached by bridging alone.
 */
public final class FlowAnalysis {

    private final Layer2Analysis layer2;
    private final Topology topology;
    private final GatewayResolver gateways;
    private volatile RouteResolver routes;

    public FlowAnalysis(Topology topology) {
        this(new Layer2Analysis(topology));
    }

    public FlowAnalysis(Layer2Analysis layer2) {
        this.layer2 = layer2;
        this.topology = layer2.topology();
        this.gateways = new GatewayResolver(layer2);
    }

    public Topology topology() {
        return topology;
    }

    GatewayResolver gateways() {
        return gateways;
    }

    /** The routing of this topology, built the first time a flow is routed. */
    public RouteResolver routes() {
        RouteResolver resolver = routes;
        if (resolver == null) {
            synchronized (this) {
                resolver = routes;
                if (resolver == null) {
                    resolver = new RouteResolver(layer2);
                    routes = resolver;
                }
            }
        }
        return resolver;
    }

    /** The device serving VM {@code vm}'s default gateway; see {@link GatewayResolver#resolve(String)}. */
    public Gateway gatewayOf(String vm) {
        return gateways.resolve(vm);
    }

    /** The traffic from the VM's host to its default gateway. */
    public TrafficPath pathToGateway(String vm) {
        Gateway gateway = gatewayOf(vm);
        return TrafficPath.of(topology, gateway.path().walk());
    }

    /** Both directions of the traffic between VM {@code vmName} and {@code peer} (a VM or a device). */
    public FlowRoute route(String vmName, String peer) {
        Vm vm = topology.requireVm(vmName);
        if (peer.equals(vmName)) {
            throw new FlowAnalysisException("VM " + vmName + " cannot talk to itself; name another VM or a device");
        }
        int vlan = gateways.vlanOf(vmName);
        String host = vm.host();
        List<String> notes = new ArrayList<>();
        Optional<Vm> peerVm = topology.vm(peer);
        if (peerVm.isEmpty() && topology.device(peer).isEmpty()) {
            topology.requireDevice(peer); // no VM and no device of that name: the closest names
        }
        String peerEnd = peerVm.map(Vm::host).orElse(peer);
        int peerVlan = peerVm.isPresent() ? gateways.vlanOf(peer) : vlan;
        if (peerVlan == vlan && gateways.segment(vlan, host).contains(peerEnd)) {
            notes.add(peer + " is in VLAN " + vlan + " with " + vmName + ": bridged, no gateway");
            return new FlowRoute(vmName, peer, bridged(vlan, host, peerEnd), bridged(vlan, peerEnd, host),
                    Optional.empty(), notes);
        }
        Gateway gateway = gatewayOf(vmName);
        TrafficPath outbound = TrafficPath.of(topology, gateway.path().walk());
        TrafficPath inbound;
        if (peerVm.isPresent()) {
            outbound = intoVlan(outbound, gateway.device(), peer, peerVlan, peerEnd, notes);
            Gateway back = gatewayOf(peer);
            inbound = TrafficPath.of(topology, back.path().walk());
            inbound = intoVlan(inbound, back.device(), vmName, vlan, host, notes);
        } else {
            Route route = routes().route(gateway.device(), List.of(peer), addressesOf(topology.requireDevice(peer)), peer);
            notes.addAll(route.notes());
            outbound = outbound.then(topology, route.walk());
            inbound = TrafficPath.of(topology, Walk.at(peer));
            inbound = intoVlan(inbound, peer, vmName, vlan, host, notes);
        }
        return new FlowRoute(vmName, peer, outbound, inbound, Optional.of(gateway), notes);
    }

    /** The path of {@code flow} in its own direction (from {@code from} to {@code to}). */
    public TrafficPath pathOf(Flow flow) {
        if (topology.vm(flow.from()).isPresent()) {
            return route(flow.from(), flow.to()).outbound();
        }
        if (topology.vm(flow.to()).isPresent()) {
            return route(flow.to(), flow.from()).inbound();
        }
        Route route = routes().route(flow.from(), List.of(flow.to()), addressesOf(topology.requireDevice(flow.to())),
                flow.to());
        return TrafficPath.of(topology, route.walk());
    }

    /** {@code path} routed on from {@code router} into VLAN {@code vlan} and bridged to {@code host}, where {@code vm} runs. */
    private TrafficPath intoVlan(TrafficPath path, String router, String vm, int vlan, String host, List<String> notes) {
        List<String> attractors = gateways.attractors(vlan, host);
        if (attractors.isEmpty()) {
            throw new FlowAnalysisException("nothing routes traffic into VLAN " + vlan + " towards VM " + vm + " on host "
                    + host + ": no device in that layer-2 domain of VLAN " + vlan + " has an SVI in it; add one");
        }
        Route route = routes().route(router, attractors, addressesOf(vm, vlan, attractors.get(0)), "VM " + vm);
        notes.addAll(route.notes());
        if (attractors.size() > 1) {
            notes.add("traffic for VM " + vm + " enters VLAN " + vlan + " at " + route.to() + ", nearest of "
                    + String.join(", ", attractors) + " to " + router);
        }
        return path.then(topology, route.walk()).then(topology, bridged(vlan, route.to(), host).walk());
    }

    private TrafficPath bridged(int vlan, String from, String to) {
        Layer2Reach reach = layer2.reach(vlan, from, to);
        if (reach instanceof Layer2Path path) {
            return TrafficPath.of(topology, path.walk());
        }
        throw new FlowAnalysisException("VLAN " + vlan + " does not take " + from + " to " + to + ": "
                + ((VlanBlocked) reach).drop().describe());
    }

    private List<RouteResolver.Destination> addressesOf(String vmName, int vlan, String attractor) {
        Svi svi = topology.requireDevice(attractor).svi(vlan).orElseThrow();
        int length = svi.ip().orElseThrow().prefixLength();
        Vm vm = topology.requireVm(vmName);
        return List.of(new RouteResolver.Destination(
                vm.ip().orElse(svi.ip().orElseThrow().subnet().network()), length));
    }

    private List<RouteResolver.Destination> addressesOf(Device device) {
        List<RouteResolver.Destination> found = new ArrayList<>();
        for (Link link : topology.linksOf(device.name())) {
            LinkEnd end = link.end(device.name());
            end.ip().ifPresent(ip -> found.add(new RouteResolver.Destination(ip.address(), ip.prefixLength())));
        }
        for (Svi svi : device.svis().values()) {
            svi.ip().ifPresent(ip -> found.add(new RouteResolver.Destination(ip.address(), ip.prefixLength())));
        }
        return found;
    }
}
