package dev.netmove.runner;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what a scenario threw into text for the build log: the message alone for errors meant for
 * users, the type and the top of the stack for anything else (a bug, worth reporting).
 */
final class FailureText {

    /** How Cucumber's JUnit engine reports a step without a definition (the class is package-private). */
    static final String UNDEFINED_STEP_EXCEPTION = "io.cucumber.junit.platform.engine.UndefinedStepException";

    /** How the JUnit Platform reports a feature file that does not parse. */
    static final String DISCOVERY_ISSUE_EXCEPTION = "org.junit.platform.launcher.core.DiscoveryIssueException";

    private static final String SNIPPETS_INTRO = "You can implement";
    private static final int FRAMES_SHOWN = 6;

    private FailureText() {
    }

    static boolean isUndefinedStep(Throwable thrown) {
        return thrown != null && thrown.getClass().getName().equals(UNDEFINED_STEP_EXCEPTION);
    }

    /** The message a user should read for a failed step. */
    static String describe(Throwable thrown) {
        if (thrown == null) {
            return "";
        }
        if (isMeantForUsers(thrown)) {
            String message = thrown.getMessage();
            return message == null || message.isBlank() ? thrown.getClass().getSimpleName() : message.strip();
        }
        String frames = Arrays.stream(thrown.getStackTrace())
                .limit(FRAMES_SHOWN)
                .map(frame -> "    at " + frame)
                .collect(Collectors.joining("\n"));
        return frames.isEmpty() ? thrown.toString() : thrown + "\n" + frames;
    }

    /** The first part of an undefined-step message ("The step 'x' is undefined."), without the snippets. */
    static String undefinedHeadline(Throwable thrown) {
        String message = thrown.getMessage() == null ? "" : thrown.getMessage();
        int intro = message.indexOf(SNIPPETS_INTRO);
        return (intro < 0 ? message : message.substring(0, intro)).strip();
    }

    /**
     * Assertion failures, netmove's own errors, Cucumber's (ambiguous steps, bad parameters) and the
     * platform's report of a feature that does not parse carry a message written for the person who
     * wrote the scenario; their stack trace would only hide it.
     */
    static boolean isMeantForUsers(Throwable thrown) {
        String type = thrown.getClass().getName();
        return thrown instanceof AssertionError
                || type.startsWith("dev.netmove.")
                || type.startsWith("io.cucumber.")
                || type.equals(DISCOVERY_ISSUE_EXCEPTION);
    }
}
