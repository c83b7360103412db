package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.QuantityOverflowException;
import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Convergence;
import dev.netmove.engine.topology.MigrationProfile;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.Vm;
import java.util.ArrayList;
import java.util.List;

/**
 * The pre-copy loop of one migration, one round at a time: what each round sends, when to stop and
 * pause the guest, and how much to slow the guest. It knows nothing of the network: the caller says
 * how long each round took, at constant bandwidth ({@link PreCopyModel}) or over a shared network
 * ({@link MigrationSimulator}). Volumes are in bytes and times in seconds, as doubles (the fluid model).
 *
 * <p>The rules (calibration.md): round 0 sends the memory in use; round i+1 sends what the guest
 * dirtied during round i, at most the working set; pre-copy stops when that fits in the switchover
 * target at the goodput round i got, or at a round, page or volume limit.
 */
final class PreCopyProcess {

    /** The page size the page rule counts in (x86). */
    static final double PAGE_BYTES = 4096;
    /** Xen stops pre-copy when fewer pages than this were dirtied (xc_domain_save, tools/libxc). */
    static final int DEFAULT_STOP_BELOW_PAGES = 50;
    /** Xen gives up pre-copy after sending this many times the VM's memory. */
    static final int DEFAULT_MEMORY_MULTIPLE = 3;
    /** QEMU auto-converge: cpu-throttle-initial 20%, cpu-throttle-increment 10%, max-cpu-throttle 99%. */
    static final double AUTO_CONVERGE_INITIAL = 0.20;
    static final double AUTO_CONVERGE_INCREMENT = 0.10;
    static final double AUTO_CONVERGE_MAX = 0.99;
    /** QEMU throttle-trigger-threshold: throttle when a period dirtied more than 50% of what it sent. */
    static final double AUTO_CONVERGE_TRIGGER = 0.50;
    /** SDPS aims the next round 1% under the target, so that a small drop in bandwidth costs no extra round. */
    static final double SDPS_AIM = 0.99;
    /** A migration that still has not converged after this many rounds is called one that never will. */
    static final int SAFETY_ROUNDS = 100_000;

    /** What to do after a round. */
    sealed interface Decision permits NextRound, Switchover {
    }

    /** Keep copying: the next round sends {@code volume} bytes. */
    record NextRound(double volume) implements Decision {
    }

    /** Pause the guest and send {@code rest} bytes plus the device state. */
    record Switchover(double rest, SwitchoverReason reason) implements Decision {
    }

    private record Round(double volume, double seconds, double goodput, double slowdown) {
    }

    private final MigrationSettings settings;
    private final double memory;
    private final double firstRound;
    private final double dirtyRate;
    private final double workingSet;
    private final double maxDowntime;      // seconds; NaN = none
    private final int maxRounds;           // 0 = none
    private final double stopBelow;        // bytes; 0 = rule off
    private final int stopBelowPages;
    private final double volumeCap;        // bytes; infinity = rule off
    private final boolean autoConverge;

    private final List<Round> rounds = new ArrayList<>();
    private double volume;
    private double slowdown;
    private double sent;
    private boolean stuck;
    private double lastNext;

    PreCopyProcess(Vm vm, MigrationSettings settings) {
        this.settings = settings;
        this.memory = vm.memory().bytes();
        this.firstRound = vm.memory().times(vm.inUse()).bytes();
        this.dirtyRate = vm.dirtyRate().bytesPerSecond();
        this.workingSet = vm.workingSet().bytes();
        this.maxDowntime = settings.maxDowntime().map(TimeSpan::toSecondsDouble).orElse(Double.NaN);
        this.maxRounds = settings.maxRounds().orElse(0);
        boolean giveUp = settings.convergence() == Convergence.GIVE_UP;
        // the page rule is Xen's; it also stands in for the switchover target where there is none
        this.stopBelowPages = settings.profile().stopBelowDirtyPages().orElse(DEFAULT_STOP_BELOW_PAGES);
        this.stopBelow = giveUp || settings.maxDowntime().isEmpty() ? stopBelowPages * PAGE_BYTES : 0;
        this.volumeCap = giveUp
                ? memory * settings.profile().maxSentMemoryMultiple().orElse(DEFAULT_MEMORY_MULTIPLE)
                : Double.POSITIVE_INFINITY;
        this.autoConverge = settings.convergence() == Convergence.SLOW_GUEST && settings.profile() == MigrationProfile.KVM;
    }

