package dev.netmove.runner;

import java.util.ArrayList;
import java.util.List;

/** A goal's log lines, each prefixed with its level ({@code info: }, {@code warn: }, {@code debug: }). */
final class RecordingLog implements GoalLog {

    final List<String> lines = new ArrayList<>();

    @Override
    public void info(String line) {
        lines.add("info: " + line);
    }

    @Override
    public void warn(String line) {
        lines.add("warn: " + line);
    }

    @Override
    public void debug(String line) {
        lines.add("debug: " + line);
    }
}
