package dev.netmove.engine.migration;

import static dev.netmove.engine.PropertySeeds.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random set of concurrent migrations (memory from MiB to thousands of TiB, dirty rates up to Tbps, links from
 * Kbps to 400Gbps, every profile) always ends, each migration with a time or a verdict saying why it never does.
 */
class SimulationEndsProperties {

    private static final String[] SPEEDS = {"1Kbps", "1Mbps", "100Mbps", "1Gbps", "10Gbps", "40Gbps", "400Gbps"};
    private static final String[] MEMORY = {"1MiB", "512MiB", "16GiB", "512GiB", "512TiB", "8000TiB", "1.5GiB"};
    private static final String[] DIRTY = {"0MB/s", "1MB/s", "150MB/s", "10GB/s", "1Tbps", "9000000Tbps"};
    private static final String[] PROFILES = {"vsphere", "kvm", "xen", "hyperv"};
    private static final String[] HOSTS = {"esx1", "esx2", "esx3", "esx4"};

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 200, seed = SEED)
    void a_random_set_of_migrations_always_ends(@ForAll("seeds") long seed, @ForAll @IntRange(min = 1, max = 5) int vms) {
        Random random = new Random(seed);
        Racks racks = new Racks().hostSpeed(pick(random, SPEEDS))
                .migration("{ profile: " + pick(random, PROFILES) + " }");
        List<String> moves = new ArrayList<>();
        for (int i = 0; i < vms; i++) {
            String from = HOSTS[random.nextInt(HOSTS.length)];
            String to = HOSTS[(List.of(HOSTS).indexOf(from) + 1 + random.nextInt(HOSTS.length - 1)) % HOSTS.length];
            racks.vm("vm" + i, from, pick(random, MEMORY), pick(random, DIRTY));
            moves.add("vm" + i + ">" + to);
        }

        SimulationResult result = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> racks.run(moves.toArray(String[]::new)));

        assertThat(result.migrations()).allSatisfy(migration -> assertThat(migration.outcome()).isNotNull());
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
