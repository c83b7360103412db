package dev.netmove.steps;

import dev.netmove.engine.migration.CoreCrossings;
import dev.netmove.engine.migration.LinkDirection;
import dev.netmove.engine.migration.LinkUsage;
import dev.netmove.engine.migration.MigrationOutcome;
import dev.netmove.engine.migration.MigrationResult;
import dev.netmove.engine.migration.MigrationStream;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.migration.Rounded;
import dev.netmove.engine.migration.SimulationResult;
import dev.netmove.engine.migration.UsagePeak;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.report.Threshold;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Role;
import dev.netmove.engine.topology.Topology;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Then steps on how the scenario's migrations ran over the network: how long they took, their
 * switchover downtime, what they sent, how busy they made the links and how much crossed the core.
 * Each failure gives the figures and what caused them (the link that held a stream back, the queue,
 * the background traffic, the QoS limit).
 */
public final class TransferSteps {

    private static final int MOST_LINKS_SHOWN = 10;

    private final ScenarioState state;
    private final ScenarioFindings findings;

    public TransferSteps(ScenarioState state, ScenarioFindings findings) {
        this.state = state;
        this.findings = findings;
    }

    // ---- time ------------------------------------------------------------------------------

    @Then("the migration completes within {duration}")
    public void theMigrationCompletesWithin(TimeSpan limit) {
        List<MigrationResult> runs = simulated();
        List<MigrationResult> late = runs.stream().filter(m -> !completesWithin(m, limit)).toList();
        if (late.isEmpty()) {
            return;
        }
        String headline = runs.size() == 1
                ? "The migration of VM " + late.get(0).vm() + " does not complete within " + limit + "."
                : late.size() + " of " + runs.size() + " migrations do not complete within " + limit + ".";
        throw FailureMessage.headline(headline)
                .expected(runs.size() == 1 ? "it completes within " + limit : "every migration completes within " + limit)
                .found(late.stream().map(MigrationResult::summary).toList())
                .why(late.stream().map(TransferSteps::why).flatMap(Optional::stream).toList())
                .error();
    }

    @Then("the migration of VM {string} completes within {duration}")
    public void theMigrationOfVmCompletesWithin(String vm, TimeSpan limit) {
        MigrationResult run = runOf(vm);
        if (completesWithin(run, limit)) {
            return;
        }
        throw FailureMessage.headline("The migration of VM " + vm + " does not complete within " + limit + ".")
                .expected("it completes within " + limit)
                .found(run.summary())
                .why(why(run).stream().toList())
                .error();
    }

    private static boolean completesWithin(MigrationResult run, TimeSpan limit) {
        return run.completes() && run.completesAfter().compareTo(limit) <= 0;
    }

    // ---- downtime --------------------------------------------------------------------------

    @Then("the switchover downtime is at most {duration}")
    public void theSwitchoverDowntimeIsAtMost(TimeSpan limit) {
        List<MigrationResult> runs = simulated();
        List<MigrationResult> over = runs.stream().filter(m -> !downtimeWithin(m, limit)).toList();
        if (over.isEmpty()) {
            return;
        }
        String headline = runs.size() == 1
                ? "The switchover of VM " + over.get(0).vm() + " takes longer than " + limit + "."
                : over.size() + " of " + runs.size() + " switchovers take longer than " + limit + ".";
        throw FailureMessage.headline(headline)
                .expected(runs.size() == 1 ? "a downtime of at most " + limit
                        : "every migration's downtime is at most " + limit)
                .found(over.stream().map(TransferSteps::downtime).toList())
                .error();
    }

    @Then("the switchover downtime of VM {string} is at most {duration}")
    public void theSwitchoverDowntimeOfVmIsAtMost(String vm, TimeSpan limit) {
        MigrationResult run = runOf(vm);
        if (downtimeWithin(run, limit)) {
            return;
        }
        throw FailureMessage.headline("The switchover of VM " + vm + " takes longer than " + limit + ".")
                .expected("a downtime of at most " + limit)
                .found(downtime(run))
                .error();
    }

    private static boolean downtimeWithin(MigrationResult run, TimeSpan limit) {
        return run.downtime().map(d -> d.compareTo(limit) <= 0).orElse(false);
    }

    /** {@code VM web01: 1.31s: 520MiB sent while paused (512MiB still dirty after 30 pre-copy rounds: ...)}. */
    private static String downtime(MigrationResult run) {
        if (run.outcome() instanceof MigrationOutcome.Completed done) {
            return "VM " + run.vm() + ": " + Rounded.time(done.downtime()) + ": " + Rounded.size(done.switchover())
                    + " sent while paused (" + Rounded.size(done.rest()) + " still dirty and the device state) after "
                    + rounds(run.rounds().size()) + ", stopped because " + done.reason().description()
                    + (run.slowdown().happened() ? "; the guest was " + run.slowdown() : "");
        }
        return "VM " + run.vm() + " never switches over: "
                + ((MigrationOutcome.NeverCompletes) run.outcome()).why();
    }

    // ---- volume ----------------------------------------------------------------------------

