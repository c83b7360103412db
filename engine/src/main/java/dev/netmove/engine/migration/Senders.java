package dev.netmove.engine.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Who sends over what, kept up to date as streams start and stop (not rebuilt at every sharing out): per link
 * direction the migrations whose streams cross it, sorted by VM name; per host the migrations sending from or to
 * it and their streams. It finds the migrations whose rates a change can move: those that share a link direction
 * or a host, transitively, with a migration whose streams started or stopped.
 */
final class Senders {

    private static final Comparator<RunningMigration> BY_VM = Comparator.comparing(RunningMigration::vm);

    private final List<TreeSet<RunningMigration>> onLink = new ArrayList<>();
    private final List<List<String>> names = new ArrayList<>();
    private final List<TreeSet<RunningMigration>> atHost = new ArrayList<>();
    // the sets above as arrays, made again only after a set changed (null then): the search for who shares walks
    // most sets at every change of rates, and an array is several times quicker to walk than a tree
    private final List<RunningMigration[]> onLinkArray = new ArrayList<>();
    private final List<RunningMigration[]> atHostArray = new ArrayList<>();
    private int[] streamsAt = new int[0];
    private int[] linkVisited = new int[0];
    private int search;
    /** Sorts the reached migrations by order (unique: the place in the order asked for). */
    private final MigrationOrder byOrder = new MigrationOrder();

    /** Makes room for {@code links} link directions and {@code hosts} hosts. */
    void size(int links, int hosts) {
        while (onLink.size() < links) {
            onLink.add(new TreeSet<>(BY_VM));
            names.add(List.of());
            onLinkArray.add(null);
        }
        while (atHost.size() < hosts) {
            atHost.add(new TreeSet<>(Comparator.comparingInt(RunningMigration::order)));
            atHostArray.add(null);
        }
        if (streamsAt.length < hosts) {
            streamsAt = java.util.Arrays.copyOf(streamsAt, hosts);
        }
        if (linkVisited.length < links) {
            linkVisited = java.util.Arrays.copyOf(linkVisited, links);
        }
    }

    /** Counts {@code migration} among the senders when it transfers, and no longer when it stopped. */
    void update(RunningMigration migration) {
        boolean sending = migration.transferring();
        if (sending == migration.marks.sending) {
            return;
        }
        migration.marks.sending = sending;
        int delta = sending ? migration.streams() : -migration.streams();
        for (int host : new int[] {migration.marks.sourceHost, migration.marks.destinationHost}) {
            if (sending) {
                atHost.get(host).add(migration);
            } else {
                atHost.get(host).remove(migration);
            }
            atHostArray.set(host, null);
            streamsAt[host] += delta;
        }
        for (int s = 0; s < migration.streams(); s++) {
            for (int r : migration.resources(s)) {
                boolean changed = sending ? onLink.get(r).add(migration) : onLink.get(r).remove(migration);
                if (changed) {
                    names.set(r, null);
                    onLinkArray.set(r, null);
                }
            }
        }
    }

    /**
     * The migrations that share a link direction or a host, transitively, with {@code changed} (those included),
     * sorted by order, and in {@code links} the link directions they cross, sorted by index.
     */
    List<RunningMigration> reachedFrom(List<RunningMigration> changed, List<Integer> links) {
        int mark = ++search;
        List<RunningMigration> reached = new ArrayList<>();
        for (RunningMigration migration : changed) {
            if (migration.marks.visited != mark) {
                migration.marks.visited = mark;
                reached.add(migration);
            }
        }
        for (int i = 0; i < reached.size(); i++) {
            RunningMigration migration = reached.get(i);
            for (int s = 0; s < migration.streams(); s++) {
                for (int r : migration.resources(s)) {
                    if (linkVisited[r] != mark) {
                        linkVisited[r] = mark;
                        links.add(r);
                        visit(array(onLinkArray, onLink, r), mark, reached);
                    }
                }
            }
            visit(array(atHostArray, atHost, migration.marks.sourceHost), mark, reached);
            visit(array(atHostArray, atHost, migration.marks.destinationHost), mark, reached);
        }
        byOrder.sort(reached);
        links.sort(null);
        return reached;
    }

    private static final RunningMigration[] NONE = new RunningMigration[0];

    private static RunningMigration[] array(List<RunningMigration[]> arrays, List<TreeSet<RunningMigration>> sets, int i) {
        RunningMigration[] array = arrays.get(i);
        if (array == null) {
            array = sets.get(i).toArray(NONE);
            arrays.set(i, array);
        }
        return array;
    }

    private static void visit(RunningMigration[] migrations, int mark, List<RunningMigration> reached) {
        for (RunningMigration other : migrations) {
            if (other.marks.visited != mark) {
                other.marks.visited = mark;
                reached.add(other);
            }
        }
    }

    /** How many migrations send over link direction {@code link}. */
    int countOnLink(int link) {
        return onLink.get(link).size();
    }

    /** The VMs whose streams cross link direction {@code link}, sorted by name (made once per change of them). */
    List<String> namesOnLink(int link) {
        List<String> on = names.get(link);
        if (on == null) {
            List<String> made = new ArrayList<>(onLink.get(link).size());
            for (RunningMigration migration : onLink.get(link)) {
                made.add(migration.vm());
            }
            on = List.copyOf(made);
            names.set(link, on);
        }
        return on;
    }

    /** How many migrations send from or to host {@code host}. */
    int migrationsAt(int host) {
        return atHost.get(host).size();
    }

    /** How many streams send from or to host {@code host}. */
    int streamsAt(int host) {
        return streamsAt[host];
    }
}
