package dev.netmove.engine.topology;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * The limits of a live migration that are not the network (calibration.md, "Where the network is not the
 * bottleneck"): the host, the memory scan, the control plane's serial setup, the TCP window and the distance.
 * Each is a {@code migration:} key with a per-profile default ({@link #defaults(MigrationProfile)}).
 *
 * @param hostCeiling      the most a host's migration streams carry together, sending and receiving; empty = none
 * @param streamCapFalloff with n streams at a host at once, each stream's cap is {@code streamCap / n^falloff}
 *                         (0 = every stream keeps the whole cap), from 0 to 1
 * @param scanRate         how fast memory the guest never touched is scanned (bytes of guest memory per second,
 *                         written as a bandwidth such as {@code 1.5GiB/s}); empty = it costs no time
 * @param serialSetup      the share of {@code setupTime} a host's control plane does one migration at a time
 * @param streamWindow     one stream's TCP window: it sends at most window / round-trip time; empty = no limit
 * @param maxRoundTrip     the longest round trip between the two vMotion interfaces the hypervisor accepts;
 *                         empty = any
 * @param minShare         what each concurrent migration needs at least: less is a failure ("insufficient
 *                         bandwidth"); empty = any rate above zero will do
 */
public record MigrationLimits(Optional<Bandwidth> hostCeiling, double streamCapFalloff, Optional<Bandwidth> scanRate,
                              Percent serialSetup, Optional<DataSize> streamWindow, Optional<TimeSpan> maxRoundTrip,
                              Optional<Bandwidth> minShare) {

    /** No limit beyond the network and the per-stream cap: the model as it was before these limits. */
    public static final MigrationLimits NONE = new MigrationLimits(Optional.empty(), 0, Optional.empty(), Percent.ZERO,
            Optional.empty(), Optional.empty(), Optional.empty());

    public MigrationLimits {
        Objects.requireNonNull(hostCeiling, "hostCeiling");
        Objects.requireNonNull(scanRate, "scanRate");
        Objects.requireNonNull(serialSetup, "serialSetup");
        Objects.requireNonNull(streamWindow, "streamWindow");
        Objects.requireNonNull(maxRoundTrip, "maxRoundTrip");
        Objects.requireNonNull(minShare, "minShare");
        if (hostCeiling.isPresent() && hostCeiling.get().bitsPerSecond() <= 0) {
            throw new IllegalArgumentException("hostCeiling must be more than zero");
        }
        if (!(streamCapFalloff >= 0 && streamCapFalloff <= 1)) {
            throw new IllegalArgumentException("streamCapFalloff " + streamCapFalloff + " is not from 0 to 1");
        }
        if (scanRate.isPresent() && scanRate.get().bitsPerSecond() <= 0) {
            throw new IllegalArgumentException("scanRate must be more than zero");
        }
        if (serialSetup.ppm() < 0 || serialSetup.ppm() > 1_000_000) {
            throw new IllegalArgumentException("serialSetup " + serialSetup + " is not within 0%-100%");
        }
        if (streamWindow.isPresent() && streamWindow.get().bytes() <= 0) {
            throw new IllegalArgumentException("streamWindow must be more than zero");
        }
        if (maxRoundTrip.isPresent() && maxRoundTrip.get().nanos() <= 0) {
            throw new IllegalArgumentException("maxRoundTrip must be more than zero");
        }
        if (minShare.isPresent() && minShare.get().bitsPerSecond() <= 0) {
            throw new IllegalArgumentException("minShare must be more than zero");
        }
    }

    /** The defaults of {@code profile}, each from a published figure (or none where nothing is published). */
    public static MigrationLimits defaults(MigrationProfile profile) {
        return switch (profile) {
            case VSPHERE -> new MigrationLimits(
                    // Broadcom KB 323379: three vMotion vmknics on 40GbE reach 36 Gbit/s, the link itself; no host
                    // ceiling shows below the NIC
                    Optional.empty(),
                    // Broadcom KB 323379: 18, 14, 12 Gbit/s per stream with 1, 2, 3 vmknics = 1 / n^0.363
                    VSPHERE_FALLOFF,
                    // no published figure for vMotion's scan of untouched memory
                    Optional.empty(),
                    // no published figure for vCenter's serial share of the setup
                    Percent.ZERO,
                    // VMware publishes no window: long-distance vMotion is specified by RTT and bandwidth alone
                    Optional.empty(),
                    // vSphere 6+ long-distance vMotion: at most 150 ms round trip between the vMotion interfaces
                    Optional.of(TimeSpan.ofMillis(150)),
                    // vSphere: each concurrent vMotion needs at least 250 Mbit/s
                    Optional.of(Bandwidth.ofMbps(250)));
            case KVM -> new MigrationLimits(Optional.empty(), 0,
                    // ICCLab 2014 (OpenStack live migration, shared storage, 1GbE): an unloaded 16 GB guest took
                    // 15 s and about three times an unloaded 512 MB one; with setup 1 s and the same few hundred MiB
                    // in use in both, the 15.9 GiB more of untouched memory cost 10 s: 1.5 GiB/s
                    Optional.of(Bandwidth.parse("1.5GiB/s")),
                    Percent.ZERO,
                    // Linux net.ipv4.tcp_rmem: the most a socket's receive window autotunes to is 6 MiB
                    Optional.of(DataSize.ofMiB(6)),
                    Optional.empty(), Optional.empty());
            case XEN -> new MigrationLimits(Optional.empty(), 0, Optional.empty(), Percent.ZERO,
                    // Linux dom0, net.ipv4.tcp_rmem: at most 6 MiB
                    Optional.of(DataSize.ofMiB(6)),
                    Optional.empty(), Optional.empty());
            case HYPERV -> new MigrationLimits(
                    // Aidan Finn, Windows Server 2012 Hyper-V concurrent live migration: 10 and 20 VMs of 512 MB on
                    // 10GbE took 13 s and 21 s, 10 VMs more in 8 s: about 5 Gbit/s for the host, half of line rate
                    Optional.of(Bandwidth.ofGbps(5)),
                    0, Optional.empty(), Percent.ZERO,
                    // Windows receive window auto-tuning ("normal"): at most 16 MiB
                    Optional.of(DataSize.ofMiB(16)),
                    Optional.empty(), Optional.empty());
        };
    }

    // log(18/14) / log(2) = 0.3626 and log(18/12) / log(3) = 0.3691: 0.363 gives 14.0 and 12.1 Gbit/s
    private static final double VSPHERE_FALLOFF = 0.363;

    /** The cap of each of {@code streams} streams at one host, from the cap of one stream alone (bits per second). */
    public double capPerStream(double cap, int streams) {
        return streams <= 1 || streamCapFalloff == 0 ? cap : cap / Math.pow(streams, streamCapFalloff);
    }
}
