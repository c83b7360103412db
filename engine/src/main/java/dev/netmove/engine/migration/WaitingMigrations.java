package dev.netmove.engine.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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

    /** The migrations that may start now, sorted by order (a copy: {@link #remove} them as they start). */
    List<RunningMigration> candidates() {
        if (firstLook) {
            firstLook = false;
            freed.clear();
            return new ArrayList<>(all);
        }
        if (freed.isEmpty()) {
            return List.of();
        }
        TreeSet<RunningMigration> candidates = new TreeSet<>(BY_ORDER);
        for (String host : freed) {
            TreeSet<RunningMigration> there = byHost.get(host);
            if (there != null) {
                candidates.addAll(there);
            }
        }
        freed.clear();
        return new ArrayList<>(candidates);
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
