package dev.netmove.engine.flow;

/**
 * A question about gateways or flows that the topology cannot answer: no gateway in the VM's
 * VLAN, no route to the peer, a static route to an address nobody has. The message says where and
 * how to fix the topology.
 */
public final class FlowAnalysisException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public FlowAnalysisException(String message) {
        super(message);
    }
}
