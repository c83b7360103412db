package dev.netmove.runner;

import io.cucumber.core.eventbus.UuidGenerator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ids Cucumber gives the parts of a run (features, steps, test cases) in its messages, its HTML report
 * among them: numbered in the order they are made, from 1 in each run, instead of random. Two runs of the same
 * features then give Cucumber's reports that differ only where the run's clock shows (timestamps and durations),
 * and netmove's own reports, which hold no clock, byte for byte. Selected by {@code cucumber.uuid-generator} on
 * both routes (the goals and the JUnit 5 resource), and registered as a service so Cucumber can load it.
 */
public final class RunOrderIds implements UuidGenerator {

    /** The most significant half of every id: "netmove" in ASCII, so that an id says where it comes from. */
    private static final long NETMOVE = 0x006e65746d6f7665L;

    private final AtomicLong next = new AtomicLong();

    @Override
    public UUID generateId() {
        return new UUID(NETMOVE, next.incrementAndGet());
    }
}
