package dev.netmove.steps;

import java.util.ArrayList;
import java.util.List;

/**
 * A failed assertion as the step library writes it, the one place its layout is written: a headline sentence,
 * then {@code expected:}, {@code found:}, {@code why:}, {@code path:} and other labelled lines, each label padded
 * so that the values line up; a label with several values puts each on its own line under the first; items
 * listed under a line as {@code - item}.
 */
final class FailureMessage {

    private static final String INDENT = "            ";

    private final StringBuilder text;

    private FailureMessage(String headline) {
        this.text = new StringBuilder(headline);
    }

    static FailureMessage headline(String headline) {
        return new FailureMessage(headline);
    }

    FailureMessage expected(String value) {
        return line("expected:", List.of(value));
    }

    FailureMessage found(String value) {
        return line("found:", List.of(value));
    }

    FailureMessage found(List<String> values) {
        return line("found:", values);
    }

    /** A {@code found:} label alone, its values listed below it with {@link #items(List)}. */
    FailureMessage found() {
        text.append("\n  found:");
        return this;
    }

    FailureMessage why(List<String> values) {
        return line("why:", values);
    }

    FailureMessage why(String value) {
        return line("why:", List.of(value));
    }

    FailureMessage path(String value) {
        return line("path:", List.of(value));
    }

    /** A line of another label, e.g. {@code unneeded:} or {@code before:} (at most nine characters). */
    FailureMessage line(String label, String value) {
        return line(label, List.of(value));
    }

    /** Items under the line before, one {@code - item} a line. */
    FailureMessage items(List<String> items) {
        for (String item : items) {
            text.append("\n    - ").append(item);
        }
        return this;
    }

    private FailureMessage line(String label, List<String> values) {
        List<String> shown = new ArrayList<>(values);
        if (shown.isEmpty()) {
            return this;
        }
        text.append("\n  ").append(String.format("%-10s", label)).append(shown.get(0));
        for (String value : shown.subList(1, shown.size())) {
            text.append('\n').append(INDENT).append(value);
        }
        return this;
    }

    AssertionError error() {
        return new AssertionError(text.toString());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
