package dev.netmove.engine.migration;

/**
 * What the simulation loop and the shared links note about one running migration, to find it again without
 * searching: its hosts' indices, whether it is counted among the senders and the frozen, and the version of its
 * scheduled event (older entries of the event queues are ignored).
 */
final class RunMarks {
    int sourceHost = -1;
    int destinationHost = -1;
    boolean sending;
    boolean frozen;
    int version;
    /** The last search through the shared links that reached it. */
    int visited;
}
