package dev.netmove.runner;

import java.util.Objects;

/**
 * One scenario that did not pass, or one feature that could not run, as a user should read it.
 *
 * @param kind        why it is listed
 * @param featureFile the feature file, relative to the project's base folder, with {@code /} separators
 *                    (empty when the problem has no file, e.g. a broken glue package)
 * @param line        the scenario's line (the example row's line for an outline), 0 when unknown
 * @param scenario    the scenario's name (for {@link Kind#ERROR}: what could not run)
 * @param message     what went wrong: the assertion's message, with no stack trace for our own errors; for
 *                    {@link Kind#UNDEFINED}, each step that matches no phrase with its line and the closest phrases
 */
public record ScenarioFailure(Kind kind, String featureFile, int line, String scenario, String message) {

    /** Why a scenario is listed. */
    public enum Kind {
        /** A step failed: the network broke the expectation, or a step was given something it cannot use. */
        FAILED,
        /** A step has no step definition. */
        UNDEFINED,
        /** Something outside any one scenario failed, e.g. a feature file that does not parse. */
        ERROR
    }

    public ScenarioFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(featureFile, "featureFile");
        Objects.requireNonNull(scenario, "scenario");
        message = message == null ? "" : message;
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (unknown) or positive, was " + line);
        }
    }

    /** {@code file:line}, or just the file when the line is unknown. */
    public String location() {
        return line > 0 ? featureFile + ":" + line : featureFile;
    }
}
