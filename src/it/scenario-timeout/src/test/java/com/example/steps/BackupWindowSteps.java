package com.example.steps;

import io.cucumber.java.en.When;

/** A step of the project's own that waits far longer than any scenario may take. */
public class BackupWindowSteps {

    @When("the nightly backup window has passed")
    public void theBackupWindowHasPassed() throws InterruptedException {
        Thread.sleep(10 * 60 * 1000L);
    }
}
