package dev.netmove.engine.topology.load;

import dev.netmove.engine.imports.ImportResult;
import java.util.List;
import java.util.Optional;

/**
 * A topology file that could not be loaded, with every problem found in it: the message's first
 * line says the file and how many problems, then one problem per line.
 */
public final class TopologyLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The most problems listed in the message; {@link #problems()} holds them all. */
    public static final int MAX_LISTED = 200;

    private final String file;
    private final transient List<Problem> problems;
    private final transient ImportResult imports;

    public TopologyLoadException(String file, List<Problem> problems) {
        this(file, problems, null);
    }

    /** A topology file that imports and could not be loaded; {@code imports} is what its sources gave, for the report. */
    public TopologyLoadException(String file, List<Problem> problems, ImportResult imports) {
        super(message(file, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a load failure needs at least one problem");
        }
        this.file = file;
        this.problems = List.copyOf(problems);
        this.imports = imports;
    }

    private static String message(String file, List<Problem> problems) {
        StringBuilder s = new StringBuilder(file).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (int i = 0; i < problems.size() && i < MAX_LISTED; i++) {
            s.append('\n').append(problems.get(i));
        }
        if (problems.size() > MAX_LISTED) {
            s.append("\n... and ").append(problems.size() - MAX_LISTED).append(" more");
        }
        return s.toString();
    }

    /** The file as named to the loader. */
    public String file() {
        return file;
    }

    /**
     * What the sources gave when the file imports and its sources were read (some may have been refused, or the
     * merged topology is not valid): {@code netmove:import} writes its report from it; empty otherwise.
     */
    public Optional<ImportResult> imports() {
        return Optional.ofNullable(imports);
    }

    /** Every problem, in the order they appear in the file. */
    public List<Problem> problems() {
        return problems;
    }
}
