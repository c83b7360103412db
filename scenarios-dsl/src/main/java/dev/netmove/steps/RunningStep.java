package dev.netmove.steps;

import java.util.OptionalInt;

/**
 * The step the current thread is running, as the runner's watch tells it: its line in the feature file lets a
 * doc string's errors be placed at the feature file's own lines.
 */
public final class RunningStep {

    private static final ThreadLocal<Integer> LINE = new ThreadLocal<>();

    private RunningStep() {
    }

    /** The current thread starts the step at {@code line} of its feature file. */
    public static void started(int line) {
        LINE.set(line);
    }

    /** The current thread runs no step any more. */
    public static void ended() {
        LINE.remove();
    }

    /** The line of the running step in its feature file, when a runner told it. */
    public static OptionalInt line() {
        Integer line = LINE.get();
        return line == null ? OptionalInt.empty() : OptionalInt.of(line);
    }
}
