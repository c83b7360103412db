package dev.netmove.engine.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The migrations' next events, ordered by time: when each is due ({@link RunningMigration#eventTime}), to find
 * the next moment of the simulation, and from when its step may find it due ({@link RunningMigration#dueFrom}),
 * to visit only those at that moment. Scheduling a migration again makes its older entries void.
 */
final class EventQueue {

    private record Entry(double time, int order, int version, RunningMigration migration) {
        boolean valid() {
            return migration.marks.version == version;
        }
    }

    private static final Comparator<Entry> BY_TIME =
            Comparator.comparingDouble(Entry::time).thenComparingInt(Entry::order);

    private final PriorityQueue<Entry> byEvent = new PriorityQueue<>(BY_TIME);
    private final PriorityQueue<Entry> byDue = new PriorityQueue<>(BY_TIME);

    /** The next event of {@code migration} is due at {@code eventTime}, and may be found due from {@code dueFrom}. */
    void schedule(RunningMigration migration, double eventTime, double dueFrom) {
        int version = ++migration.marks.version;
        if (eventTime != Double.POSITIVE_INFINITY) {
            byEvent.add(new Entry(eventTime, migration.order(), version, migration));
        }
        if (dueFrom != Double.POSITIVE_INFINITY) {
            byDue.add(new Entry(Math.min(dueFrom, eventTime), migration.order(), version, migration));
        }
    }

    /** When the next event is due; {@link Double#POSITIVE_INFINITY} when none is coming. */
    double next() {
        while (!byEvent.isEmpty() && !byEvent.peek().valid()) {
            byEvent.poll();
        }
        return byEvent.isEmpty() ? Double.POSITIVE_INFINITY : byEvent.peek().time();
    }

    /** The migrations whose event may be due at {@code now}, sorted by order; taken off the queue. */
    List<RunningMigration> dueAt(double now) {
        List<RunningMigration> due = new ArrayList<>();
        while (!byDue.isEmpty() && byDue.peek().time() <= now) {
            Entry entry = byDue.poll();
            if (entry.valid()) {
                entry.migration().marks.version++;
                due.add(entry.migration());
            }
        }
        due.sort(Comparator.comparingInt(RunningMigration::order));
        return due;
    }
}
