package dev.netmove.engine.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The migrations' next events, ordered by time: when each is due ({@link RunningMigration#eventTime}), to find
 * the next moment of the simulation, and from when its step may find it due ({@link RunningMigration#dueFrom}),
 * to visit only those at that moment. Each migration is at most once in each order: scheduling it again moves it.
 */
final class EventQueue {

    private final Heap byEvent = new Heap(true);
    private final Heap byDue = new Heap(false);

    /** The next event of {@code migration} is due at {@code eventTime}, and may be found due from {@code dueFrom}. */
    void schedule(RunningMigration migration, double eventTime, double dueFrom) {
        byEvent.set(migration, eventTime);
        byDue.set(migration, Math.min(dueFrom, eventTime));
    }

    /** When the next event is due; {@link Double#POSITIVE_INFINITY} when none is coming. */
    double next() {
        return byEvent.smallest();
    }

    /** The migrations whose event may be due at {@code now}, sorted by order; taken off the queue. */
    List<RunningMigration> dueAt(double now) {
        List<RunningMigration> due = new ArrayList<>();
        while (byDue.smallest() <= now) {
            RunningMigration migration = byDue.top();
            byDue.set(migration, Double.POSITIVE_INFINITY);
            byEvent.set(migration, Double.POSITIVE_INFINITY);
            due.add(migration);
        }
        due.sort(Comparator.comparingInt(RunningMigration::order));
        return due;
    }

    /** A binary heap of migrations by time (then order), each at most once, its place kept in its marks. */
    private static final class Heap {
        private final boolean events;
        private RunningMigration[] items = new RunningMigration[16];
        private double[] times = new double[16];
        private int size;

        Heap(boolean events) {
            this.events = events;
        }

        double smallest() {
            return size == 0 ? Double.POSITIVE_INFINITY : times[0];
        }

        RunningMigration top() {
            return items[0];
        }

        /** Puts {@code migration} at {@code time}; {@link Double#POSITIVE_INFINITY} takes it out. */
        void set(RunningMigration migration, double time) {
            int at = place(migration);
            if (time == Double.POSITIVE_INFINITY) {
                if (at >= 0) {
                    removeAt(at);
                }
                return;
            }
            if (at < 0) {
                if (size == items.length) {
                    items = java.util.Arrays.copyOf(items, size * 2);
                    times = java.util.Arrays.copyOf(times, size * 2);
                }
                at = size++;
                items[at] = migration;
                place(migration, at);
            }
            times[at] = time;
            siftDown(siftUp(at));
        }

        private void removeAt(int at) {
            RunningMigration gone = items[at];
            place(gone, -1);
            size--;
            if (at != size) {
                move(size, at);
                siftDown(siftUp(at));
            }
            items[size] = null;
        }

        private int siftUp(int at) {
            while (at > 0) {
                int parent = (at - 1) / 2;
                if (!before(at, parent)) {
                    break;
                }
                swap(at, parent);
                at = parent;
            }
            return at;
        }

        private void siftDown(int at) {
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    return;
                }
                if (child + 1 < size && before(child + 1, child)) {
                    child++;
                }
                if (!before(child, at)) {
                    return;
                }
                swap(at, child);
                at = child;
            }
        }

        private boolean before(int a, int b) {
            return times[a] < times[b] || (times[a] == times[b] && items[a].order() < items[b].order());
        }

        private void swap(int a, int b) {
            RunningMigration item = items[a];
            double time = times[a];
            move(b, a);
            items[b] = item;
            times[b] = time;
            place(item, b);
        }

        private void move(int from, int to) {
            items[to] = items[from];
            times[to] = times[from];
            place(items[to], to);
        }

        private int place(RunningMigration migration) {
            return events ? migration.marks.eventPlace : migration.marks.duePlace;
        }

        private void place(RunningMigration migration, int at) {
            if (events) {
                migration.marks.eventPlace = at;
            } else {
                migration.marks.duePlace = at;
            }
        }
    }
}
