package dev.netmove.engine.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The migrations waiting for host slots, in the order asked for, and which of them may start: at first all,
 * then only those of the hosts where a slot was freed (the others still wait for a host that stayed as busy).
 */
final class WaitingMigrations {

    private static final Comparator<RunningMigration> BY_ORDER = Comparator.comparingInt(RunningMigration::order);

    private final TreeSet<RunningMigration> all = new TreeSet<>(BY_ORDER);
    private final Map<String, TreeSet<RunningMigration>> byHost = new HashMap<>();
    private final List<String> freed = new ArrayList<>();
    private boolean firstLook = true;

    void addAll(List<RunningMigration> migrations) {
        for (RunningMigration migration : migrations) {
            all.add(migration);
            at(migration.verdict().sourceHost()).add(migration);
            at(migration.verdict().destinationHost()).add(migration);
        }
    }

    /** A slot was freed on both hosts. */
    void freed(String source, String destination) {
        freed.add(source);
        freed.add(destination);
    }

    /**
     * Offers {@code start} the migrations that may start now, in the order asked for, and forgets those it
     * started: at first every one, then those of the hosts where a slot was freed, as long as such a host is
     * {@code free} (the others still wait for a host that stayed as busy).
     */
    void startEach(Predicate<RunningMigration> start, Predicate<String> free) {
        if (firstLook) {
            firstLook = false;
            freed.clear();
            for (RunningMigration migration : new ArrayList<>(all)) {
                if (start.test(migration)) {
                    remove(migration);
                }
            }
            return;
        }
        List<String> hosts = freed.stream().distinct().filter(byHost::containsKey).toList();
        freed.clear();
        RunningMigration last = null;
        while (true) {
            RunningMigration next = null;
            for (String host : hosts) {
                if (free.test(host)) {
                    TreeSet<RunningMigration> there = byHost.get(host);
                    RunningMigration candidate = last == null ? (there.isEmpty() ? null : there.first()) : there.higher(last);
                    if (candidate != null && (next == null || candidate.order() < next.order())) {
                        next = candidate;
                    }
                }
            }
            if (next == null) {
                return;
            }
            if (start.test(next)) {
                remove(next);
            }
            last = next;
        }
    }

    void remove(RunningMigration migration) {
        all.remove(migration);
        at(migration.verdict().sourceHost()).remove(migration);
        at(migration.verdict().destinationHost()).remove(migration);
    }

    private TreeSet<RunningMigration> at(String host) {
        return byHost.computeIfAbsent(host, h -> new TreeSet<>(BY_ORDER));
    }
}
