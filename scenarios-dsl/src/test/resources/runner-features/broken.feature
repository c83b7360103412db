Feature: Broken

  Scenario: a step with a bug
    Then the step has a bug

  Scenario: a pending step
    Then the step is pending
