package dev.netmove.runner;

/**
 * A run that cannot start because of what it was given: a feature path that does not exist, a tag
 * expression that does not parse, a glue entry that is not a package name. The message says which
 * setting, what was found and what is expected; it is meant to be shown to the user as it is.
 */
public final class RunConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with a message for the user. */
    public RunConfigurationException(String message) {
        super(message);
    }

    /** An error with a message for the user and the low-level cause (for debugging, not for display). */
    public RunConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
