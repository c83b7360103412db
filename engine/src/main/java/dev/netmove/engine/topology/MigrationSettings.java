package dev.netmove.engine.topology;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The live-migration model's parameters: a profile's defaults with the keys written under
 * {@code migration:} applied.
 *
 * @param profile the hypervisor family the defaults came from
 * @param maxDowntime switchover target: pre-copy stops when the next round fits in it; empty = none
 * @param maxRounds the most pre-copy rounds; empty = no limit
 * @param setupTime before the first byte is sent (default 1s)
 * @param deviceState CPU and device state sent during the switchover (default 8MiB)
 * @param resumeTime after the last byte, before the VM runs again (default 20ms)
 * @param streamEfficiency share of its bandwidth share one stream achieves (default 95%)
 * @param streamCap one stream's ceiling; empty = none
 * @param concurrentPerHost concurrent migrations per host; empty = auto (see {@link #concurrentPerHost(Bandwidth)})
 * @param convergence what happens when the guest dirties memory faster than it is sent
 * @param limits the limits that are not the network: host ceiling, scan rate, serial setup, window, distance
 */
public record MigrationSettings(MigrationProfile profile, Optional<TimeSpan> maxDowntime, OptionalInt maxRounds,
                                TimeSpan setupTime, DataSize deviceState, TimeSpan resumeTime,
                                Percent streamEfficiency, Optional<Bandwidth> streamCap,
                                OptionalInt concurrentPerHost, Convergence convergence, MigrationLimits limits) {

    public static final TimeSpan DEFAULT_SETUP_TIME = TimeSpan.ofSeconds(1);
    public static final DataSize DEFAULT_DEVICE_STATE = DataSize.ofMiB(8);
    public static final TimeSpan DEFAULT_RESUME_TIME = TimeSpan.ofMillis(20);
    public static final Percent DEFAULT_STREAM_EFFICIENCY = Percent.ofWhole(95);

    public MigrationSettings {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(maxDowntime, "maxDowntime");
        Objects.requireNonNull(maxRounds, "maxRounds");
        Objects.requireNonNull(setupTime, "setupTime");
        Objects.requireNonNull(deviceState, "deviceState");
        Objects.requireNonNull(resumeTime, "resumeTime");
        Objects.requireNonNull(streamEfficiency, "streamEfficiency");
        Objects.requireNonNull(streamCap, "streamCap");
        Objects.requireNonNull(concurrentPerHost, "concurrentPerHost");
        Objects.requireNonNull(convergence, "convergence");
        Objects.requireNonNull(limits, "limits");
        if (maxDowntime.isPresent() && maxDowntime.get().nanos() <= 0) {
            throw new IllegalArgumentException("maxDowntime must be more than zero");
        }
        if (maxRounds.isPresent() && maxRounds.getAsInt() < 1) {
            throw new IllegalArgumentException("maxRounds must be at least 1");
        }
        if (setupTime.nanos() < 0 || resumeTime.nanos() < 0) {
            throw new IllegalArgumentException("setupTime and resumeTime cannot be negative");
        }
        if (deviceState.bytes() < 0) {
            throw new IllegalArgumentException("deviceState cannot be negative");
        }
        if (streamEfficiency.ppm() <= 0 || streamEfficiency.ppm() > 1_000_000) {
            throw new IllegalArgumentException("streamEfficiency " + streamEfficiency + " is not above 0% and at most 100%");
        }
        if (streamCap.isPresent() && streamCap.get().bitsPerSecond() <= 0) {
            throw new IllegalArgumentException("streamCap must be more than zero");
        }
        if (concurrentPerHost.isPresent() && concurrentPerHost.getAsInt() < 1) {
            throw new IllegalArgumentException("concurrentPerHost must be at least 1");
        }
    }

    /** Settings with the limits that are not the network at {@code profile}'s defaults. */
    public MigrationSettings(MigrationProfile profile, Optional<TimeSpan> maxDowntime, OptionalInt maxRounds,
                             TimeSpan setupTime, DataSize deviceState, TimeSpan resumeTime, Percent streamEfficiency,
                             Optional<Bandwidth> streamCap, OptionalInt concurrentPerHost, Convergence convergence) {
        this(profile, maxDowntime, maxRounds, setupTime, deviceState, resumeTime, streamEfficiency, streamCap,
                concurrentPerHost, convergence, MigrationLimits.defaults(profile));
    }

    /** The settings of {@code profile} with nothing overridden. */
    public static MigrationSettings defaults(MigrationProfile profile) {
        return new MigrationSettings(profile, profile.maxDowntime(), profile.maxRounds(), DEFAULT_SETUP_TIME,
                DEFAULT_DEVICE_STATE, DEFAULT_RESUME_TIME, DEFAULT_STREAM_EFFICIENCY, profile.streamCap(),
                profile.concurrentPerHost(), profile.convergence(), MigrationLimits.defaults(profile));
    }

    /** These settings with {@code limits} instead of their own. */
    public MigrationSettings withLimits(MigrationLimits limits) {
        return new MigrationSettings(profile, maxDowntime, maxRounds, setupTime, deviceState, resumeTime,
                streamEfficiency, streamCap, concurrentPerHost, convergence, limits);
    }

    /** The vSphere defaults, what a topology without {@code migration:} gets. */
    public static MigrationSettings defaults() {
        return defaults(MigrationProfile.VSPHERE);
    }

    /**
     * Concurrent migrations per host when its vMotion NIC runs at {@code nicSpeed}: the configured
     * number, else (auto) 4 below 10Gbps and 8 at 10Gbps and faster.
     */
    public int concurrentPerHost(Bandwidth nicSpeed) {
        if (concurrentPerHost.isPresent()) {
            return concurrentPerHost.getAsInt();
        }
        return nicSpeed.bitsPerSecond() >= 10_000_000_000L ? 8 : 4;
    }
}
