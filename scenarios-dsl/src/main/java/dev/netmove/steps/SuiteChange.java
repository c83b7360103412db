package dev.netmove.steps;

import dev.netmove.engine.change.ChangeFile;
import dev.netmove.engine.change.NetworkChange;
import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.topology.Topology;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The change the whole suite runs against (the plugin's {@code change} parameter): applied to every topology
 * a scenario loads whose name it names, or to all when it names none. A static holder for the same reason
 * as {@link ProjectFolder}: one value per class loader is one value per build execution.
 */
public final class SuiteChange {

    /** How many loaded topologies {@link #changedNothing()} names at most. */
    private static final int LISTED = 8;

    private static volatile ChangeFile change;

    /** The names of the topologies the scenarios loaded since the change was set (scenarios may run in parallel). */
    private static final Set<String> LOADED = new ConcurrentSkipListSet<>();

    private SuiteChange() {
    }

    /** Sets the suite's change; {@code null} runs the suite on the network as it is. Forgets what was loaded. */
    public static void set(ChangeFile next) {
        change = next;
        LOADED.clear();
    }

    public static Optional<ChangeFile> get() {
        return Optional.ofNullable(change);
    }

    /** Whether the suite's change is for {@code topology}. */
    static boolean appliesTo(ChangeFile change, Topology topology) {
        return change.topology().map(t -> t.equals(topology.name())).orElse(true);
    }

    /** {@code loaded} with the suite's change applied when it is for it. */
    static Topology apply(Topology loaded, ScenarioState state) {
        ChangeFile suite = change;
        if (suite != null) {
            LOADED.add(loaded.name());
        }
        if (suite == null || !appliesTo(suite, loaded)) {
            return loaded;
        }
        state.recordChange(suite.title());
        return NetworkChange.apply(loaded, suite);
    }

    /**
     * When the suite's change names a topology ({@code topology:}) that no scenario loaded since it was set, so
     * that it changed nothing: a line saying so, with the topologies that were loaded (closest to the name
     * first); empty otherwise (no change, a change for every topology, or one that some scenario loaded).
     */
    public static Optional<String> changedNothing() {
        ChangeFile suite = change;
        if (suite == null || suite.topology().isEmpty() || LOADED.contains(suite.topology().get())) {
            return Optional.empty();
        }
        String named = suite.topology().get();
        List<String> loaded = ClosestNames.ranked(named, List.copyOf(LOADED));
        String listed = loaded.isEmpty() ? "no scenario loaded a topology"
                : "loaded: " + String.join(", ", loaded.subList(0, Math.min(LISTED, loaded.size())))
                        + (loaded.size() > LISTED ? " and " + (loaded.size() - LISTED) + " more" : "");
        return Optional.of("change " + suite.title() + " (" + suite.shown() + ") names topology " + named
                + ", which no scenario loaded (" + listed + "), so it changed nothing; write the name of a topology "
                + "the suite loads in its topology:, or leave topology: out to change every topology");
    }
}
