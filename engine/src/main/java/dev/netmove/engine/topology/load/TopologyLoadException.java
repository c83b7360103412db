package dev.netmove.engine.topology.load;

import java.util.List;

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

    public TopologyLoadException(String file, List<Problem> problems) {
        super(message(file, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a load failure needs at least one problem");
        }
        this.file = file;
        this.problems = List.copyOf(problems);
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

    /** Every problem, in the order they appear in the file. */
    public List<Problem> problems() {
        return problems;
    }
}
