package dev.netmove.engine.topology;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Unmodifiable sorted sets changed by one element, sharing the set when nothing changes (down devices, down links). */
final class SortedSets {

    private SortedSets() {
    }

    static SortedSet<String> plus(SortedSet<String> set, String element) {
        if (set.contains(element)) {
            return set;
        }
        TreeSet<String> copy = new TreeSet<>(set);
        copy.add(element);
        return Collections.unmodifiableSortedSet(copy);
    }

    static SortedSet<String> minus(SortedSet<String> set, String element) {
        if (!set.contains(element)) {
            return set;
        }
        TreeSet<String> copy = new TreeSet<>(set);
        copy.remove(element);
        return Collections.unmodifiableSortedSet(copy);
    }
}