    /** Starts round 0; returns its volume, the memory in use. */
    double startFirstRound() {
        volume = firstRound;
        slowdown = 0;
        return volume;
    }

    /** The volume of the round in progress. */
    double volume() {
        return volume;
    }

    /** The share of its speed the guest loses during the round in progress. */
    double slowdown() {
        return slowdown;
    }

    /** What the finished rounds sent. */
    double sent() {
        return sent;
    }

    /** The number of finished rounds. */
    int roundsDone() {
        return rounds.size();
    }

    /**
     * Whether the round just finished proved that, at the bandwidth it got, pre-copy never ends: the
     * next round is no smaller, nothing slows the guest further and no round or volume limit will stop it.
     */
    boolean stuck() {
        return stuck;
    }

    /**
     * The round in progress took {@code seconds}: what next.
     *
     * @param seconds at least 0; 0 only for an empty round
     */
    Decision roundDone(double seconds) {
        return roundDone(seconds, 0);
    }

    /**
     * The round in progress took {@code seconds} of sending and {@code idleSeconds} more without sending (round 0:
     * the scan of memory the guest never touched); the guest dirtied memory all that time.
     */
    Decision roundDone(double seconds, double idleSeconds) {
        double sentNow = volume;
        double goodput = seconds > 0 ? sentNow / seconds : Double.POSITIVE_INFINITY;
        double dirtied = dirtyRate * (1 - slowdown) * (seconds + idleSeconds);
        double next = Math.min(dirtied, workingSet);
        rounds.add(new Round(sentNow, seconds + idleSeconds, goodput, slowdown));
        sent += sentNow;
        lastNext = next;
        stuck = false;
        if (next <= 0 || !Double.isNaN(maxDowntime) && next <= goodput * maxDowntime) {
            return new Switchover(next, SwitchoverReason.FITS_DOWNTIME);
        }
        if (stopBelow > 0 && next < stopBelow) {
            return new Switchover(next, SwitchoverReason.FEW_DIRTY_PAGES);
        }
        if (maxRounds > 0 && rounds.size() >= maxRounds) {
            return new Switchover(next, SwitchoverReason.ROUND_LIMIT);
        }
        if (sent >= volumeCap) {
            return new Switchover(next, SwitchoverReason.VOLUME_LIMIT);
        }
        boolean limited = maxRounds > 0 || volumeCap != Double.POSITIVE_INFINITY;
        double nextSlowdown = slowdown;
        switch (settings.convergence()) {
            case SLOW_GUEST -> {
                if (autoConverge) {
                    if (next > AUTO_CONVERGE_TRIGGER * sentNow) {
                        nextSlowdown = slowdown == 0 ? AUTO_CONVERGE_INITIAL
                                : Math.min(AUTO_CONVERGE_MAX, slowdown + AUTO_CONVERGE_INCREMENT);
                    }
                    stuck = !limited && next >= sentNow && slowdown >= AUTO_CONVERGE_MAX;
                } else if (next >= sentNow || slowdown > 0) {
                    nextSlowdown = stunDuringPageSend(next, goodput);
                }
            }
            case NEVER -> stuck = !limited && next >= sentNow;
            case GIVE_UP -> stuck = false;
            default -> throw new AssertionError(settings.convergence());
        }
        slowdown = nextSlowdown;
        volume = next;
        return new NextRound(next);
    }

