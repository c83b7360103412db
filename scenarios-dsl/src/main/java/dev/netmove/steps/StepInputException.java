package dev.netmove.steps;

/**
 * A step that cannot be carried out as written: a name the topology does not have, a quantity
 * that does not parse, a file outside the project. Its message is for the scenario's author.
 */
public final class StepInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StepInputException(String message) {
        super(message, null, false, false);
    }
}
