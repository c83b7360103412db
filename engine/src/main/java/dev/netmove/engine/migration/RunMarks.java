package dev.netmove.engine.migration;

/**
 * What the simulation loop and the shared links note about one running migration, to find it again without
 * searching: its hosts' indices, whether it is counted among the senders and the frozen, and its places in the
 * event queues (-1: not in them).
 */
final class RunMarks {
    int sourceHost = -1;
    int destinationHost = -1;
    boolean sending;
    boolean frozen;
    int eventPlace = -1;
    int duePlace = -1;
    /** The last search through the shared links that reached it. */
    int visited;
}
