package dev.netmove.report;

import dev.netmove.engine.migration.Bottleneck;
import dev.netmove.engine.migration.MigrationResult;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.TimeSpan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
 * @param limitedBy   what held its first stream back most of the time it was sending, when something did
 * @param limitedBySentence the sentence that says so ({@code steps.why.BottleneckSentences}), empty when nothing did
 * @param boundBy     a few words on what bound the migration (a link, the stream cap, a host's ceiling, ...),
 *                    the report's "bound by" column; empty when unknown
 */
public record MigrationFigures(String vm, String source, String destination, boolean completes, int rounds,
                               DataSize sent, TimeSpan totalTime, Optional<TimeSpan> downtime, List<String> path,
                               Optional<Bottleneck> limitedBy, String limitedBySentence, String boundBy) {

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
        Objects.requireNonNull(limitedBy, "limitedBy");
        limitedBySentence = limitedBy.isEmpty() || limitedBySentence == null ? "" : limitedBySentence;
        Objects.requireNonNull(boundBy, "boundBy");
    }

    /** Figures with a few words on what bound the migration, without the bottleneck value. */
    public MigrationFigures(String vm, String source, String destination, boolean completes, int rounds,
                            DataSize sent, TimeSpan totalTime, Optional<TimeSpan> downtime, List<String> path,
                            String boundBy) {
        this(vm, source, destination, completes, rounds, sent, totalTime, downtime, path, Optional.empty(), "", boundBy);
    }

    /** Figures without what bound the migration. */
    public MigrationFigures(String vm, String source, String destination, boolean completes, int rounds,
                            DataSize sent, TimeSpan totalTime, Optional<TimeSpan> downtime, List<String> path) {
        this(vm, source, destination, completes, rounds, sent, totalTime, downtime, path, "");
    }

    /** The figures of a simulated migration, without words on what bound it. */
    public static MigrationFigures of(MigrationResult result) {
        return of(result, bottleneck -> "", bottleneck -> "");
    }

    /**
     * The figures of a simulated migration: what held its stream back said by {@code sentence}, and in a
     * few words for the table by {@code label}.
     */
    public static MigrationFigures of(MigrationResult result, Function<Bottleneck, String> sentence,
            Function<Bottleneck, String> label) {
        List<String> path = result.streams().isEmpty() ? List.of() : result.streams().get(0).path().devices();
        return new MigrationFigures(result.vm(), result.sourceHost(), result.destinationHost(), result.completes(),
                result.rounds().size(), result.sent(), result.totalTime(), result.downtime(), path, result.limitedBy(),
                result.limitedBy().map(sentence).orElse(""), result.limitedBy().map(label).orElse(""));
    }
}
