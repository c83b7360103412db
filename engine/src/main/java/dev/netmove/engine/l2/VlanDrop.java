package dev.netmove.engine.l2;

/**
 * Why a VLAN stops somewhere: the place that drops it, in a network engineer's terms.
 * {@link #describe()} is the sentence shown to users; {@code toString()} returns the same.
 */
public sealed interface VlanDrop
        permits DeviceDown, LinkDown, LinkRouted, PortDrop, BothEndsDrop, VlanMissingOnDevice, NotBridged,
        NoPhysicalPath, NativeVlanMismatch, VniMissing, VniMismatch {

    /** One sentence naming the place and the reason, e.g. {@code device agg2 is down}. */
    String describe();
}