    @Then("at most {size} is sent over the network")
    public void atMostIsSentOverTheNetwork(DataSize limit) {
        List<MigrationResult> runs = simulated();
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
                .found(runs.stream().map(TransferSteps::sent).toList())
                .error();
    }

    /** {@code VM web01: 16.2GiB (3 pre-copy rounds: 16GiB, 210MiB, 12MiB; 20MiB while paused)}. */
    private static String sent(MigrationResult run) {
        StringBuilder text = new StringBuilder("VM ").append(run.vm()).append(": ").append(Rounded.size(run.sent()))
                .append(" (").append(rounds(run.rounds().size()));
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

    // ---- links -----------------------------------------------------------------------------

    @Then("link {string} stays below {percent} utilization")
    public void linkStaysBelow(String linkName, Percent threshold) {
        Link link = state.topology().requireLink(linkName);
        // recorded before the check, so the pictures of a failed scenario show the limit it broke
        findings.thresholdAsserted(new Threshold(Optional.of(linkName), threshold));
        UsagePeak peak = peakOf(link);
        if (peak.utilization().compareTo(threshold) < 0) {
            return;
        }
        throw FailureMessage.headline("Link \"" + linkName + "\" reaches " + Rounded.share(peak.utilization())
                        + " utilization.")
                .expected("below " + threshold + " in each direction")
                .found(peak.describe())
                .why(cause(peak))
                .error();
    }

    @Then("every link stays below {percent} utilization")
    public void everyLinkStaysBelow(Percent threshold) {
        Topology topology = state.topology();
        findings.thresholdAsserted(new Threshold(Optional.empty(), threshold));
        List<UsagePeak> over = new ArrayList<>();
        for (Link link : topology.links()) {
            if (!topology.isUp(link) && usages(link.name()).isEmpty()) {
                continue;
            }
            UsagePeak peak = peakOf(link);
            if (peak.utilization().compareTo(threshold) >= 0) {
                over.add(peak);
            }
        }
        if (over.isEmpty()) {
            return;
        }
        over.sort(Comparator.comparing(UsagePeak::utilization).reversed());
        List<String> found = new ArrayList<>();
        over.stream().limit(MOST_LINKS_SHOWN)
                .forEach(peak -> found.add("link \"" + peak.direction().linkName() + "\": " + peak.describe()));
        if (over.size() > MOST_LINKS_SHOWN) {
            found.add("and " + (over.size() - MOST_LINKS_SHOWN) + " more");
        }
        String headline = over.size() == 1
                ? "Link \"" + over.get(0).direction().linkName() + "\" reaches " + Rounded.share(over.get(0).utilization())
                        + " utilization."
                : over.size() + " links reach " + threshold + " utilization or more.";
        throw FailureMessage.headline(headline)
                .expected("every link below " + threshold + " in each direction")
                .found(found)
                .why(cause(over.get(0)))
                .error();
    }

    /** The busier direction's peak over the scenario's migrations (or its background alone). */
    private UsagePeak peakOf(Link link) {
        List<LinkUsage> usages = usages(link.name());
        UsagePeak busiest = null;
        for (String from : List.of(link.a().device(), link.b().device())) {
            List<UsagePeak> candidates = new ArrayList<>();
            usages.stream().filter(u -> u.direction().from().equals(from)).forEach(u -> candidates.add(u.peak()));
            candidates.add(LinkUsage.idle(new LinkDirection(link, from)).peak());
            for (UsagePeak peak : candidates) {
                if (busiest == null || peak.utilization().compareTo(busiest.utilization()) > 0) {
                    busiest = peak;
                }
            }
        }
        return busiest;
    }

    private List<LinkUsage> usages(String linkName) {
        List<LinkUsage> all = new ArrayList<>();
        for (SimulationResult simulation : state.simulations()) {
            all.addAll(simulation.usageOf(linkName));
        }
        return all;
    }

    private static String cause(UsagePeak peak) {
        LinkDirection direction = peak.direction();
        Link link = direction.link();
        if (peak.during().isEmpty()) {
            return "its background traffic alone is " + Rounded.rate(peak.background()) + " of "
                    + Rounded.rate(link.speed()) + "; no migration crosses it";
        }
        if (link.vmotionShare().isPresent()) {
            return "the vMotion QoS limit lets migrations take up to " + Rounded.rate(direction.vmotionCap().orElseThrow())
                    + " (" + link.vmotionShare().get() + " of the link), on top of " + Rounded.rate(peak.background())
                    + " of background traffic";
        }
        return "migrations take everything background traffic leaves free: the link has no vMotion QoS limit "
                + "(qos: { vmotion: 20% } on the link, or 'Given vMotion traffic is limited to 20% of link \""
                + link.name() + "\"', would hold them to " + Rounded.rate(link.speed().times(Percent.ofWhole(20))) + ")";
    }

    // ---- the core --------------------------------------------------------------------------

    @Then("the migration traffic does not cross the core")
    public void theMigrationTrafficDoesNotCrossTheCore() {
        List<MigrationResult> runs = simulated();
        CoreCrossings core = new CoreCrossings(state.topology());
        List<MigrationResult> crossing = runs.stream().filter(core::crosses).toList();
        if (crossing.isEmpty()) {
            return;
        }
        FailureMessage message = FailureMessage.headline("The migration traffic crosses the core.")
                .expected("no migration stream enters a device of role core")
                .found(crossing.stream().map(run -> "VM " + run.vm() + " sends " + Rounded.size(core.volume(run))
                        + " through " + String.join(", ", coreDevices(run))).toList());
        for (String path : paths(crossing, core)) {
            message.path(path);
        }
        throw message.error();
    }

    @Then("at most {size} of migration traffic crosses the core")
    public void atMostOfMigrationTrafficCrossesTheCore(DataSize limit) {
        List<MigrationResult> runs = simulated();
        CoreCrossings core = new CoreCrossings(state.topology());
        long total = 0;
        for (MigrationResult run : runs) {
            total += core.volume(run).bytes();
        }
        if (total <= limit.bytes()) {
            return;
        }
        List<MigrationResult> crossing = runs.stream().filter(core::crosses).toList();
        FailureMessage message = FailureMessage
                .headline(Rounded.size(total) + " of migration traffic crosses the core, more than " + limit + ".")
                .expected("at most " + limit + " enters the core")
                .found(crossing.stream().map(run -> "VM " + run.vm() + ": " + Rounded.size(core.volume(run))
                        + " through " + String.join(", ", coreDevices(run))).toList());
        for (String path : paths(crossing, core)) {
            message.path(path);
        }
        throw message.error();
    }

    private List<String> coreDevices(MigrationResult run) {
        Topology topology = state.topology();
        Set<String> devices = new LinkedHashSet<>();
        for (MigrationStream stream : run.streams()) {
            for (String name : stream.path().devices()) {
                if (topology.device(name).map(Device::role).orElse(null) == Role.CORE) {
                    devices.add(name);
                }
            }
        }
        return List.copyOf(devices);
    }

    /** The distinct paths that enter the core; prefixed with the VM when several VMs cross it. */
    private static List<String> paths(List<MigrationResult> crossing, CoreCrossings core) {
        Set<String> paths = new LinkedHashSet<>();
        for (MigrationResult run : crossing) {
            for (MigrationStream stream : run.streams()) {
                if (core.entries(stream.path()) > 0) {
                    paths.add((crossing.size() > 1 ? "VM " + run.vm() + ": " : "") + stream.path());
                }
            }
        }
        return List.copyOf(paths);
    }

    // ---- which migrations ------------------------------------------------------------------

    /**
     * Every migration of the scenario that ran over the network; a clear error when none was asked for, or
     * when none passed its pre-check.
     */
    private List<MigrationResult> simulated() {
        List<MigrationVerdict> verdicts = state.migrations();
        if (verdicts.isEmpty()) {
            throw new StepInputException("no VM has migrated in this scenario yet: add a step such as "
                    + "'When VM \"web01\" migrates to host \"esx-b1\"' before this one");
        }
        List<MigrationResult> runs = state.simulatedMigrations();
        if (runs.isEmpty()) {
            throw FailureMessage.headline("No migration of this scenario ran: each one failed its pre-check.")
                    .expected("at least one migration that the network allows")
                    .found(verdicts.stream().map(v -> "VM " + v.vm() + " to " + v.destinationHost() + ": "
                            + String.join("; ", v.reasons())).toList())
                    .error();
        }
        return runs;
    }

    /** How VM {@code vm}'s latest migration ran; a clear error when it did not move or failed its pre-check. */
    private MigrationResult runOf(String vm) {
        state.topology().requireVm(vm);
        MigrationVerdict verdict = state.migrationOf(vm).orElseThrow(() -> new StepInputException("VM " + vm
                + " has not migrated in this scenario: add a step such as 'When VM \"" + vm
                + "\" migrates to host \"...\"' before this one"));
        if (!verdict.succeeds()) {
            throw FailureMessage.headline("The migration of VM " + vm + " did not run: its pre-check failed.")
                    .expected("VM " + vm + " migrates to host " + verdict.destinationHost())
                    .found(verdict.reasons())
                    .error();
        }
        return state.simulatedMigrationOf(vm).orElseThrow(() -> new IllegalStateException(
                "the migration of VM " + vm + " passed its pre-check but was not simulated"));
    }

    /** What made a migration slow: the queue, the link that held its stream, never converging. */
    private static Optional<String> why(MigrationResult run) {
        List<String> parts = new ArrayList<>();
        if (!run.waited().isZero()) {
            parts.add("it waited " + Rounded.time(run.waited()) + " for a free migration slot on host "
                    + run.sourceHost() + " or " + run.destinationHost());
        }
        run.limitedBy().ifPresent(limit -> parts.add("its stream was held by " + limit));
        if (run.slowdown().happened()) {
            parts.add("its guest was " + run.slowdown() + " so that pre-copy converges");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of("VM " + run.vm() + ": " + String.join("; ", parts));
    }

    private static String rounds(int count) {
        return count + (count == 1 ? " pre-copy round" : " pre-copy rounds");
    }
}
