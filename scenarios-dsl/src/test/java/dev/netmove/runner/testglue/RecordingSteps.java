package dev.netmove.runner.testglue;

import dev.netmove.steps.ProjectFolder;
import io.cucumber.java.PendingException;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Trivial steps for the runner's own tests: they pass, fail or break on demand and record what ran. */
public class RecordingSteps {

    /** Steps that ran, in order, across scenarios (reset by the tests). */
    public static final List<String> RAN = new CopyOnWriteArrayList<>();
    /** The project folder a step saw last. */
    public static volatile Path projectFolderSeen;

    @Given("a step that passes")
    public void passes() {
        RAN.add("passes");
    }

    @When("VM {string} moves")
    public void vmMoves(String vm) {
        RAN.add("moves " + vm);
    }

    @Then("the check fails with {string}")
    public void failsWith(String message) {
        throw new AssertionError(message);
    }

    @When("the step waits for {int} minutes")
    public void waits(int minutes) throws InterruptedException {
        Thread.sleep(minutes * 60_000L);
    }

    @Then("the step has a bug")
    public void hasBug() {
        throw new IllegalStateException("index 3 out of range");
    }

    @Then("the step is pending")
    public void pending() {
        throw new PendingException("not written yet");
    }

    @Given("the scenario does not apply here")
    public void skip() {
        throw new org.opentest4j.TestAbortedException("only on the lab network");
    }

    @Given("the project folder is noted")
    public void noteProjectFolder() {
        projectFolderSeen = ProjectFolder.get();
    }
}
