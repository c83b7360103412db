package com.example.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

public class ChangeTicketSteps {

    private String ticket;

    @Given("change ticket {string} is open")
    public void ticketIsOpen(String id) {
        ticket = id;
    }

    @Then("change ticket {string} can be approved")
    public void ticketCanBeApproved(String id) {
        if (!id.equals(ticket)) {
            throw new AssertionError("expected ticket " + id + " to be open, but the open one is " + ticket);
        }
    }
}
