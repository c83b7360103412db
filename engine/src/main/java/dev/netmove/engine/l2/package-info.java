/**
 * Layer 2: which links carry a VLAN, its rapid-PVST spanning tree (port-channels, vPC pairs and
 * VXLAN fabrics included), the forwarding path between two devices in it, and, when a VLAN does
 * not get somewhere, the first link, port, device or VTEP that drops it.
 *
 * <p>Start with {@link dev.netmove.engine.l2.Layer2Analysis}, one per topology. Only switches
 * bridge; hosts, routers, firewalls and external networks are endpoints of a VLAN, never transit.
 * {@link dev.netmove.engine.l2.IgpShortestPaths} gives the routed paths that VXLAN tunnels and
 * routed vMotion take.
 */
package dev.netmove.engine.l2;
