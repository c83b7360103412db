package dev.netmove.runner;

/** Where a goal's lines go: the build log of the Maven goal, or a list in a test. */
public interface GoalLog {

    /** A line the user reads in every build. */
    void info(String line);

    /** A line about something that may be a mistake but does not stop the build. */
    void warn(String line);

    /** A line for {@code mvn -X}. */
    void debug(String line);
}
