package com.example.steps.more;

import io.cucumber.java.en.Then;

public class AuditSteps {

    @Then("the audit log says {string}")
    public void auditLogSays(String text) {
        System.out.println("own step ran: " + text);
    }
}
