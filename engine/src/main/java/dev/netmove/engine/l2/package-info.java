/**
 * Layer 2: which links carry a VLAN, the forwarding path between two devices in it, and, when a
 * VLAN does not get somewhere, the first link, port or device that drops it.
 *
 * <p>Start with {@link dev.netmove.engine.l2.Layer2Analysis}, one per topology. Only switches
 * bridge; hosts, routers, firewalls and external networks are endpoints of a VLAN, never transit.
 */
package dev.netmove.engine.l2;
