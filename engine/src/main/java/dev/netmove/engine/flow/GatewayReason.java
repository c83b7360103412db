package dev.netmove.engine.flow;

import dev.netmove.engine.topology.Ipv4Address;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a device serves a VM's default gateway, in the network's terms: an FHRP election, a vPC peer
 * nearer than the active, a GLBP forwarder handed out by the AVG, the nearest anycast gateway or
 * SVI. The step library writes it as a sentence.
 */
public sealed interface GatewayReason {

    /** The device that serves. */
    String device();

    /** The winner of {@code election} serves (HSRP active, VRRP master); a vPC peer that forwards too, if any, is farther. */
    record Elected(FhrpElection election, Optional<FartherVpcPeer> vpcPeer) implements GatewayReason {
        public Elected {
            Objects.requireNonNull(election, "election");
            Objects.requireNonNull(vpcPeer, "vpcPeer");
        }

        @Override
        public String device() {
            return election.winner();
        }
    }

    /** The active's vPC peer, which forwards too but which {@code host} reaches no sooner. */
    record FartherVpcPeer(String peer, String host) {
        public FartherVpcPeer {
            Objects.requireNonNull(peer, "peer");
            Objects.requireNonNull(host, "host");
        }
    }

    /** The vPC peer of the election's winner forwards for the group, and {@code host} reaches it in fewer hops. */
    record VpcPeerNearer(String device, String host, int hops, int hopsToActive, FhrpElection election)
            implements GatewayReason {
        public VpcPeerNearer {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(election, "election");
        }
    }

    /**
     * The GLBP AVG hands out {@code forwarders} round-robin to the VMs of the VLAN by name: VM
     * number {@code vmNumber} of {@code vmCount} gets forwarder number {@code number} (both from 1).
     */
    record GlbpForwarder(String device, int number, List<String> forwarders, String vm, int vmNumber, int vmCount,
                         FhrpElection election) implements GatewayReason {
        public GlbpForwarder {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(vm, "vm");
            Objects.requireNonNull(election, "election");
            forwarders = List.copyOf(forwarders);
        }
    }

    /** Every device with the anycast SVI serves {@code address}; this one is the nearest to {@code host}. */
    record NearestAnycast(String device, Ipv4Address address, String host, int hops, List<String> others)
            implements GatewayReason {
        public NearestAnycast {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(host, "host");
            others = List.copyOf(others);
        }
    }

    /** A plain SVI (no FHRP) of {@code vlan}: the only one in the VM's layer-2 domain ({@code others} empty), or the nearest. */
    record NearestSvi(String device, int vlan, String host, int hops, List<String> others) implements GatewayReason {
        public NearestSvi {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(host, "host");
            others = List.copyOf(others);
        }
    }
}
