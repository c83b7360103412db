package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.quantity.TimeSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one migration did on the network: when it ran, its rounds, what it sent and how it ended.
 * Times are on the simulation's clock ({@link SimulationResult#start()} is when its migrations were asked for).
 *
 * @param vm              the VM
 * @param sourceHost      where it ran
 * @param destinationHost where it moved to
 * @param streams         its streams (one per vMotion NIC) with their paths and what each carried
 * @param requestedAt     when the migration was asked for
 * @param startedAt       when it left the queue (a host had a free migration slot) and its setup began
 * @param endedAt         when the VM ran on the destination (or, when it never completes, when that was clear)
 * @param setup           the setup before the first byte, as it happened (a host's serial share of it included)
 * @param rounds          the pre-copy rounds
 * @param outcome         the switchover with its downtime, or why it never completes
 * @param sent            every byte of memory and device state sent
 * @param slowdown        how much the guest was slowed so that it converges
 * @param averageGoodput  what it sent over the time it was sending
 * @param limitedBy       what bound it: the scan of untouched memory or the guest's dirty rate where they took
 *                        longer than the network, else what held its first stream back most of the time it was
 *                        sending: a link direction (and how many other migrations shared it), the stream cap, a
 *                        host's ceiling or the TCP window over the round trip
 */
public record MigrationResult(String vm, String sourceHost, String destinationHost, List<MigrationStream> streams,
                              TimeSpan requestedAt, TimeSpan startedAt, TimeSpan endedAt, TimeSpan setup,
                              List<PreCopyRound> rounds, MigrationOutcome outcome, DataSize sent,
                              GuestSlowdown slowdown, Bandwidth averageGoodput, Optional<Bottleneck> limitedBy) {

    public MigrationResult {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(sourceHost, "sourceHost");
        Objects.requireNonNull(destinationHost, "destinationHost");
        streams = List.copyOf(streams);
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(setup, "setup");
        rounds = List.copyOf(rounds);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(slowdown, "slowdown");
        Objects.requireNonNull(averageGoodput, "averageGoodput");
        Objects.requireNonNull(limitedBy, "limitedBy");
        if (startedAt.compareTo(requestedAt) < 0 || endedAt.compareTo(startedAt) < 0) {
            throw new IllegalArgumentException("migration of " + vm + ": requested " + requestedAt + ", started "
                    + startedAt + ", ended " + endedAt + " are out of order");
        }
    }

    /** Whether the VM runs on the destination at the end. */
    public boolean completes() {
        return outcome.completes();
    }

    /** How long it waited for a free migration slot on its hosts. */
    public TimeSpan waited() {
        return startedAt.minus(requestedAt);
    }

    /** Setup, pre-copy rounds and downtime: from leaving the queue to running on the destination. */
    public TimeSpan totalTime() {
        return endedAt.minus(startedAt);
    }

    /** From the request to the VM running on the destination: the queue included. */
    public TimeSpan completesAfter() {
        return endedAt.minus(requestedAt);
    }

    /** The time spent in pre-copy rounds. */
    public TimeSpan preCopyTime() {
        long nanos = 0;
        for (PreCopyRound round : rounds) {
            nanos += round.duration().nanos();
        }
        return TimeSpan.ofNanos(nanos);
    }

    /** The switchover downtime, when the migration completes. */
    public Optional<TimeSpan> downtime() {
        return outcome instanceof MigrationOutcome.Completed completed ? Optional.of(completed.downtime())
                : Optional.empty();
    }

    /**
     * {@code VM web01 (esx-a1 > esx-b1) completes after 10.5s: waited 0s, setup 1s, 3 pre-copy rounds 9.2s,
     * downtime 256ms; 1.2GiB sent at 1.07Gbps}.
     */
    public String summary() {
        StringBuilder text = new StringBuilder("VM ").append(vm).append(" (").append(sourceHost).append(" > ")
                .append(destinationHost).append(")");
        if (outcome instanceof MigrationOutcome.Completed completed) {
            text.append(" completes after ").append(Rounded.time(completesAfter())).append(": waited ")
                    .append(Rounded.time(waited())).append(", setup ").append(Rounded.time(setup)).append(", ")
                    .append(rounds.size()).append(rounds.size() == 1 ? " pre-copy round " : " pre-copy rounds ")
                    .append(Rounded.time(preCopyTime())).append(", downtime ").append(Rounded.time(completed.downtime()));
        } else {
            text.append(" never completes (").append(((MigrationOutcome.NeverCompletes) outcome).why()).append(")");
        }
        if (sent.isZero()) {
            text.append("; nothing sent"); // "0B sent at 0bps" said the same, less plainly
        } else {
            text.append("; ").append(Rounded.size(sent)).append(" sent at ").append(Rounded.rate(averageGoodput));
        }
        if (slowdown.happened()) {
            text.append("; guest ").append(slowdown);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
