package dev.netmove.runner;

import dev.netmove.steps.ProjectFolder;
import org.junit.platform.engine.TestExecutionResult;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where netmove overrules how a scenario ended as Cucumber saw it: a scenario that ran out of time, a scenario
 * with no step (it checked nothing, so it never passes), and a step that failed with an unexpected error (one
 * line naming the step; the full trace goes to the report folder).
 */
final class ScenarioVerdicts {

    private ScenarioVerdicts() {
    }

    /** The message the scenario fails with instead of the one Cucumber gave, if netmove overrules it. */
    static Optional<String> overrule(ScenarioWatch.Seen seen, TestExecutionResult result, String location,
                                     String scenario, Path reports, Path base) {
        if (seen.timedOut()) {
            String step = seen.lastStep() == null ? "before its first step" : "in step '" + seen.lastStep() + "'";
            return Optional.of("the scenario ran out of time " + step + ": it was still running after "
                    + ScenarioTimeout.shown(seen.limit()) + ", the limit of one scenario, and was stopped."
                    + " If the step is right, allow more time with <scenarioTimeout> (-D"
                    + NetmoveProperties.SCENARIO_TIMEOUT + "=10min); else look for an input far too large"
                    + " (a memory size in TiB instead of GiB, a rate in Tbps)");
        }
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL && seen.noSteps()) {
            return Optional.of("nothing to check: the scenario has no steps. Write its Given, When and Then steps,"
                    + " or remove it; a scenario that checks nothing never passes");
        }
        Throwable thrown = result.getThrowable().orElse(null);
        if (result.getStatus() == TestExecutionResult.Status.FAILED && thrown != null
                && !FailureText.isMeantForUsers(thrown) && !FailureText.isUndefinedStep(thrown)) {
            String step = seen.failedStep() != null ? seen.failedStep()
                    : seen.lastStep() != null ? seen.lastStep() : "a hook";
            Path trace = ScenarioTraces.write(reports, location, scenario, step, thrown);
            String where = trace == null ? "the trace could not be written"
                    : "the full trace is in " + ProjectFolder.shown(base, trace);
            String what = thrown.getMessage() == null ? thrown.getClass().getSimpleName()
                    : thrown.getClass().getSimpleName() + ": " + thrown.getMessage().lines().findFirst().orElse("");
            return Optional.of("step '" + step + "' of scenario '" + scenario + "' failed with an unexpected error ("
                    + what + "); " + where + " (and in the log with mvn -X). If the step is netmove's own, please"
                    + " report it with that trace");
        }
        return Optional.empty();
    }
}
