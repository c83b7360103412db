package dev.netmove.engine.flow;

import dev.netmove.engine.topology.Ipv4Address;
import java.util.List;
import java.util.Objects;

/**
 * One FHRP group's election in one hello domain (TOPOLOGY.md, FHRP election) and what won it: the
 * highest priority, then the highest interface IP.
 *
 * @param winner the device elected (HSRP active, VRRP master, GLBP AVG)
 * @param protocol the winner's protocol, group and priority
 * @param vlan the VLAN of the SVIs that voted
 * @param address the winner's interface IP
 * @param rivals the other voters, best first
 * @param helloFilters the {@code fhrpFilter} links that bound the hello domain, by name; empty when
 *        hellos reach the whole layer-2 domain
 */
public record FhrpElection(String winner, GatewayProtocol.FhrpGroup protocol, int vlan, Ipv4Address address, List<Rival> rivals,
                           List<String> helloFilters) {
    public FhrpElection {
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(address, "address");
        rivals = List.copyOf(rivals);
        helloFilters = List.copyOf(helloFilters);
    }

    /** A device that voted and lost, with the numbers compared. */
    public record Rival(String device, int priority, Ipv4Address address) {
        public Rival {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(address, "address");
        }
    }

    /** Whether the winner was alone in its hello domain. */
    public boolean unopposed() {
        return rivals.isEmpty();
    }

    /** The rivals the winner beat by priority. */
    public List<Rival> beatenByPriority() {
        return rivals.stream().filter(r -> r.priority() < protocol.priority()).toList();
    }

    /** The rivals with the winner's priority, beaten by its higher interface IP. */
    public List<Rival> beatenByAddress() {
        return rivals.stream().filter(r -> r.priority() >= protocol.priority()).toList();
    }
}
