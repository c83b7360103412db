package dev.netmove.engine.change;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.AnycastGateway;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Fhrp;
import dev.netmove.engine.topology.Glbp;
import dev.netmove.engine.topology.Hsrp;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.Svi;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vrrp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration what-ifs of STEPS.md "Given: a network change": each returns a new topology, as a
 * link or device going down does. Everything that follows from a setting follows from it (a link's speed
 * gives its STP port cost, its default IGP cost and {@code concurrentPerHost: auto}). A link is named as
 * {@link LinkLookup} finds it (its name, else its ends in either order); messages use its name.
 */
public final class ConfigurationChanges {

    private ConfigurationChanges() {
    }

    /** VLAN {@code vlan} off both ends' allowed lists of link {@code name}; an access port in that VLAN goes down. */
    public static Topology vlanRemovedFromLink(Topology topology, String name, int vlan) {
        VlanSet.checkId(vlan); // a VLAN out of range is that, before any device is asked whether it has it
        Link link = LinkLookup.require(topology, name);
        if (link.a().mode() == LinkMode.ACCESS && link.a().allows(vlan)
                || link.b().mode() == LinkMode.ACCESS && link.b().allows(vlan)) {
            return topology.withLinkDown(link.name());
        }
        VlanSet one = VlanSet.of(vlan);
        return topology.withLink(withEnds(link, trunk(link.a(), link.a().vlans().minus(one)),
                trunk(link.b(), link.b().vlans().minus(one))));
    }

    /** VLAN {@code vlan} onto both ends' allowed lists of link {@code name}; both devices must have it. */
    public static Topology vlanAddedToLink(Topology topology, String name, int vlan) {
        VlanSet.checkId(vlan); // a VLAN out of range is that, before any device is asked whether it has it
        Link link = LinkLookup.require(topology, name);
        for (LinkEnd end : link.ends()) {
            Device device = topology.requireDevice(end.device());
            if (!device.effectiveVlans().contains(vlan)) {
                throw new ConfigurationChangeException("VLAN " + vlan + " cannot be added to link " + link.name()
                        + ": device " + device.name() + " does not have VLAN " + vlan + " (its VLANs: "
                        + device.effectiveVlans() + "); add the VLAN to the device first");
            }
            if (end.mode() != LinkMode.TRUNK) {
                throw new ConfigurationChangeException("VLAN " + vlan + " cannot be added to link " + link.name() + ": "
                        + end.endpoint() + " is " + (end.mode() == LinkMode.ACCESS ? "an access port in VLAN "
                        + end.nativeVlan() : "a routed port") + "; only a trunk carries a list of VLANs");
            }
        }
        VlanSet one = VlanSet.of(vlan);
        return topology.withLink(withEnds(link, trunk(link.a(), link.a().vlans().union(one)),
                trunk(link.b(), link.b().vlans().union(one))));
    }

    /** VLAN {@code vlan} deleted from switch {@code name} (its SVI in that VLAN goes with it). */
    public static Topology vlanRemovedFromDevice(Topology topology, String name, int vlan) {
        VlanSet.checkId(vlan); // a VLAN out of range is that, before any device is asked whether it has it
        Device d = topology.requireDevice(name);
        if (d.isHost()) {
            throw new ConfigurationChangeException("device " + name + " is a host: its VLANs come from its port groups "
                    + "and vMotion interface; remove the VLAN from a switch, or from a link");
        }
        if (!d.vlans().contains(vlan)) {
            throw new ConfigurationChangeException("device " + name + " does not have VLAN " + vlan + " (its VLANs: "
                    + d.vlans() + ")");
        }
        Map<Integer, Svi> svis = new LinkedHashMap<>(d.svis());
        svis.remove(vlan);
        return topology.withDevice(new Device(d.name(), d.role(), d.site(), d.pod(), d.vlans().minus(VlanSet.of(vlan)),
                d.stp(), svis, d.vpcPeer(), d.vxlan(), d.routes(), d.host()));
    }

    /** Link {@code name} running at {@code speed}. */
    public static Topology linkSpeed(Topology topology, String name, Bandwidth speed) {
        Link l = LinkLookup.require(topology, name);
        if (speed.bitsPerSecond() <= 0) {
            throw new ConfigurationChangeException("link " + l.name() + " cannot run at " + speed
                    + ": write a speed above zero, such as 10Gbps (a link that carries nothing is down: 'Given link \""
                    + name + "\" is down')");
        }
        Bandwidth load = l.load().forward().max(l.load().reverse());
        if (load.compareTo(speed) > 0) {
            throw new ConfigurationChangeException("link " + l.name() + " already carries " + load
                    + " of background load: it cannot run at " + speed + "; write at least " + load
                    + ", or lower its load first");
        }
        return topology.withLink(new Link(l.name(), l.a(), l.b(), speed, l.latency(), l.lag(), l.load(),
                l.vmotionShare(), l.fhrpFilter(), l.cost()));
    }

    /** The FHRP priority of device {@code name}'s SVI in VLAN {@code vlan} set to {@code priority}. */
    public static Topology gatewayPriority(Topology topology, String name, int vlan, int priority) {
        VlanSet.checkId(vlan);
        Device d = topology.requireDevice(name);
        Optional<Fhrp> fhrp = d.svi(vlan).flatMap(Svi::fhrp);
        if (fhrp.isEmpty() || fhrp.get() instanceof AnycastGateway) {
            throw new ConfigurationChangeException("device " + name + " has no HSRP, VRRP or GLBP SVI in VLAN " + vlan
                    + (d.svis().isEmpty() ? " (it has no SVIs)" : " (its SVIs: " + d.svis().keySet() + ")"));
        }
        if (priority < 0 || priority > 255) {
            throw new ConfigurationChangeException("gateway priority " + priority + " is outside 0-255");
        }
        Fhrp changed = fhrp.get() instanceof Hsrp h ? new Hsrp(h.group(), h.vip(), priority)
                : fhrp.get() instanceof Vrrp v ? new Vrrp(v.group(), v.vip(), priority)
                : new Glbp(((Glbp) fhrp.get()).group(), fhrp.get().gateway(), priority);
        Svi svi = d.svi(vlan).orElseThrow();
        Map<Integer, Svi> svis = new LinkedHashMap<>(d.svis());
        svis.put(vlan, new Svi(vlan, svi.ip(), Optional.of(changed), svi.transit()));
        return topology.withDevice(new Device(d.name(), d.role(), d.site(), d.pod(), d.vlans(), d.stp(), svis,
                d.vpcPeer(), d.vxlan(), d.routes(), d.host()));
    }

    private static LinkEnd trunk(LinkEnd end, VlanSet vlans) {
        return end.mode() == LinkMode.TRUNK ? LinkEnd.trunk(end.device(), end.port(), vlans, end.nativeVlan()) : end;
    }

    private static Link withEnds(Link l, LinkEnd a, LinkEnd b) {
        return new Link(l.name(), a, b, l.speed(), l.latency(), l.lag(), l.load(), l.vmotionShare(), l.fhrpFilter(),
                l.cost());
    }
}
