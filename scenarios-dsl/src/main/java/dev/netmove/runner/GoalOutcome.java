package dev.netmove.runner;

import java.util.Objects;

/**
 * How a goal ended: done, failed because the network broke an expectation (the build fails), or could not run
 * (bad configuration, I/O). The Maven goals map these to {@code MojoFailureException} and
 * {@code MojoExecutionException}.
 *
 * @param kind    how it ended
 * @param message why it failed or could not run, for the user; empty when done
 */
public record GoalOutcome(Kind kind, String message) {

    /** How a goal ended. */
    public enum Kind {
        /** It ran and the build goes on. */
        DONE,
        /** It ran and found what must fail the build. */
        FAILURE,
        /** It could not run. */
        ERROR
    }

    public GoalOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (kind == Kind.DONE != message.isEmpty()) {
            throw new IllegalArgumentException("a goal that is done has no message, any other has one");
        }
    }

    /** The goal ran and the build goes on. */
    public static GoalOutcome done() {
        return new GoalOutcome(Kind.DONE, "");
    }

    /** The goal found what must fail the build. */
    public static GoalOutcome failure(String message) {
        return new GoalOutcome(Kind.FAILURE, message);
    }

    /** The goal could not run. */
    public static GoalOutcome error(String message) {
        return new GoalOutcome(Kind.ERROR, message);
    }
}
