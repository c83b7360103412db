package dev.netmove.steps;

import dev.netmove.engine.change.ChangeFile;
import dev.netmove.engine.change.NetworkChange;
import dev.netmove.engine.topology.Topology;
import java.util.Optional;

/**
 * The change the whole suite runs against (the plugin's {@code change} parameter): applied to every topology
 * a scenario loads whose name it names, or to all when it names none. A static holder for the same reason
 * as {@link ProjectFolder}: one value per class loader is one value per build execution.
 */
public final class SuiteChange {

    private static volatile ChangeFile change;

    private SuiteChange() {
    }

    /** Sets the suite's change; {@code null} runs the suite on the network as it is. */
    public static void set(ChangeFile next) {
        change = next;
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
        if (suite == null || !appliesTo(suite, loaded)) {
            return loaded;
        }
        state.recordChange(suite.title());
        return NetworkChange.apply(loaded, suite);
    }
}
