package dev.netmove.engine.topology;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.TimeSpan;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A hypervisor family whose live-migration defaults netmove knows (TOPOLOGY.md, calibration.md);
 * the keys under {@code migration:} override them.
 */
public enum MigrationProfile {
    // streamCap: one vMotion stream (one vmknic) measured 18 Gbit/s on 40GbE (Broadcom KB 323379): 18 / 95% = 19
    VSPHERE(Optional.of(TimeSpan.ofMillis(500)), OptionalInt.empty(), Optional.of(Bandwidth.ofGbps(19)),
            OptionalInt.empty(), Convergence.SLOW_GUEST, OptionalInt.empty(), OptionalInt.empty()),
    KVM(Optional.of(TimeSpan.ofMillis(300)), OptionalInt.empty(), Optional.of(Bandwidth.parse("128MiB/s")),
            OptionalInt.of(1), Convergence.NEVER, OptionalInt.empty(), OptionalInt.empty()),
    XEN(Optional.empty(), OptionalInt.of(30), Optional.empty(),
            OptionalInt.of(1), Convergence.GIVE_UP, OptionalInt.of(50), OptionalInt.of(3)),
    HYPERV(Optional.of(TimeSpan.ofMillis(500)), OptionalInt.empty(), Optional.empty(),
            OptionalInt.of(2), Convergence.SLOW_GUEST, OptionalInt.empty(), OptionalInt.empty());

    private final Optional<TimeSpan> maxDowntime;
    private final OptionalInt maxRounds;
    private final Optional<Bandwidth> streamCap;
    private final OptionalInt concurrentPerHost;
    private final Convergence convergence;
    private final OptionalInt stopBelowDirtyPages;
    private final OptionalInt maxSentMemoryMultiple;

    MigrationProfile(Optional<TimeSpan> maxDowntime, OptionalInt maxRounds, Optional<Bandwidth> streamCap,
                     OptionalInt concurrentPerHost, Convergence convergence, OptionalInt stopBelowDirtyPages,
                     OptionalInt maxSentMemoryMultiple) {
        this.maxDowntime = maxDowntime;
        this.maxRounds = maxRounds;
        this.streamCap = streamCap;
        this.concurrentPerHost = concurrentPerHost;
        this.convergence = convergence;
        this.stopBelowDirtyPages = stopBelowDirtyPages;
        this.maxSentMemoryMultiple = maxSentMemoryMultiple;
    }

    /** The switchover target: pre-copy stops when the next round fits in it; empty = none (xen). */
    public Optional<TimeSpan> maxDowntime() {
        return maxDowntime;
    }

    /** The most pre-copy rounds; empty = no limit. */
    public OptionalInt maxRounds() {
        return maxRounds;
    }

    /** One migration stream's ceiling; empty = none. */
    public Optional<Bandwidth> streamCap() {
        return streamCap;
    }

    /** Concurrent migrations per host; empty = auto (4 on 1GbE, 8 on 10GbE and faster). */
    public OptionalInt concurrentPerHost() {
        return concurrentPerHost;
    }

    public Convergence convergence() {
        return convergence;
    }

    /** Xen also stops pre-copy when fewer than this many pages were dirtied in a round. */
    public OptionalInt stopBelowDirtyPages() {
        return stopBelowDirtyPages;
    }

    /** Xen also stops pre-copy after sending this many times the VM's memory. */
    public OptionalInt maxSentMemoryMultiple() {
        return maxSentMemoryMultiple;
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MigrationProfile> fromYaml(String text) {
        return Arrays.stream(values()).filter(p -> p.yamlName().equals(text)).findFirst();
    }

    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(MigrationProfile::yamlName).toList();
    }

    @Override
    public String toString() {
        return yamlName();
    }
}
