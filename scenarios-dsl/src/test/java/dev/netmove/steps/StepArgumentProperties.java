package dev.netmove.steps;

import static dev.netmove.engine.PropertySeeds.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.load.TopologyLoader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.function.Supplier;

/**
 * Random quantities in every quantity argument of the steps (as the parameter types read them, then through the
 * what-if, migration and Then steps on the racks topology): a step may fail, but only with a step error (its own
 * exception or a failed expectation), never with anything a user would read as a crash.
 */
class StepArgumentProperties {

    private static final ParameterTypes TYPES = new ParameterTypes();

    @Provide
    Arbitrary<String> quantities() {
        Arbitrary<String> digits = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 1000).map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25),
                Arbitraries.doubles().between(0, 1e6).ofScale(4).map(d -> String.valueOf(d)));
        Arbitrary<String> space = Arbitraries.of("", " ");
        Arbitrary<String> unit = Arbitraries.of("bps", "Kbps", "Mbps", "Gbps", "Tbps", "Gbit/s", "MB/s", "GiB/s", "B/s",
                "B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB", "ns", "us", "ms", "s", "min", "h", "seconds",
                "minutes", "hours", "%", "gbps", "G", "GiBps", "Xbps", "parsecs", "µs", "m", "mins");
        return Combinators.combine(digits, space, unit).as((d, s, u) -> d + s + u);
    }

    @Property(tries = 400, seed = SEED)
    void a_quantity_argument_is_read_or_refused_with_a_step_error(@ForAll("quantities") String text) {
        readOrStepError(() -> TYPES.duration(text));
        readOrStepError(() -> TYPES.size(text));
        readOrStepError(() -> TYPES.bandwidth(text));
        readOrStepError(() -> TYPES.percent(text));
    }

    @Property(tries = 200, seed = SEED)
    void a_whole_number_argument_is_read_or_refused_with_a_step_error(
            @ForAll("wholeNumbers") String text) {
        readOrStepError(() -> TYPES.number(text));
    }

    @Provide
    Arbitrary<String> wholeNumbers() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30)
                .flatMap(d -> Arbitraries.of(d, "-" + d));
    }

    @Property(tries = 60, seed = SEED)
    void random_quantities_through_the_steps_fail_only_with_step_errors(
            @ForAll("bandwidths") Bandwidth load, @ForAll("bandwidths") Bandwidth dirtyRate,
            @ForAll("percents") Percent share, @ForAll("times") TimeSpan limit, @ForAll("sizes") DataSize volume) {
        ScenarioState state = new ScenarioState();
        state.loadTopology(new TopologyLoader().load("racks.yaml", TransferStepsTest.RACKS));
        NetworkConditionSteps conditions = new NetworkConditionSteps(state);
        stepErrorOnly(() -> conditions.linkAlreadyCarries("leaf1-core1", load));
        stepErrorOnly(() -> conditions.vmotionIsLimitedEverywhere(share));
        stepErrorOnly(() -> conditions.vmDirtiesItsMemoryAt("web01", dirtyRate));
        stepErrorOnly(() -> conditions.theSwitchoverTimeLimitIs(limit));
        stepErrorOnly(() -> new MigrationSteps(state).vmMigrates("web01", "esx3"));
        MigrationTimeSteps times = new MigrationTimeSteps(state);
        stepErrorOnly(() -> times.theMigrationCompletesWithin(limit));
        stepErrorOnly(() -> times.theSwitchoverDowntimeIsAtMost(limit));
        stepErrorOnly(() -> new TransferVolumeSteps(state).atMostIsSentOverTheNetwork(volume));
        LinkUtilizationSteps links = new LinkUtilizationSteps(state, new ScenarioFindings());
        stepErrorOnly(() -> links.everyLinkStaysBelow(share));
        stepErrorOnly(() -> links.linkStaysBelow("esx1-leaf1", share));
    }

    @Provide
    Arbitrary<Bandwidth> bandwidths() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.longs().between(0, 100_000_000_000L)).map(Bandwidth::ofBitsPerSecond);
    }

    @Provide
    Arbitrary<Percent> percents() {
        return Arbitraries.longs().between(0, 2_000_000).map(Percent::ofPpm);
    }

    @Provide
    Arbitrary<TimeSpan> times() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.longs().between(0, 600_000_000_000L)).map(TimeSpan::ofNanos);
    }

    @Provide
    Arbitrary<DataSize> sizes() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE).map(DataSize::ofBytes);
    }

    /** Runs a step: it may pass or fail with a step error, nothing else. */
    private static void stepErrorOnly(Runnable step) {
        try {
            step.run();
        } catch (AssertionError | RuntimeException e) {
            assertThat(isStepError(e)).as("not a step error: %s", e).isTrue();
        }
    }

    private static void readOrStepError(Supplier<?> step) {
        stepErrorOnly((Runnable) step::get);
    }

    private static boolean isStepError(Throwable e) {
        return e instanceof AssertionError || e.getClass().getName().startsWith("dev.netmove.");
    }
}
