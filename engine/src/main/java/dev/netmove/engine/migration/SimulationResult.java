package dev.netmove.engine.migration;

import dev.netmove.engine.quantity.TimeSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a set of concurrent migrations did: the pre-check of each, the simulated run of each that passed
 * it, and the use of every link direction they crossed.
 *
 * @param verdicts   the pre-check of every migration asked for, in the order asked
 * @param migrations the migrations that passed their pre-check and ran, in the order asked
 * @param links      the link directions migration streams crossed, in the order first crossed
 * @param start      when the migrations were asked for
 * @param end        when the last one ended (or was found never to)
 */
public record SimulationResult(List<MigrationVerdict> verdicts, List<MigrationResult> migrations,
                               List<LinkUsage> links, TimeSpan start, TimeSpan end) {
    public SimulationResult {
        verdicts = List.copyOf(verdicts);
        migrations = List.copyOf(migrations);
        links = List.copyOf(links);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** The run of VM {@code vm}'s migration, when it passed its pre-check. */
    public Optional<MigrationResult> migrationOf(String vm) {
        return migrations.stream().filter(m -> m.vm().equals(vm)).findFirst();
    }

    /** The use of link {@code linkName}'s directions that migration streams crossed (none, one or two). */
    public List<LinkUsage> usageOf(String linkName) {
        return links.stream().filter(l -> l.direction().linkName().equals(linkName)).toList();
    }
}