    /**
     * SDPS: the guest outran the stream (or is already being slowed), so slow it just enough that what it
     * dirties during the next round fits the target: the next round takes about {@code next / goodput}, in
     * which the guest may dirty at most the target.
     */
    private double stunDuringPageSend(double next, double goodput) {
        double target = !Double.isNaN(maxDowntime) ? goodput * maxDowntime : stopBelow;
        double allowedRate = SDPS_AIM * target * goodput / next;
        if (dirtyRate <= 0 || allowedRate >= dirtyRate) {
            return 0;
        }
        return Math.max(0, 1 - allowedRate / dirtyRate);
    }

    /** The finished rounds as results. */
    List<PreCopyRound> rounds() {
        List<PreCopyRound> result = new ArrayList<>(rounds.size());
        for (int i = 0; i < rounds.size(); i++) {
            Round round = rounds.get(i);
            result.add(new PreCopyRound(i, bytes(round.volume), seconds(round.seconds),
                    bitsPerSecond(8 * (round.seconds > 0 ? round.goodput : 0)), share(round.slowdown)));
        }
        return List.copyOf(result);
    }

    /** The peak slowdown over the finished rounds and how long the guest ran slowed. */
    GuestSlowdown slowdownReport() {
        double peak = 0;
        double time = 0;
        for (Round round : rounds) {
            if (round.slowdown > 0) {
                peak = Math.max(peak, round.slowdown);
                time += round.seconds;
            }
        }
        return peak == 0 ? GuestSlowdown.NONE : new GuestSlowdown(share(peak), seconds(time));
    }

    /** Why this migration never completes, with the numbers of its last round (after {@link #stuck()}). */
    String whyStuck() {
        Round last = rounds.get(rounds.size() - 1);
        double dirtying = dirtyRate * (1 - last.slowdown);
        StringBuilder why = new StringBuilder("the guest dirties memory at ").append(Rounded.rate(8 * dirtying));
        if (last.slowdown > 0) {
            why.append(" (slowed by ").append(Rounded.share(last.slowdown)).append(", the most auto-converge does)");
        }
        why.append(" but its migration sends ").append(Rounded.rate(8 * last.goodput))
                .append(": every round leaves ").append(Rounded.size(lastNext)).append(" dirty");
        if (lastNext >= workingSet) {
            why.append(" (its whole working set)");
        }
        if (!Double.isNaN(maxDowntime)) {
            why.append(", more than the ").append(Rounded.size(last.goodput * maxDowntime)).append(" that fit in the ")
                    .append(Rounded.time(maxDowntime)).append(" switchover target");
        } else {
            why.append(", never under ").append(stopBelowPages).append(" pages");
        }
        if (settings.convergence() == Convergence.NEVER) {
            why.append("; convergence is \"never\": nothing slows the guest down");
        }
        return why.toString();
    }

    /** Why a migration that is still copying after {@link #SAFETY_ROUNDS} rounds is given up on. */
    String whyTooManyRounds() {
        return "after " + rounds.size() + " pre-copy rounds the rest (" + Rounded.size(lastNext)
                + ") still does not fit the switchover target";
    }

    static DataSize bytes(double bytes) {
        return DataSize.ofBytes(exact(bytes, () -> Rounded.size(bytes), "8388607TiB"));
    }

    static TimeSpan seconds(double seconds) {
        return TimeSpan.ofNanos(exact(seconds * 1e9, () -> Rounded.time(seconds), "292 years"));
    }

    static Bandwidth bitsPerSecond(double bitsPerSecond) {
        return Bandwidth.ofBitsPerSecond(exact(bitsPerSecond, () -> Rounded.rate(bitsPerSecond), "9223372Tbps"));
    }

    /** The whole number nearest {@code value}; never a silent cap at the largest {@code long}. */
    private static long exact(double value, java.util.function.Supplier<String> shown, String largest) {
        if (!(value < 0x1p63) || Double.isNaN(value)) {
            throw new QuantityOverflowException(shown.get(), "netmove computes at most " + largest);
        }
        return Math.round(value);
    }

    static Percent share(double fraction) {
        return Percent.ofPpm(Math.round(fraction * 1e6));
    }
}
