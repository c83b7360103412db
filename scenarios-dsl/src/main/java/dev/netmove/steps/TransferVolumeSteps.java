package dev.netmove.steps;

import dev.netmove.engine.migration.MigrationOutcome;
import dev.netmove.engine.migration.MigrationResult;
import dev.netmove.engine.quantity.Rounded;
import dev.netmove.engine.quantity.DataSize;
import io.cucumber.java.en.Then;

import java.util.List;
import java.util.stream.Collectors;

/** The Then step on how much the scenario's migrations sent over the network, round by round. */
public final class TransferVolumeSteps {

    private final ScenarioState state;

    public TransferVolumeSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("at most {size} is sent over the network")
    public void atMostIsSentOverTheNetwork(DataSize limit) {
        List<MigrationResult> runs = SimulatedMigrations.all(state);
        long total = 0;
        for (MigrationResult run : runs) {
            total += run.sent().bytes();
        }
        if (total <= limit.bytes()) {
            return;
        }
        String headline = runs.size() == 1
                ? "The migration of VM " + runs.get(0).vm() + " sends " + Rounded.size(total)
                        + " over the network, more than " + limit + "."
                : "The migrations send " + Rounded.size(total) + " over the network, more than " + limit + ".";
        throw FailureMessage.headline(headline)
                .expected("at most " + limit + " sent")
                .found(runs.stream().map(TransferVolumeSteps::sent).toList())
                .error();
    }

    /** {@code VM web01: 16.2GiB (3 pre-copy rounds: 16GiB, 210MiB, 12MiB; 20MiB while paused)}. */
    private static String sent(MigrationResult run) {
        StringBuilder text = new StringBuilder("VM ").append(run.vm()).append(": ").append(Rounded.size(run.sent()))
                .append(" (").append(SimulatedMigrations.rounds(run.rounds().size()));
        if (!run.rounds().isEmpty()) {
            text.append(": ").append(run.rounds().stream().limit(6).map(r -> Rounded.size(r.size()))
                    .collect(Collectors.joining(", ")));
            if (run.rounds().size() > 6) {
                text.append(", ...");
            }
        }
        if (run.outcome() instanceof MigrationOutcome.Completed done) {
            text.append("; ").append(Rounded.size(done.switchover())).append(" while paused)");
        } else {
            text.append("; it never completes)");
        }
        return text.toString();
    }
}
