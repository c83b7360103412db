package dev.netmove.steps;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The import report's warnings of every topology a scenario loaded with {@code import:} (a saved NetBox file
 * missing pages, two ends giving different speeds), each once, for the end of {@code netmove:verify}: a run on
 * imported sources says what {@code netmove:import} would print. A static holder for the same reason as
 * {@link ProjectFolder}: one value per class loader is one value per build execution.
 */
public final class ImportWarnings {

    private static final Set<String> SEEN = new LinkedHashSet<>();

    private ImportWarnings() {
    }

    /** Forgets the warnings of an earlier run. */
    public static synchronized void clear() {
        SEEN.clear();
    }

    static synchronized void add(List<String> warnings) {
        SEEN.addAll(warnings);
    }

    /** Every warning seen since {@link #clear}, in the order first seen. */
    public static synchronized List<String> all() {
        return new ArrayList<>(SEEN);
    }
}
