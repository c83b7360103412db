/**
 * Layer 2: which links carry a VLAN, its rapid-PVST spanning tree (port-channels, vPC pairs and
 * VXLAN fabrics included), the forwarding path between two devices in it, and, when a VLAN does
 * not get somewhere, the first link, port, device or VTEP that drops it.
 *
 * <p>Start with {@link dev.netmove.engine.l2.Layer2Analysis}, one per topology. Only switches
 * bridge; hosts, routers, firewalls and external networks are endpoints of a VLAN, never transit.
 * {@link dev.netmove.engine.l2.IgpShortestPaths} gives the routed paths that VXLAN tunnels and
 * routed vMotion take.
 *
 * <p>Every path of the engine is a {@link dev.netmove.engine.l2.Walk} (devices and links in order,
 * checked once, with its hops, core entries and printing) plus facts of its own
 * ({@link dev.netmove.engine.l2.AlongWalk}): {@link dev.netmove.engine.l2.Layer2Path} adds the
 * VLAN, {@link dev.netmove.engine.l2.RoutedPath} the IGP cost.
 */
package dev.netmove.engine.l2;
