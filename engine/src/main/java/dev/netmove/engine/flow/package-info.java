/**
 * Gateways and flows: which device answers a VM's default gateway (HSRP, VRRP, GLBP, vPC pairs,
 * anycast, FHRP isolation), the routed path onward and the way back, and what a move changes for
 * every flow (core crossings, latency, symmetry through firewalls, extra load per link).
 *
 * <p>Start with {@link dev.netmove.engine.flow.FlowAnalysis}, one per topology.
 */
package dev.netmove.engine.flow;
