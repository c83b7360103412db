/**
 * Gateways and flows: which device answers a VM's default gateway (HSRP, VRRP, GLBP, vPC pairs,
 * anycast, FHRP isolation), the routed path onward and the way back, and what a move changes for
 * every flow (core crossings, latency, symmetry through firewalls, extra load per link).
 *
 * <p>Start with {@link dev.netmove.engine.flow.FlowAnalysis}, one per topology. A
 * {@link dev.netmove.engine.flow.Gateway} says why it is the gateway as a value, a
 * {@link dev.netmove.engine.flow.GatewayReason} (the {@link dev.netmove.engine.flow.FhrpElection}
 * and what won it); the step library writes it as a sentence.
 */
package dev.netmove.engine.flow;
