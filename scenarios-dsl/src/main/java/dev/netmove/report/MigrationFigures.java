package dev.netmove.report;

import dev.netmove.engine.migration.MigrationResult;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.TimeSpan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The numbers of one simulated migration that a report shows.
 *
 * @param vm          the VM
 * @param source      the host it left
 * @param destination the host it moved to
 * @param completes   whether it ran on the destination at the end
 * @param rounds      pre-copy rounds
 * @param sent        memory and device state sent
 * @param totalTime   setup, rounds and downtime (the queue not included)
 * @param downtime    the switchover downtime, when it completes
 * @param path        the devices its first stream crossed, source host first
 * @param boundBy     a few words on what bound it (a link, the stream cap, a host's ceiling, ...); empty when unknown
 */
public record MigrationFigures(String vm, String source, String destination, boolean completes, int rounds,
                               DataSize sent, TimeSpan totalTime, Optional<TimeSpan> downtime, List<String> path,
                               String boundBy) {

    public MigrationFigures {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must not be negative: " + rounds);
        }
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(totalTime, "totalTime");
        Objects.requireNonNull(downtime, "downtime");
        path = List.copyOf(path);
        Objects.requireNonNull(boundBy, "boundBy");
    }

    /** Figures without a word on what bound the migration. */
    public MigrationFigures(String vm, String source, String destination, boolean completes, int rounds,
                            DataSize sent, TimeSpan totalTime, Optional<TimeSpan> downtime, List<String> path) {
        this(vm, source, destination, completes, rounds, sent, totalTime, downtime, path, "");
    }

    /** The figures of a simulated migration. */
    public static MigrationFigures of(MigrationResult result) {
        return of(result, "");
    }

    /** The figures of a simulated migration, with what bound it in a few words (written by the caller). */
    public static MigrationFigures of(MigrationResult result, String boundBy) {
        List<String> path = result.streams().isEmpty() ? List.of() : result.streams().get(0).path().devices();
        return new MigrationFigures(result.vm(), result.sourceHost(), result.destinationHost(), result.completes(),
                result.rounds().size(), result.sent(), result.totalTime(), result.downtime(), path, boundBy);
    }

    /** These figures with {@code boundBy} instead. */
    public MigrationFigures withBoundBy(String boundBy) {
        return new MigrationFigures(vm, source, destination, completes, rounds, sent, totalTime, downtime, path, boundBy);
    }
}
